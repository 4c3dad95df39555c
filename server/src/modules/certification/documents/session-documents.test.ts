import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  attendanceSheet, frenchLongDate, incidentReport, invigilatorKit, invigilatorPack, pdfSafe, type SessionDocumentData,
} from './session-documents.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';
const hasPdftotext = existsSync(PDFTOTEXT);
const hasPdftoppm = existsSync(PDFTOPPM);

const workDir = mkdtempSync(join(tmpdir(), 'session-documents-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const LAST_NAMES = [
  'Lefèvre', "D'Hérouville", 'D’Alembert', 'Ngô', 'Müller', 'Łukasiewicz', 'Bénard', 'Çelik', 'Dupont', 'Martin',
  'Ødegaard', 'Nguyễn', 'Évrard', 'Le Bihan', 'Saint-Exupéry',
];
const FIRST_NAMES = ['Éléonore', 'Œdipe', 'Zoé', 'Anaïs', 'Gaëlle', 'Jérôme', 'Noël', 'Maël', 'Françoise', 'Ève', 'Loïc', 'Hélène', 'Ştefan', 'Aïcha', 'Béatrice'];

function candidates(count: number): SessionDocumentData['candidates'] {
  return Array.from({ length: count }, (_, index) => ({
    lastName: index === 0 ? 'Lefèvre' : LAST_NAMES[index % LAST_NAMES.length],
    firstName: index === 0 ? 'Œdipe' : FIRST_NAMES[(index * 7) % FIRST_NAMES.length],
    birthdate: `2011-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    division: index % 3 === 0 ? '3e B' : index % 3 === 1 ? '3e A\u202f(SEGPA)' : null,
    extraTimePercentage: index % 9 === 0 ? 33 : index % 11 === 0 ? 30 : 0,
  }));
}

function session(count: number, overrides: Partial<SessionDocumentData> = {}): SessionDocumentData {
  return {
    sessionId: 123456,
    centreName: 'Collège Jean-Moulin d’Évreux',
    address: '12, rue de l’Église\u00a0– 27000 Évreux',
    room: 'Salle B12 (informatique)',
    examiner: 'Mme Françoise Lemaître, M. Noël Châtelain',
    date: '2026-03-17',
    time: '14:30',
    description: 'Prévoir deux postes de secours ; élèves de 3e.',
    accessCode: 'BCDF27',
    invigilatorPassword: 'K7Q2M',
    sosCampaignCode: 'SOSXK4',
    candidates: candidates(count),
    ...overrides,
  };
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPageCount();
}

function save(bytes: Uint8Array, name: string): string {
  const file = join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function pdfText(bytes: Uint8Array, name: string): string {
  return execFileSync(PDFTOTEXT, ['-layout', save(bytes, name), '-'], { encoding: 'utf8' });
}

/** Every page's text, split on the form feed pdftotext puts between pages. */
function pagesText(bytes: Uint8Array, name: string): string[] {
  return pdfText(bytes, name).split('\f').filter((page) => page.trim() !== '');
}

describe('text sanitising for the standard fonts', () => {
  it('matches the character set of the standard fonts (WinAnsi)', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const all = font.getCharacterSet().map((code) => String.fromCodePoint(code)).join('');
    expect(() => font.encodeText(pdfSafe(all))).not.toThrow();
  });

  it('straightens apostrophes, normalises spaces, strips accents WinAnsi lacks and drops the rest', () => {
    expect(pdfSafe('D’Hérouville')).toBe("D'Hérouville");
    expect(pdfSafe('“Œdipe”\u00a0Lefèvre')).toBe('"Œdipe" Lefèvre');
    expect(pdfSafe('+30\u202f%')).toBe('+30 %');
    expect(pdfSafe('Ştefan Nguyễn Łukasiewicz')).toBe('Stefan Nguyen Lukasiewicz');
    expect(pdfSafe('李 Zoé 🎓\u200b')).toBe(' Zoé ');
  });

  it('writes dates the French way', () => {
    expect(frenchLongDate('2026-03-17')).toBe('mardi 17 mars 2026');
    expect(frenchLongDate('2026-06-01')).toBe('lundi 1er juin 2026');
    expect(frenchLongDate('pas une date')).toBe('pas une date');
  });
});

describe('attendance sheet', () => {
  it('has 20 candidates a page: 3 pages for 45, 2 for 40, 1 for 20 and 1 for none', async () => {
    expect(await pageCount(await attendanceSheet(session(45)))).toBe(3);
    expect(await pageCount(await attendanceSheet(session(40)))).toBe(2);
    expect(await pageCount(await attendanceSheet(session(20)))).toBe(1);
    // A long observation (two lines in the header) still leaves room for the closing box on a full page.
    expect(await pageCount(await attendanceSheet(session(40, { description: 'Observation très longue. '.repeat(30) })))).toBe(2);
    expect(await pageCount(await attendanceSheet(session(0, { description: null, sosCampaignCode: null })))).toBe(1);
  });

  it('never throws on unusual names, long values or odd dates', async () => {
    const data = session(3, {
      examiner: 'M. '.repeat(80),
      candidates: [
        { lastName: '😀 李小龍 ', firstName: '\u0000\t', birthdate: '', division: 'x'.repeat(200), extraTimePercentage: 12.5 },
        { lastName: 'Wolfeschlegelsteinhausenbergerdorff-Ölmüller-Ñúñez de la Peña', firstName: 'Marie-Éléonore-Joséphine-Thérèse', birthdate: '2011-02-30', extraTimePercentage: 0 },
      ],
    });
    expect(await pageCount(await attendanceSheet(data))).toBe(1);
  });

  it.skipIf(!hasPdftotext)('shows the header, sorted candidates with accents and page numbers (needs pdftotext from poppler-utils)', async () => {
    const pages = pagesText(await attendanceSheet(session(45)), 'attendance');
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => {
      expect(page).toContain("Feuille d'émargement");
      expect(page).toContain('Session n° 123456');
      expect(page).toContain('mardi 17 mars 2026');
      expect(page).toContain('14 h 30');
      expect(page).toContain('Salle B12');
      expect(page).toContain(`Page ${index + 1} / 3`);
    });
    const all = pages.join('\n');
    expect(all).toContain('Œdipe');
    expect(all).toContain("D'Hérouville");
    expect(all).toContain("D'Alembert");
    expect(all).toContain('Éléonore');
    expect(all).toContain('Lefèvre');
    expect(all).toContain('Écran de');
    expect(all).toContain('+33 %');
    expect(all).toMatch(/\d{2}\/\d{2}\/2011/);
    expect(pages[2]).toContain('Nombre de candidats inscrits : 45');
    expect(pages[2]).toContain('Nombre de candidats présents');
    // Sorted by last name: Bénard comes on the first page, Saint-Exupéry on the last.
    expect(pages[0]).toContain('Bénard');
    expect(pages[2]).toContain('Saint-Exupéry');
    // Row numbers run across pages.
    expect(pages[2]).toMatch(/\b45\b/);
  });

  it.skipIf(!hasPdftotext)('shows an empty table for a session without candidates (needs pdftotext from poppler-utils)', async () => {
    const text = pdfText(await attendanceSheet(session(0)), 'attendance-empty');
    expect(text).toContain('Aucun candidat inscrit');
    expect(text).toContain('Page 1 / 1');
  });
});

describe('incident report', () => {
  it('is a loadable blank form', async () => {
    const count = await pageCount(await incidentReport(session(45)));
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
  });

  it.skipIf(!hasPdftotext)('lists the categories, the abort reasons and the comment space (needs pdftotext from poppler-utils)', async () => {
    const text = pdfText(await incidentReport(session(45)), 'incidents');
    for (const expected of [
      "Procès-verbal d'incidents", 'Session n° 123456', 'N° de ligne', 'Nom du candidat', 'Catégorie', 'question', 'Description',
      'Modification des informations du candidat', "L'image ne s'affiche pas", 'indisponible ou bloqué', 'Fraude',
      'Autre incident non bloquant', '500 caractères', 'Abandon du candidat', 'Problème technique', 'Signatures', 'Page 1 / ',
    ]) expect(text).toContain(expected);
  });
});

describe('invigilator kit', () => {
  it('is a loadable PDF, with or without SOS campaign', async () => {
    expect(await pageCount(await invigilatorKit(session(45)))).toBeGreaterThanOrEqual(3);
    expect(await pageCount(await invigilatorKit(session(0, { sosCampaignCode: null, description: null })))).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(!hasPdftotext)('shows the codes, the steps, the instructions, the notice and the fraud report (needs pdftotext from poppler-utils)', async () => {
    const text = pdfText(await invigilatorKit(session(45)), 'kit');
    for (const expected of [
      'Kit surveillant', '123456', 'BCDF27', 'K7Q2M', 'Mot de passe surveillant', "Code d'accès", '1 h 45', '105 min',
      'Instructions à lire aux candidats', 'Notice élève', 'Procès-verbal de fraude', 'Description des faits', 'Mesures prises',
      'Élève non certifiable ? Code de la campagne SOS : SOSXK4', 'Déroulement de la session', "Collège Jean-Moulin d'Évreux",
      '+33 %', 'Page 1 / ',
    ]) expect(text).toContain(expected);
  });

  it.skipIf(!hasPdftotext)('leaves the SOS campaign out when the school has none (needs pdftotext from poppler-utils)', async () => {
    const text = pdfText(await invigilatorKit(session(10, { sosCampaignCode: null })), 'kit-no-sos');
    expect(text).not.toContain('SOS');
    expect(text).toContain('BCDF27');
  });
});

describe('invigilator pack', () => {
  it('holds the kit, the attendance sheet and the incident report', async () => {
    const data = session(45);
    const parts = await Promise.all([invigilatorKit(data), attendanceSheet(data), incidentReport(data)]);
    const counts = await Promise.all(parts.map(pageCount));
    expect(await pageCount(await invigilatorPack(data))).toBe(counts[0] + counts[1] + counts[2]);
  });

  it.skipIf(!hasPdftotext)('numbers each document on its own and shows the session number on every page (needs pdftotext from poppler-utils)', async () => {
    const pages = pagesText(await invigilatorPack(session(45)), 'pack');
    for (const page of pages) expect(page).toContain('Session n° 123456');
    const all = pages.join('\n');
    expect(all.indexOf('Kit surveillant')).toBeLessThan(all.indexOf("Feuille d'émargement"));
    expect(all.indexOf("Feuille d'émargement")).toBeLessThan(all.indexOf("Procès-verbal d'incidents"));
    expect(all).toContain('Page 1 / 3');
    expect(all).toContain('BCDF27');
  });
});

describe('rendering', () => {
  it.skipIf(!hasPdftoppm)('renders the first page of each document to PNG (needs pdftoppm from poppler-utils)', async () => {
    const data = session(45);
    const documents: [string, Uint8Array][] = [
      ['attendance', await attendanceSheet(data)],
      ['incidents', await incidentReport(data)],
      ['kit', await invigilatorKit(data)],
    ];
    for (const [name, bytes] of documents) {
      const prefix = join(workDir, `render-${name}`);
      execFileSync(PDFTOPPM, ['-png', '-r', '60', '-f', '1', '-l', '1', save(bytes, `render-${name}`), prefix]);
      const png = readdirSync(workDir).find((file) => file.startsWith(`render-${name}`) && file.endsWith('.png'));
      expect(png, `PNG for ${name}`).toBeDefined();
      expect(statSync(join(workDir, png as string)).size).toBeGreaterThan(1000);
    }
  });
});
