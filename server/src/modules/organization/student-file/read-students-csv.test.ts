import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { asStudentRecord, generatedStudents, studentsCsv } from '../../../../testing/siecle-file.js';
import { readStudentsCsv } from './read-students-csv.js';
import type { StudentEvent } from './student-record.js';

function chunked(content: Buffer, size = 64 * 1024): Readable {
  return Readable.from((function* () {
    for (let start = 0; start < content.length; start += size) yield content.subarray(start, start + size);
  })());
}

async function read(content: Buffer, chunkSize?: number) {
  const all: StudentEvent[] = [];
  for await (const event of readStudentsCsv(chunked(content, chunkSize))) all.push(event);
  return {
    records: all.flatMap((event) => (event.kind === 'student' ? [event.record] : [])),
    refs: all.flatMap((event) => (event.kind === 'student' ? [event.ref] : [])),
    problems: all.flatMap((event) => (event.kind === 'problem' ? [event.problem] : [])),
    progress: all.flatMap((event) => (event.kind === 'progress' ? [event.bytes] : [])),
    done: all.find((event) => event.kind === 'done'),
  };
}

describe('reading the CSV student file', () => {
  it('reads the template, one record per line, with line numbers and progress', async () => {
    const students = generatedStudents(25, 5);
    const content = studentsCsv(students);
    const { records, refs, problems, progress, done } = await read(content);
    expect(problems).toEqual([]);
    expect(records).toEqual(students.map(asStudentRecord));
    expect(refs.slice(0, 2)).toEqual([{ line: 2 }, { line: 3 }]);
    expect(progress[progress.length - 1]).toBe(content.length);
    expect(done).toEqual({ kind: 'done', read: 25, skipped: 0, left: 0, withoutClass: 0 });
  });

  it("reads the README's example", async () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(readme)![1];
    const { records, problems } = await read(Buffer.from(example));
    expect(problems).toEqual([]);
    expect(records).toMatchObject([{ nationalId: '123456789AB', lastName: 'LATOUR', birthdate: '2011-05-20' }, { lastName: 'FRANÇOIS', birthCountryCode: '134' }]);
  });

  it('reports each bad line with its number, and still reads the good ones', async () => {
    const rows = [
      { nationalId: '123456789AB' },
      { nationalId: '' },
      { nationalId: 'ABC' },
      { firstName: '' },
      { lastName: '' },
      { birthdate: '' },
      { lastName: 'LATOUR', firstName: 'Killian', birthdate: '31/02/2011' },
      { sex: 'X' },
      { birthCountryCode: '100', birthCityCode: '' },
      { birthCountryCode: 'France' },
      { division: 'D'.repeat(51) },
      { nationalId: '123456789ab' },
    ];
    const { records, problems, done } = await read(studentsCsv(rows));
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'NATIONAL_ID_MISSING'], [4, 'NATIONAL_ID_INVALID'], [5, 'FIRST_NAME_MISSING'], [6, 'LAST_NAME_MISSING'],
      [7, 'BIRTHDATE_MISSING'], [8, 'BIRTHDATE_INVALID'], [9, 'SEX_INVALID'], [10, 'BIRTH_CITY_CODE_MISSING'],
      [11, 'BIRTH_COUNTRY_INVALID'], [12, 'FIELD_TOO_LONG'], [13, 'NATIONAL_ID_DUPLICATE'],
    ]);
    expect(problems[5].message).toBe("Ligne 8 (élève LATOUR Killian) : la date de naissance 31/02/2011 n'est pas une date valide.");
    expect(problems[10].message).toMatch(/^Ligne 13 \(élève .+\) : l'INE 123456789AB figure déjà ligne 2\.$/);
    expect(records).toHaveLength(1);
    expect(done).toMatchObject({ read: 12, skipped: 0 });
  });

  it('reads a UTF-8 file with a BOM', async () => {
    const { records, problems } = await read(studentsCsv([{ lastName: 'LEFÈVRE', firstName: 'Zoé' }], { bom: true }));
    expect(problems).toEqual([]);
    expect(records).toMatchObject([{ lastName: 'LEFÈVRE', firstName: 'Zoé' }]);
  });

  it('falls back to latin-1 when the bytes are not UTF-8, even late in the file', async () => {
    const rows = [...generatedStudents(600).map((student) => ({ ...student, lastName: 'MARTIN', firstName: 'Paul', middleName: null, thirdName: null, preferredLastName: null })),
      { lastName: 'FRANÇOIS', firstName: 'Hélène' }];
    const content = studentsCsv(rows, { encoding: 'latin1' });
    const { records, problems } = await read(content, 1000);
    expect(problems).toEqual([]);
    expect(records[600]).toMatchObject({ lastName: 'FRANÇOIS', firstName: 'Hélène' });
  });

  it('keeps UTF-8 characters cut between chunks whole', async () => {
    const { records } = await read(studentsCsv([{ lastName: 'NOËL', firstName: 'Éloïse', birthCity: 'SAINT-ÉTIENNE' }]), 1);
    expect(records).toMatchObject([{ lastName: 'NOËL', firstName: 'Éloïse', birthCity: 'SAINT-ÉTIENNE' }]);
  });

  it('refuses a header without a required column, and reads nothing', async () => {
    const { records, problems, done } = await read(studentsCsv(generatedStudents(3), { omitColumns: ['Division'] }));
    expect(problems).toEqual([{
      line: 1, field: 'Division', code: 'HEADER_MISSING_COLUMN', message: 'Ligne 1 (en-tête) : la colonne « Division » est manquante.',
    }]);
    expect(records).toEqual([]);
    expect(done).toBeUndefined();
  });

  it('wants the commune code column when the country code column is there', async () => {
    const { problems } = await read(studentsCsv(generatedStudents(1), { omitColumns: ['Code commune naissance'] }));
    expect(problems).toMatchObject([{ code: 'HEADER_MISSING_COLUMN', field: 'Code commune naissance' }]);
  });

  it('matches column names whatever the case, accents or apostrophe, in any order', async () => {
    const content = Buffer.from([
      "DIVISION;nom de famille;PREMIER PRENOM;Identifiant Unique;date de naissance (JJ/MM/AAAA);NOM D'USAGE",
      '3E1;LATOUR;Killian;123456789AB;20/05/2011;MARTIN',
      '',
      ';;;;;',
    ].join('\n'));
    const { records, problems, done } = await read(content);
    expect(problems).toEqual([]);
    expect(records).toEqual([{ nationalId: '123456789AB', firstName: 'Killian', lastName: 'LATOUR', preferredLastName: 'MARTIN', birthdate: '2011-05-20', division: '3E1' }]);
    expect(done).toMatchObject({ read: 1 });
  });

  it('skips and counts students who left, without a class, or in "Inactifs"', async () => {
    const rows = [{ leftOn: '2026-01-09', nationalId: '' }, { division: '' }, { division: 'Inactifs' }, { division: '3E8' }];
    const { records, problems, done } = await read(studentsCsv(rows));
    expect(problems).toEqual([]);
    expect(records).toMatchObject([{ division: '3E8' }]);
    expect(done).toEqual({ kind: 'done', read: 4, skipped: 3, left: 1, withoutClass: 2 });
  });

  it('reads quoted values holding the separator', async () => {
    const { records } = await read(studentsCsv([{ birthCity: 'SAINT-DENIS; LA RÉUNION', lastName: 'O"NEIL' }]));
    expect(records).toMatchObject([{ birthCity: 'SAINT-DENIS; LA RÉUNION', lastName: 'O"NEIL' }]);
  });

  it('turns a failing input into a problem', async () => {
    const content = studentsCsv(generatedStudents(3));
    const input = Readable.from((async function* () {
      yield content.subarray(0, 300);
      throw new Error('connection reset');
    })());
    const problems: string[] = [];
    for await (const event of readStudentsCsv(input)) if (event.kind === 'problem') problems.push(event.problem.code);
    expect(problems).toEqual(['FILE_UNREADABLE']);
  });

  it('refuses an empty file, a header alone, another separator or broken quotes', async () => {
    const code = async (text: string) => (await read(Buffer.from(text))).problems.map((problem) => [problem.code, problem.line]);
    expect(await code('')).toEqual([['FILE_EMPTY', undefined]]);
    expect(await code(studentsCsv([]).toString())).toEqual([['FILE_EMPTY', undefined]]);
    expect(await code('Identifiant unique,Premier prénom,Nom de famille\n123456789AB,Killian,LATOUR\n')).toEqual([['FILE_UNREADABLE', 1]]);
    const broken = `${studentsCsv([{}]).toString()}"123456789AB;Killian\n`;
    expect(await code(broken)).toEqual([['FILE_UNREADABLE', expect.any(Number)]]);
  });
});
