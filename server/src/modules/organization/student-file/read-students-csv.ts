// Streams the CSV variant of the student file (";" separated, UTF-8 or latin-1): one record or problems per line.
import { Readable, pipeline } from 'node:stream';
import { TextDecoder } from 'node:util';
import { CsvError, parse } from 'csv-parse';
import { fileChunks } from './open-student-file.js';
import { ImportFileError, fileProblem, type ImportProblem, type StudentEvent } from './student-record.js';
import { duplicateProblem, lineLabel, skipReason, validateStudent, type RawStudent } from './validate-student.js';

interface Column { field: keyof RawStudent; names: string[]; required?: boolean }

/** The template's columns (see README.md); the first name of each is the one shown to users. */
export const CSV_COLUMNS: readonly Column[] = [
  { field: 'nationalId', names: ['Identifiant unique', 'INE'], required: true },
  { field: 'firstName', names: ['Premier prénom', 'Prénom'], required: true },
  { field: 'middleName', names: ['Deuxième prénom'] },
  { field: 'thirdName', names: ['Troisième prénom'] },
  { field: 'lastName', names: ['Nom de famille'], required: true },
  { field: 'preferredLastName', names: ['Nom d’usage'] },
  { field: 'sex', names: ['Sexe'] },
  { field: 'birthdate', names: ['Date de naissance (jj/mm/aaaa)', 'Date de naissance'], required: true },
  { field: 'birthCityCode', names: ['Code commune naissance'] },
  { field: 'birthCity', names: ['Libellé commune naissance'] },
  { field: 'birthProvinceCode', names: ['Code département naissance'] },
  { field: 'birthCountryCode', names: ['Code pays naissance'] },
  { field: 'status', names: ['Statut'] },
  { field: 'mefCode', names: ['Code MEF'] },
  { field: 'division', names: ['Division'], required: true },
  { field: 'leftOn', names: ['Date de sortie'] },
];
const PROGRESS_EVERY_BYTES = 64 * 1024;

/** Case, accents, apostrophe style and spacing do not matter in column names. */
function columnKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Length of `bytes` without a trailing, incomplete UTF-8 sequence (to be completed by the next chunk). */
function completeUtf8Length(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return bytes.length - i < size ? i : bytes.length;
  }
  return bytes.length;
}

/**
 * UTF-8 until a byte sequence is not valid UTF-8, then windows-1252 (latin-1 plus œ, ’, €) for the rest.
 * Switching mid-stream is safe: a latin-1 file's text before its first accent is plain ASCII, the same in both.
 */
class CsvTextDecoder {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private latin1: TextDecoder | null = null;
  private pending: Buffer = Buffer.alloc(0);
  private started = false;

  decode(chunk: Buffer, end: boolean): string {
    let text: string;
    const bytes = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    if (this.latin1) text = this.latin1.decode(bytes);
    else {
      const cut = end ? bytes.length : completeUtf8Length(bytes);
      try {
        text = this.utf8.decode(bytes.subarray(0, cut));
        this.pending = Buffer.from(bytes.subarray(cut));
      } catch {
        this.latin1 = new TextDecoder('windows-1252');
        text = this.latin1.decode(bytes);
      }
    }
    if (!this.started && text) {
      this.started = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    return text;
  }
}

type HeaderCheck = { indexes: Map<keyof RawStudent, number> } | { problems: ImportProblem[] };

function checkHeader(header: string[], line: number): HeaderCheck {
  if (header.length === 1 && /[,\t]/.test(header[0])) {
    return { problems: [fileProblem('FILE_UNREADABLE', 'Les colonnes doivent être séparées par des points-virgules (« ; »).', line)] };
  }
  const positions = new Map<string, number>();
  header.forEach((name, index) => { if (!positions.has(columnKey(name))) positions.set(columnKey(name), index); });
  const indexes = new Map<keyof RawStudent, number>();
  for (const column of CSV_COLUMNS) {
    const index = column.names.map((name) => positions.get(columnKey(name))).find((found) => found !== undefined);
    if (index !== undefined) indexes.set(column.field, index);
  }
  // Without the commune code, every pupil born in France would be refused one by one.
  const required = CSV_COLUMNS.filter((column) => column.required || (column.field === 'birthCityCode' && indexes.has('birthCountryCode')));
  const problems = required.filter((column) => !indexes.has(column.field)).map((column): ImportProblem => ({
    line, field: column.names[0], code: 'HEADER_MISSING_COLUMN',
    message: `Ligne ${line} (en-tête) : la colonne « ${column.names[0]} » est manquante.`,
  }));
  return problems.length > 0 ? { problems } : { indexes };
}

/** Reads the CSV template; header = line 1. Missing columns stop the reading; each other line yields a record or its problems. */
export async function* readStudentsCsv(input: Readable): AsyncGenerator<StudentEvent> {
  let bytes = 0;
  let reported = 0;
  const decoder = new CsvTextDecoder();
  const text = Readable.from((async function* () {
    for await (const chunk of fileChunks(input)) {
      bytes += chunk.length;
      const decoded = decoder.decode(chunk, false);
      if (decoded) yield decoded;
    }
    const rest = decoder.decode(Buffer.alloc(0), true);
    if (rest) yield rest;
  })());
  const parser = parse({ delimiter: ';', info: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
  pipeline(text, parser, () => { /* errors surface in the loop below */ });

  let indexes: Map<keyof RawStudent, number> | null = null;
  const seen = new Map<string, string>();
  let read = 0;
  let left = 0;
  let withoutClass = 0;
  try {
    for await (const { record: values, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      // Lines of empty cells (";;;;") are what spreadsheets leave at the end: not students.
      if (values.every((value) => value.trim() === '')) continue;
      if (!indexes) {
        const header = checkHeader(values, line);
        if ('problems' in header) {
          for (const problem of header.problems) yield { kind: 'problem', problem };
          return;
        }
        indexes = header.indexes;
        continue;
      }
      read++;
      const raw: RawStudent = {};
      for (const [field, index] of indexes) raw[field] = values[index];
      const skip = skipReason(raw);
      if (skip === 'left') left++;
      else if (skip === 'withoutClass') withoutClass++;
      else {
        const label = lineLabel(raw, line);
        const { record, problems } = validateStudent(raw, { line }, label);
        const duplicate = record && duplicateProblem(seen, record, { line }, label, `ligne ${line}`);
        if (!record) for (const problem of problems) yield { kind: 'problem', problem };
        else if (duplicate) yield { kind: 'problem', problem: duplicate };
        else yield { kind: 'student', record, ref: { line } };
      }
      if (bytes - reported >= PROGRESS_EVERY_BYTES) {
        reported = bytes;
        yield { kind: 'progress', bytes };
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) yield { kind: 'problem', problem: error.problem };
    else if (error instanceof CsvError) {
      const at = typeof error.lines === 'number' ? error.lines : undefined;
      yield { kind: 'problem', problem: fileProblem('FILE_UNREADABLE', `Le fichier CSV est mal formé${at ? ` (ligne ${at})` : ''} : vérifiez les guillemets et le séparateur « ; ».`, at) };
    } else throw error;
    return;
  }
  if (!indexes) {
    yield { kind: 'problem', problem: fileProblem('FILE_EMPTY', bytes === 0 ? 'Le fichier est vide.' : "Le fichier ne contient pas de ligne d'en-tête.") };
    return;
  }
  if (read === 0) {
    yield { kind: 'problem', problem: fileProblem('FILE_EMPTY', 'Le fichier ne contient aucun élève.') };
    return;
  }
  if (bytes !== reported) yield { kind: 'progress', bytes };
  yield { kind: 'done', read, skipped: left + withoutClass, left, withoutClass };
}
