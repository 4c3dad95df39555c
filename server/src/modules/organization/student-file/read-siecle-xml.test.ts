import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { asStudentRecord, generatedStudents, siecleXml, zipArchive } from '../../../../testing/siecle-file.js';
import { openStudentFile } from './open-student-file.js';
import { readSiecleXml } from './read-siecle-xml.js';
import type { StudentEvent } from './student-record.js';

const UAI = '0381234A';

/** The buffer as a stream of `size`-byte chunks. */
function chunked(content: Buffer, size = 64 * 1024): Readable {
  return Readable.from((function* () {
    for (let start = 0; start < content.length; start += size) yield content.subarray(start, start + size);
  })());
}

async function collect(events: AsyncGenerator<StudentEvent>) {
  const all: StudentEvent[] = [];
  for await (const event of events) all.push(event);
  return {
    records: all.flatMap((event) => (event.kind === 'student' ? [event.record] : [])),
    refs: all.flatMap((event) => (event.kind === 'student' ? [event.ref] : [])),
    problems: all.flatMap((event) => (event.kind === 'problem' ? [event.problem] : [])),
    done: all.find((event) => event.kind === 'done'),
    last: all[all.length - 1],
  };
}

const read = (content: Buffer, uai = UAI, chunkSize?: number) => collect(readSiecleXml(chunked(content, chunkSize), uai));

const LATOUR = { lastName: 'LATOUR', firstName: 'Killian', birthdate: '2011-05-20' };

describe('reading a SIECLE XML export', () => {
  it('reads a latin-9 file with its accents, classes and SIECLE codes', async () => {
    const students = [
      { ...LATOUR, nationalId: '123456789AB', middleName: 'Jean', sex: 'M', division: '3E1' },
      { lastName: 'BŒUF', firstName: 'Hélène', preferredLastName: 'FRANÇOIS-BŒUF', nationalId: '0123456789K', sex: 'F', division: '3E2' },
    ];
    const content = siecleXml({ uai: UAI, students });
    expect(content.includes(Buffer.from([0xbc]))).toBe(true); // Œ in latin-9, not UTF-8
    const { records, refs, problems, done, last } = await read(content, '0381234a');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      nationalId: '123456789AB', lastName: 'LATOUR', firstName: 'Killian', middleName: 'Jean', sex: 'M', birthdate: '2011-05-20',
      division: '3E1', mefCode: '10310019110', status: 'ST',
    });
    expect(records[1]).toMatchObject({ lastName: 'BŒUF', firstName: 'Hélène', preferredLastName: 'FRANÇOIS-BŒUF', sex: 'F', division: '3E2' });
    expect(refs[0].studentId).toBeDefined();
    expect(done).toEqual({ kind: 'done', read: 2, skipped: 0, left: 0, withoutClass: 0 });
    expect(last).toBe(done);
  });

  it('gives back exactly the generated pupils', async () => {
    const students = generatedStudents(40, 7);
    const { records, problems } = await read(siecleXml({ uai: UAI, students }));
    expect(problems).toEqual([]);
    expect(records).toEqual(students.map(asStudentRecord));
  });

  it('decodes UTF-8 fed in chunks that cut characters in two', async () => {
    const content = siecleXml({ uai: UAI, encoding: 'UTF-8', students: [{ lastName: 'NOËL', firstName: 'Éloïse' }] });
    const { records, problems } = await read(content, UAI, 3);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ lastName: 'NOËL', firstName: 'Éloïse' });
  });

  it("refuses another school's file at once, naming both UAIs, without reading on", async () => {
    const content = siecleXml({ uai: '0561534N', students: generatedStudents(2000) });
    let pulled = 0;
    const input = Readable.from((function* () {
      for (let start = 0; start < content.length; start += 4096) {
        pulled += 4096;
        yield content.subarray(start, start + 4096);
      }
    })());
    const { records, problems, done } = await collect(readSiecleXml(input, UAI));
    expect(problems).toEqual([{ code: 'UAI_MISMATCH', message: expect.stringMatching(/0561534N.*0381234A/) }]);
    expect(records).toEqual([]);
    expect(done).toBeUndefined();
    expect(pulled).toBeLessThan(content.length / 10);
  });

  it('refuses a file without UAI', async () => {
    const content = Buffer.from(siecleXml({ uai: UAI, students: [{}] }).toString('latin1').replace(/<UAJ>.*<\/UAJ>/, ''), 'latin1');
    const { problems } = await read(content);
    expect(problems.map((problem) => problem.code)).toEqual(['UAI_MISSING']);
  });

  it('reports an active student without INE, naming them', async () => {
    const { records, problems, done } = await read(siecleXml({ uai: UAI, students: [{ ...LATOUR, nationalId: null, eleveId: '1234' }, {}] }));
    expect(problems).toEqual([{
      line: expect.any(Number), studentId: '1234', field: 'nationalId', code: 'NATIONAL_ID_MISSING',
      message: "Élève LATOUR Killian : l'identifiant national (INE) est manquant.",
    }]);
    expect(records).toHaveLength(1);
    expect(done).toMatchObject({ read: 2, skipped: 0 });
  });

  it('reports a duplicate INE on the second student, naming the first', async () => {
    const students = [{ ...LATOUR, nationalId: '123456789AB' }, { lastName: 'DUPONT', firstName: 'Marie', nationalId: '123456789ab' }];
    const { records, problems } = await read(siecleXml({ uai: UAI, students }));
    expect(records).toHaveLength(1);
    expect(problems).toMatchObject([{
      code: 'NATIONAL_ID_DUPLICATE',
      message: "Élève DUPONT Marie : l'INE 123456789AB figure déjà pour l'élève LATOUR Killian.",
    }]);
  });

  it('reports a birthdate that is not a real date', async () => {
    const { problems } = await read(siecleXml({ uai: UAI, students: [{ ...LATOUR, birthdate: '31/02/2011' }] }));
    expect(problems).toMatchObject([{
      code: 'BIRTHDATE_INVALID', field: 'birthdate',
      message: "Élève LATOUR Killian : la date de naissance 31/02/2011 n'est pas une date valide.",
    }]);
  });

  it('reports a pupil born in France without commune code', async () => {
    const students = [{ ...LATOUR, birthCountryCode: '100', birthCityCode: '' }, { birthCountryCode: '216', birthCityCode: null, birthCity: 'TUNIS' }];
    const { records, problems } = await read(siecleXml({ uai: UAI, students }));
    expect(problems.map((problem) => problem.code)).toEqual(['BIRTH_CITY_CODE_MISSING']);
    expect(records).toMatchObject([{ birthCountryCode: '216', birthCity: 'TUNIS' }]);
  });

  it('skips and counts students who left, without a class, or in "Inactifs", problems included', async () => {
    const students = [
      { leftOn: '2025-12-19', nationalId: null },
      { division: null, birthdate: '31/02/2011' },
      { division: 'Inactifs' },
      { division: '3E4' },
    ];
    const { records, problems, done } = await read(siecleXml({ uai: UAI, students }));
    expect(problems).toEqual([]);
    expect(records).toMatchObject([{ division: '3E4' }]);
    expect(done).toEqual({ kind: 'done', read: 4, skipped: 3, left: 1, withoutClass: 2 });
  });

  it('reads a zipped export', async () => {
    const content = zipArchive({ 'ElevesSansAdresses.xml': siecleXml({ uai: UAI, students: generatedStudents(30) }) });
    const { records, problems } = await collect(readSiecleXml(await openStudentFile(content, 'SIECLE_XML'), UAI));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(30);
  });

  it('refuses what is not a readable student export', async () => {
    const wrongRoot = await read(Buffer.from('<?xml version="1.0"?><STS_EDT><UAJ>0381234A</UAJ></STS_EDT>'));
    expect(wrongRoot.problems.map((problem) => problem.code)).toEqual(['FILE_UNREADABLE']);
    const full = siecleXml({ uai: UAI, students: generatedStudents(5) });
    const truncated = await read(full.subarray(0, full.length - 200));
    expect(truncated.problems).toMatchObject([{ code: 'FILE_UNREADABLE', line: expect.any(Number) }]);
    expect(truncated.records).toEqual([]);
    const mislabelled = Buffer.from(siecleXml({ uai: UAI, students: [{ firstName: 'Zoé' }] }).toString('latin1').replace('ISO-8859-15', 'UTF-8'), 'latin1');
    expect((await read(mislabelled)).problems).toMatchObject([{ code: 'FILE_UNREADABLE', message: expect.stringContaining('UTF-8') }]);
    expect((await read(Buffer.alloc(0))).problems.map((problem) => problem.code)).toEqual(['FILE_EMPTY']);
  });

  it('does not depend on classes coming after students', async () => {
    const content = siecleXml({ uai: UAI, encoding: 'UTF-8', students: [{ division: '3E5' }] }).toString('utf8');
    const eleves = /<ELEVES>[\s\S]*<\/ELEVES>/.exec(content)![0];
    const structures = /<STRUCTURES>[\s\S]*<\/STRUCTURES>/.exec(content)![0];
    const swapped = content.replace(eleves, '@@').replace(structures, eleves).replace('@@', structures);
    expect((await read(Buffer.from(swapped))).records).toMatchObject([{ division: '3E5' }]);
  });

  it('turns a failing input (e.g. a damaged zip entry) into a problem', async () => {
    const content = siecleXml({ uai: UAI, students: generatedStudents(3) });
    const input = Readable.from((async function* () {
      yield content.subarray(0, 600);
      throw new Error('invalid distance too far back');
    })());
    const { problems, done } = await collect(readSiecleXml(input, UAI));
    expect(problems.map((problem) => problem.code)).toEqual(['FILE_UNREADABLE']);
    expect(done).toBeUndefined();
  });

  it('reads 5 000 pupils from small chunks with a modest memory footprint', async () => {
    const content = siecleXml({ uai: UAI, students: generatedStudents(5000, 3) });
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let count = 0;
    let progress = 0;
    for await (const event of readSiecleXml(chunked(content, 4096), UAI)) {
      if (event.kind === 'student') count++;
      if (event.kind === 'problem') throw new Error(event.problem.message);
      if (event.kind === 'progress') progress = event.bytes;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(count).toBe(5000);
    expect(progress).toBe(content.length);
    // Loose: the whole decoded text plus a DOM would be far more; garbage not yet collected counts too.
    expect(peak - baseline).toBeLessThan(60 * 1024 * 1024);
  });
});
