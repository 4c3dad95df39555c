// Streams a SIECLE "BEE_ELEVES" export: students and classes kept compactly as read, records at the end.
import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fileChunks } from './open-student-file.js';
import { ImportFileError, fileProblem, type ImportProblem, type StudentEvent, type StudentRef } from './student-record.js';
import { clean, duplicateProblem, skipReason, studentLabel, validateStudent, type RawStudent } from './validate-student.js';

const ROOT = 'BEE_ELEVES';
// The SIECLE elements of an ELEVE that we keep; everything else (addresses, scholarship…) is dropped as read.
const ELEVE_FIELDS: Record<string, keyof RawStudent> = {
  ID_NATIONAL: 'nationalId', NOM_DE_FAMILLE: 'lastName', NOM_USAGE: 'preferredLastName',
  PRENOM: 'firstName', PRENOM2: 'middleName', PRENOM3: 'thirdName', CODE_SEXE: 'sex', DATE_NAISS: 'birthdate',
  CODE_PAYS: 'birthCountryCode', CODE_DEPARTEMENT_NAISS: 'birthProvinceCode', CODE_COMMUNE_INSEE_NAISS: 'birthCityCode',
  VILLE_NAISS: 'birthCity', CODE_MEF: 'mefCode', CODE_STATUT: 'status', DATE_SORTIE: 'leftOn',
};
const CLASS_STRUCTURE_TYPE = 'D';
const DECLARATION_MAX_BYTES = 1024;
const PROGRESS_EVERY_BYTES = 64 * 1024;

interface PendingStudent { raw: RawStudent; id?: string; line: number }

/** Picks the decoder announced by the BOM or the XML declaration (XML's default: UTF-8). */
function decoderFor(head: Buffer): TextDecoder {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return new TextDecoder('utf-8', { fatal: true });
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  const declared = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head.toString('latin1'))?.[1];
  if (!declared) return new TextDecoder('utf-8', { fatal: true });
  let decoder: TextDecoder | null = null;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch { /* reported below */ }
  // A UTF-16 file has a BOM; a declaration readable as ASCII cannot be UTF-16.
  if (!decoder || decoder.encoding.startsWith('utf-16')) {
    throw new ImportFileError(fileProblem('FILE_UNREADABLE', `L'encodage « ${declared} » annoncé par le fichier n'est pas pris en charge (ISO-8859-15 ou UTF-8 attendu).`));
  }
  return decoder;
}

/** The SAX side: builds the compact student map, checks the UAI, attaches classes. */
class SiecleCollector {
  readonly parser = new SaxesParser({ xmlns: false });
  fatal: ImportProblem | null = null;
  read = 0;
  left = 0;
  readonly students: PendingStudent[] = [];
  private rootSeen = false;
  private uai: string | undefined;
  /** Class of each ELEVE_ID; SIECLE lists classes after students, but nothing here depends on that order. */
  private readonly divisions = new Map<string, string>();
  private readonly stack: string[] = [];
  private text = '';
  private student: PendingStudent | null = null;
  private structureOwner: string | undefined;
  private structure: { code?: string; type?: string } = {};

  constructor(private readonly expectedUai: string) {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.close());
    this.parser.on('text', (text) => { this.text += text; });
    this.parser.on('cdata', (text) => { this.text += text; });
  }

  private stop(problem: ImportProblem) {
    this.fatal ??= problem;
  }

  private open(tag: SaxesTagPlain) {
    if (this.fatal) return;
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(tag.name);
    this.text = '';
    if (!parent) {
      if (tag.name !== ROOT) this.stop(fileProblem('FILE_UNREADABLE', "Ce fichier n'est pas un export SIECLE des élèves (élément BEE_ELEVES attendu)."));
      this.rootSeen = true;
    } else if (tag.name === 'DONNEES' && this.uai === undefined) {
      this.stop(missingUai());
    } else if (tag.name === 'ELEVE' && parent === 'ELEVES') {
      this.read++;
      this.student = { raw: {}, id: attribute(tag, 'ELEVE_ID'), line: this.parser.line };
    } else if (tag.name === 'STRUCTURES_ELEVE') {
      this.structureOwner = attribute(tag, 'ELEVE_ID');
    } else if (tag.name === 'STRUCTURE' && parent === 'STRUCTURES_ELEVE') {
      this.structure = {};
    }
  }

  private close() {
    if (this.fatal) return;
    const name = this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const text = this.text;
    this.text = '';
    if (parent === 'ELEVE' && this.student && name && ELEVE_FIELDS[name]) {
      const value = clean(text);
      if (value !== undefined) this.student.raw[ELEVE_FIELDS[name]] = value;
    } else if (name === 'ELEVE' && this.student) {
      // Students who left are only counted: nothing of theirs is kept.
      if (skipReason(this.student.raw) === 'left') this.left++;
      else this.students.push(this.student);
      this.student = null;
    } else if (name === 'UAJ' && parent === 'PARAMETRES') {
      this.checkUai(text);
    } else if (parent === 'STRUCTURE') {
      if (name === 'CODE_STRUCTURE') this.structure.code = clean(text);
      if (name === 'TYPE_STRUCTURE') this.structure.type = clean(text)?.toUpperCase();
    } else if (name === 'STRUCTURE' && this.structureOwner !== undefined) {
      // The first class ("division") that is not SIECLE's "Inactifs" pseudo-class; groups (G) are ignored.
      const { code, type } = this.structure;
      const known = this.divisions.get(this.structureOwner);
      if (type === CLASS_STRUCTURE_TYPE && code && (!known || skipReason({ division: known }))) this.divisions.set(this.structureOwner, code);
    } else if (name === 'STRUCTURES_ELEVE') {
      this.structureOwner = undefined;
    }
  }

  private checkUai(text: string) {
    this.uai = clean(text)?.toUpperCase() ?? '';
    const expected = this.expectedUai.trim().toUpperCase();
    if (!this.uai) this.stop(missingUai());
    else if (this.uai !== expected) {
      this.stop(fileProblem('UAI_MISMATCH', `Ce fichier est celui de l'établissement d'UAI ${this.uai}, et non du vôtre (${expected}) : importez l'export SIECLE de votre établissement.`));
    }
  }

  /** After the last byte: a truncated file, a missing UAI or no student at all end the import. */
  finish() {
    if (this.fatal) return;
    if (!this.rootSeen) this.stop(fileProblem('FILE_UNREADABLE', "Ce fichier n'est pas un export SIECLE des élèves (élément BEE_ELEVES attendu)."));
    else if (this.uai === undefined) this.stop(missingUai());
    else if (this.read === 0) this.stop(fileProblem('FILE_EMPTY', 'Le fichier ne contient aucun élève.'));
    else for (const student of this.students) if (student.id !== undefined) student.raw.division = this.divisions.get(student.id);
  }
}

function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  return clean(tag.attributes[name]);
}

function missingUai(): ImportProblem {
  return fileProblem('UAI_MISSING', "Le fichier n'indique pas l'UAI de l'établissement (PARAMETRES/UAJ) : est-ce bien un export SIECLE des élèves ?");
}

function malformed(line: number): ImportProblem {
  return fileProblem('FILE_UNREADABLE', `Le fichier XML est mal formé ou incomplet (vers la ligne ${line}).`, line);
}

function* studentsOf(collector: SiecleCollector): Generator<StudentEvent> {
  const seen = new Map<string, string>();
  let withoutClass = 0;
  for (const student of collector.students) {
    if (skipReason(student.raw)) {
      withoutClass++;
      continue;
    }
    const ref: StudentRef = student.id === undefined ? { line: student.line } : { line: student.line, studentId: student.id };
    const label = studentLabel(student.raw, student.id);
    const { record, problems } = validateStudent(student.raw, ref, label);
    if (!record) {
      for (const problem of problems) yield { kind: 'problem', problem };
      continue;
    }
    const duplicate = duplicateProblem(seen, record, ref, label, `pour l'é${label.slice(1)}`);
    if (duplicate) yield { kind: 'problem', problem: duplicate };
    else yield { kind: 'student', record, ref };
  }
  const skipped = collector.left + withoutClass;
  yield { kind: 'done', read: collector.read, skipped, left: collector.left, withoutClass };
}

async function* parse(input: Readable, expectedUai: string): AsyncGenerator<StudentEvent> {
  const collector = new SiecleCollector(expectedUai);
  const { parser } = collector;
  let decoder: TextDecoder | null = null;
  let head: Buffer = Buffer.alloc(0);
  let bytes = 0;
  let reported = 0;

  const write = (chunk: Buffer, end: boolean) => {
    try {
      const text = decoder!.decode(chunk, { stream: !end });
      if (text) parser.write(text);
      if (end && !collector.fatal) parser.close();
    } catch (error) {
      if (error instanceof TypeError && (error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
        collector.fatal ??= fileProblem('FILE_UNREADABLE', `Le fichier n'est pas encodé en ${decoder!.encoding.toUpperCase()} comme l'annonce sa déclaration XML.`);
      } else if (error instanceof ImportFileError) throw error;
      else collector.fatal ??= malformed(parser.line);
    }
  };

  for await (const chunk of fileChunks(input)) {
    bytes += chunk.length;
    if (decoder) write(chunk, false);
    else {
      // Wait for the XML declaration before decoding anything: it names the encoding.
      head = Buffer.concat([head, chunk]);
      if (head.length >= DECLARATION_MAX_BYTES || head.includes('?>')) {
        decoder = decoderFor(head);
        write(head, false);
        head = Buffer.alloc(0);
      }
    }
    if (collector.fatal) {
      yield { kind: 'problem', problem: collector.fatal };
      return;
    }
    if (bytes - reported >= PROGRESS_EVERY_BYTES) {
      reported = bytes;
      yield { kind: 'progress', bytes };
    }
  }
  if (bytes === 0) {
    yield { kind: 'problem', problem: fileProblem('FILE_EMPTY', 'Le fichier est vide.') };
    return;
  }
  if (decoder) write(Buffer.alloc(0), true);
  else {
    decoder = decoderFor(head);
    write(head, true);
  }
  collector.finish();
  if (collector.fatal) {
    yield { kind: 'problem', problem: collector.fatal };
    return;
  }
  if (bytes !== reported) yield { kind: 'progress', bytes };
  yield* studentsOf(collector);
}

/**
 * Reads a SIECLE XML export (plain, latin-9 or UTF-8) for the organisation of UAI `expectedUai`.
 * A file of another school stops at once with UAI_MISMATCH. Students who left or without a class are skipped
 * and counted in 'done'; the others come out as records or problems once the classes (at the file's end) are known.
 */
export async function* readSiecleXml(input: Readable, expectedUai: string): AsyncGenerator<StudentEvent> {
  try {
    yield* parse(input, expectedUai);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    yield { kind: 'problem', problem: error.problem };
  }
}
