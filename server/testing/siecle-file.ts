// Student files for tests: SIECLE XML exports and CSV files, built from a few fields or generated in bulk.
//
//   siecleXml({ uai: '0381234A', students: generatedStudents(2000) })        → a Buffer to upload (latin-9)
//   siecleXml({ uai, students: [{ lastName: 'LATOUR', birthdate: '31/02/2011' }] }) → other fields filled in
//   studentsCsv([{ nationalId: null }], { bom: true })                         → the CSV template
//
// Fields follow StudentRecord: birthdate 'YYYY-MM-DD' and sex 'M' | 'F' are written the way the file
// expects (DD/MM/YYYY, 1/2 in XML); any other string is written as is, to test bad values.
// A field left undefined gets a valid value; '' writes an empty field; null leaves it out.
import { crc32, deflateRawSync } from 'node:zlib';
import type { StudentRecord } from '../src/modules/organization/student-file/student-record.js';

export interface FixtureStudent {
  nationalId: string | null;
  firstName: string | null;
  middleName: string | null;
  thirdName: string | null;
  lastName: string | null;
  preferredLastName: string | null;
  sex: string | null;
  birthdate: string | null;
  birthCityCode: string | null;
  birthCity: string | null;
  birthProvinceCode: string | null;
  birthCountryCode: string | null;
  mefCode: string | null;
  status: string | null;
  /** The class; null: no class at all. */
  division: string | null;
  /** Exit date ("date de sortie"); null: still at school. */
  leftOn: string | null;
  /** SIECLE's ELEVE_ID linking a student to their classes (XML only). */
  eleveId: string;
}

const FEMALE = ['Léa', 'Chloé', 'Emma', 'Inès', 'Zoé', 'Manon', 'Camille', 'Jade', 'Louise', 'Anaïs', 'Maëlys', 'Noémie',
  'Clémence', 'Hélène', 'Océane', 'Gaëlle', 'Élise', 'Éloïse', 'Anne-Sophie', 'Agathe'];
const MALE = ['Lucas', 'Hugo', 'Théo', 'Nathan', 'Louis', 'Jules', 'Raphaël', 'Gabriel', 'Mathéo', 'Noé', 'Maël', 'Loïc',
  'Jérôme', 'François', 'Benoît', 'Timothée', 'Élias', 'Jean-Baptiste', 'Adrien', 'Côme'];
const LAST_NAMES = ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'LEFÈVRE',
  'GARCIA', 'ROUX', 'FOURNIER', 'GIRARD', 'ANDRÉ', 'MERCIER', 'DUPONT', 'LAMBERT', 'BONNET', 'FRANÇOIS', 'GARNIER',
  'FAURE', 'ROUSSEAU', 'GUÉRIN', 'MULLER', 'CLÉMENT', 'GAUTHIER', 'FONTAINE', 'CHEVALIER', 'GÉRARD', 'NGUYEN', 'NOËL',
  'PÉREZ', 'MARCHAND', 'BRUNET', 'SCHMITT', "D'ALMEIDA", 'LE GALL', 'BÉGUIN', 'CÔTÉ', 'HÉBERT', 'MARTIN-DUPRÉ'];
// [INSEE commune code, city, department] of French birthplaces.
const BIRTHPLACES: [string, string, string][] = [['38185', 'GRENOBLE', '038'], ['75056', 'PARIS', '075'],
  ['69123', 'LYON', '069'], ['13055', 'MARSEILLE', '013'], ['33063', 'BORDEAUX', '033'], ['44109', 'NANTES', '044'],
  ['59350', 'LILLE', '059'], ['31555', 'TOULOUSE', '031'], ['2A004', 'AJACCIO', '02A'], ['97411', 'SAINT-DENIS', '974']];
/** Seed of the values filling in partial students, apart from generatedStudents' default seed. */
const FILL_SEED = 9999;

// mulberry32: a tiny deterministic generator, so that a seed always gives the same pupils.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedStudent(index: number, seed: number): FixtureStudent {
  const next = random(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const female = next() < 0.5;
  const names = female ? FEMALE : MALE;
  const firstName = pick(names);
  const lastName = pick(LAST_NAMES);
  const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(next() * 4 * 365) * 86_400_000);
  const abroad = index % 17 === 16;
  const [cityCode, city, province] = pick(BIRTHPLACES);
  return {
    // 10 digits (seed, then position) + 1 letter: unique within a seed for up to a million pupils.
    nationalId: `${String(seed % 10_000).padStart(4, '0')}${String(index).padStart(6, '0')}${'ABCDEFGHJK'[index % 10]}`,
    firstName,
    middleName: next() < 0.5 ? pick(names) : null,
    thirdName: next() < 0.1 ? pick(names) : null,
    lastName,
    preferredLastName: index % 13 === 12 ? `${lastName} ${pick(LAST_NAMES)}` : null,
    sex: female ? 'F' : 'M',
    birthdate: day.toISOString().slice(0, 10),
    birthCountryCode: abroad ? '134' : '100',
    birthProvinceCode: abroad ? '099' : province,
    birthCityCode: abroad ? null : cityCode,
    birthCity: abroad ? 'MADRID' : city,
    mefCode: '10310019110',
    status: 'ST',
    division: `3E${1 + (index % 8)}`,
    leftOn: null,
    eleveId: String(100_000 * (seed % 10_000) + index + 1),
  };
}

/** `n` valid, active pupils with French names (accents included), unique INEs, classes 3E1…3E8; same seed, same pupils. */
export function generatedStudents(n: number, seed = 1): FixtureStudent[] {
  return Array.from({ length: n }, (_, index) => generatedStudent(index, seed));
}

function complete(students: Partial<FixtureStudent>[]): FixtureStudent[] {
  return students.map((partial, index) => {
    const student = generatedStudent(index, FILL_SEED);
    for (const [key, value] of Object.entries(partial)) if (value !== undefined) (student as unknown as Record<string, unknown>)[key] = value;
    return student;
  });
}

/** What the readers should produce for a valid, active fixture student. */
export function asStudentRecord(student: FixtureStudent): StudentRecord {
  const record: Record<string, string> = {};
  for (const [key, value] of Object.entries(student)) if (value !== null && value !== '' && key !== 'leftOn' && key !== 'eleveId') record[key] = value;
  return record as unknown as StudentRecord;
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY'; other text as is. */
function frenchDate(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

// ISO-8859-15 is latin-1 with eight positions changed (€, Œ, œ…).
const LATIN9_SPECIAL: Record<string, number> = { '€': 0xa4, 'Š': 0xa6, 'š': 0xa8, 'Ž': 0xb4, 'ž': 0xb8, 'Œ': 0xbc, 'œ': 0xbd, 'Ÿ': 0xbe };
const LATIN9_REPLACED = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

function latin9Byte(char: string): number | undefined {
  const code = char.codePointAt(0)!;
  return LATIN9_SPECIAL[char] ?? (code < 0x100 && !LATIN9_REPLACED.has(code) ? code : undefined);
}

function escapeXml(text: string, encoding: 'ISO-8859-15' | 'UTF-8'): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (encoding === 'UTF-8') return escaped;
  return Array.from(escaped, (char) => (latin9Byte(char) === undefined ? `&#${char.codePointAt(0)};` : char)).join('');
}

function element(name: string, value: string | null): string {
  return value === null ? '' : `<${name}>${value}</${name}>`;
}

/**
 * A SIECLE "BEE_ELEVES" export for the school `uai` (latin-9 by default, like SIECLE's own files).
 * Students with `division: null` get no class; `leftOn` fills DATE_SORTIE.
 */
export function siecleXml(o: { uai: string; students: Partial<FixtureStudent>[]; encoding?: 'ISO-8859-15' | 'UTF-8' }): Buffer {
  const encoding = o.encoding ?? 'ISO-8859-15';
  const text = (value: string | null) => (value === null ? null : escapeXml(value, encoding));
  const students = complete(o.students);
  const parts: string[] = [
    `<?xml version="1.0" encoding="${encoding}"?>\n<BEE_ELEVES VERSION="3.1">\n`,
    `  <PARAMETRES><UAJ>${escapeXml(o.uai, encoding)}</UAJ><ANNEE_SCOLAIRE>2025</ANNEE_SCOLAIRE>`,
    '<DATE_EXPORT>01/09/2025</DATE_EXPORT><HORODATAGE>01/09/2025 08:00:00</HORODATAGE></PARAMETRES>\n',
    '  <DONNEES>\n    <ELEVES>\n',
  ];
  for (const s of students) {
    const sex = s.sex === 'M' ? '1' : s.sex === 'F' ? '2' : s.sex;
    parts.push(
      `      <ELEVE ELEVE_ID="${escapeXml(s.eleveId, encoding)}" ELENOET="${escapeXml(s.eleveId, encoding)}">\n        `,
      element('ID_NATIONAL', text(s.nationalId)), element('NOM_DE_FAMILLE', text(s.lastName)), element('NOM_USAGE', text(s.preferredLastName)),
      element('PRENOM', text(s.firstName)), element('PRENOM2', text(s.middleName)), element('PRENOM3', text(s.thirdName)),
      element('DATE_NAISS', text(s.birthdate && frenchDate(s.birthdate))), element('CODE_SEXE', text(sex)),
      '\n        ',
      element('CODE_PAYS', text(s.birthCountryCode)), element('CODE_DEPARTEMENT_NAISS', text(s.birthProvinceCode)),
      element('CODE_COMMUNE_INSEE_NAISS', text(s.birthCityCode)), element('VILLE_NAISS', text(s.birthCity)),
      element('CODE_MEF', text(s.mefCode)), element('CODE_STATUT', text(s.status)),
      '<DATE_ENTREE>01/09/2025</DATE_ENTREE>', `<DATE_SORTIE>${s.leftOn === null ? '' : escapeXml(frenchDate(s.leftOn), encoding)}</DATE_SORTIE>`,
      // Nested data of last year, with its own CODE_MEF: must not be taken for this year's.
      '\n        <SCOLARITE_AN_DERNIER><CODE_MEF>10210019110</CODE_MEF><CODE_STRUCTURE>4E2</CODE_STRUCTURE></SCOLARITE_AN_DERNIER>\n',
      '      </ELEVE>\n',
    );
  }
  parts.push('    </ELEVES>\n    <STRUCTURES>\n');
  for (const s of students) {
    const eleveId = escapeXml(s.eleveId, encoding);
    parts.push(`      <STRUCTURES_ELEVE ELEVE_ID="${eleveId}" ELENOET="${eleveId}">\n`);
    if (s.division !== null) parts.push(`        <STRUCTURE><CODE_STRUCTURE>${escapeXml(s.division, encoding)}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>\n`);
    parts.push('        <STRUCTURE><CODE_STRUCTURE>LV2ESP</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>\n      </STRUCTURES_ELEVE>\n');
  }
  parts.push('    </STRUCTURES>\n  </DONNEES>\n</BEE_ELEVES>\n');
  const xml = parts.join('');
  if (encoding === 'UTF-8') return Buffer.from(xml, 'utf8');
  return Buffer.from(Array.from(xml, (char) => latin9Byte(char)!));
}

/** The CSV template's header, in order (see the student-file README). */
export const CSV_HEADER = ['Identifiant unique', 'Premier prénom', 'Deuxième prénom', 'Troisième prénom', 'Nom de famille',
  'Nom d’usage', 'Sexe', 'Date de naissance (jj/mm/aaaa)', 'Code commune naissance', 'Libellé commune naissance',
  'Code département naissance', 'Code pays naissance', 'Statut', 'Code MEF', 'Division', 'Date de sortie'];

function csvCells(s: FixtureStudent): (string | null)[] {
  return [s.nationalId, s.firstName, s.middleName, s.thirdName, s.lastName, s.preferredLastName, s.sex,
    s.birthdate && frenchDate(s.birthdate), s.birthCityCode, s.birthCity, s.birthProvinceCode, s.birthCountryCode,
    s.status, s.mefCode, s.division, s.leftOn && frenchDate(s.leftOn)];
}

function csvCell(value: string | null): string {
  const text = value ?? '';
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV template (";" separated, UTF-8 by default; 'latin1' to test the fallback), header on line 1, so that
 * the student `rows[i]` is on line i + 2. `omitColumns` drops columns by their header name.
 */
export function studentsCsv(rows: Partial<FixtureStudent>[], o: { bom?: boolean; encoding?: 'UTF-8' | 'latin1'; omitColumns?: string[] } = {}): Buffer {
  const kept = CSV_HEADER.map((name, index) => ({ name, index })).filter(({ name }) => !o.omitColumns?.includes(name));
  // Latin-1 has no typographic apostrophe: "Nom d'usage" then, which the reader accepts as well.
  const header = kept.map(({ name }) => (o.encoding === 'latin1' ? name.replace('’', "'") : name));
  const lines = [header.map(csvCell).join(';')];
  for (const student of complete(rows)) {
    const cells = csvCells(student);
    lines.push(kept.map(({ index }) => csvCell(cells[index])).join(';'));
  }
  const text = `${lines.join('\r\n')}\r\n`;
  if (o.encoding === 'latin1') {
    const outside = Array.from(text).find((char) => char.codePointAt(0)! > 0xff);
    if (outside) throw new Error(`studentsCsv: « ${outside} » cannot be written in latin-1`);
    return Buffer.from(text, 'latin1');
  }
  return Buffer.concat([Buffer.from(o.bom ? '\uFEFF' : ''), Buffer.from(text, 'utf8')]);
}

/** A ZIP archive (deflated entries) of the given files, e.g. zipArchive({ 'ElevesSansAdresses.xml': siecleXml(…) }). */
export function zipArchive(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const fileName = Buffer.from(name, 'utf8');
    const data = deflateRawSync(content);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 file names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
