// The documents of a certification session, in PDF: the attendance sheet ("Feuille d'émargement"), the blank incident
// report ("Procès-verbal d'incidents"), the invigilator kit ("Kit surveillant") and the pack of all three.
// A4 portrait, 15 mm margins, the session number and "Page n / N" on every page. Standard fonts (WinAnsi): every text
// goes through `pdfSafe`, so a name with characters WinAnsi cannot encode never makes the generation throw.
import { LineCapStyle, PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb, type RGB } from 'pdf-lib';

export interface SessionDocumentData {
  sessionId: number;
  centreName: string;
  address: string;
  room: string;
  examiner: string;
  date: string /* YYYY-MM-DD */;
  time: string /* HH:MM */;
  description?: string | null;
  accessCode: string;
  invigilatorPassword: string;
  /** Code of the school's "SOS élève non certifiable" campaign, when it has one. */
  sosCampaignCode?: string | null;
  candidates: {
    lastName: string;
    firstName: string;
    birthdate: string /* YYYY-MM-DD */;
    division?: string | null;
    extraTimePercentage: number;
  }[];
}

/** Test duration without extra time, in minutes (1 h 45). */
export const TEST_DURATION_MINUTES = 105;
/** Candidate rows per attendance sheet page. */
export const CANDIDATES_PER_PAGE = 20;

// ---------------------------------------------------------------------------------------------------------------------
// Text: WinAnsi sanitising and French formatting
// ---------------------------------------------------------------------------------------------------------------------

/** Code points the standard fonts encode (WinAnsi, the same for Helvetica and Courier): ASCII, Latin-1 and these. */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const WIN_ANSI = new Set<number>([
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, index) => 0xa0 + index),
  ...[...WIN_ANSI_EXTRA].map((char) => char.codePointAt(0) ?? 0),
]);

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2043': '-',
  '\u0141': 'L', '\u0142': 'l', '\u0110': 'D', '\u0111': 'd', '\u0131': 'i', '\u0126': 'H', '\u0127': 'h',
  '\u2039': '<', '\u203A': '>',
};

/**
 * The text as the standard PDF fonts can draw it: typographic apostrophes and quotes made straight, every kind of
 * space made a plain space, accents WinAnsi lacks removed (ă → a), other unencodable characters dropped.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of String(text ?? '').normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (REPLACEMENTS[char] !== undefined) out += REPLACEMENTS[char];
    else if (/\s/u.test(char) || code === 0xa0) out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || /[\u00AD\u200B-\u200F\u2060\uFEFF]/u.test(char)) continue;
    else if (WIN_ANSI.has(code)) out += char;
    else {
      // Try without the accent: NFD and keep what the font has (combining marks never are).
      for (const part of char.normalize('NFD')) {
        const partCode = part.codePointAt(0) ?? 0;
        if (WIN_ANSI.has(partCode)) out += part;
      }
    }
  }
  return out;
}

/** One-line value: sanitised, whitespace collapsed, trimmed. */
function oneLine(text: string | null | undefined): string {
  return pdfSafe(text ?? '').replace(/ +/g, ' ').trim();
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2026-03-17" → "mardi 17 mars 2026" (the 1st: "1er"); anything else is shown as given. */
export function frenchLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  if (!match) return isoDate ?? '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  return `${WEEKDAYS[date.getUTCDay()]} ${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** "2011-05-20" → "20/05/2011". */
export function frenchShortDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (isoDate ?? '');
}

/** "14:30" → "14 h 30", "09:00" → "9 h 00". */
export function frenchTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time ?? '');
  return match ? `${Number(match[1])} h ${match[2]}` : (time ?? '');
}

/** 105 → "1 h 45", 137 → "2 h 17". */
function hoursMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

function extraTimeLabel(percentage: number): string {
  return percentage > 0 ? `+${Math.round(percentage)} %` : '';
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function sortedCandidates(data: SessionDocumentData): SessionDocumentData['candidates'] {
  return [...data.candidates].sort(
    (a, b) => collator.compare(oneLine(a.lastName), oneLine(b.lastName)) || collator.compare(oneLine(a.firstName), oneLine(b.firstName)),
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------------------------------

const MM = 72 / 25.4;
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 15 * MM;
const LEFT = MARGIN;
const RIGHT = PAGE_W - MARGIN;
const WIDTH = RIGHT - LEFT;
const TOP = PAGE_H - MARGIN - 22; // below the running header
const BOTTOM = MARGIN + 20; // above the footer

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const ACCENT = rgb(0.11, 0.25, 0.5);
const LINE = rgb(0.55, 0.57, 0.62);
const FILL = rgb(0.92, 0.94, 0.97);
const HEAD_FILL = rgb(0.84, 0.88, 0.94);
const WARN_FILL = rgb(1, 0.95, 0.85);
const WARN_LINE = rgb(0.8, 0.55, 0.1);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  mono: PDFFont;
}

interface TextOptions {
  font?: PDFFont;
  size?: number;
  color?: RGB;
  lineHeight?: number;
}

/** Wraps a (sanitised) text to a width; explicit "\n" starts a new line, over-long words are cut. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = pdfSafe(paragraph).split(' ').filter((word) => word !== '');
    let line = '';
    for (let word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      while (font.widthOfTextAtSize(word, size) > width && word.length > 1) {
        let cut = word.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > width) cut--;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
    }
    lines.push(line);
  }
  return lines;
}

/** The text on one line in a width: the size shrinks down to `minSize`, then the text is cut with "…". */
function fit(text: string, font: PDFFont, size: number, width: number, minSize = size * 0.75): { text: string; size: number } {
  const safe = oneLine(text);
  let current = size;
  while (current > minSize && font.widthOfTextAtSize(safe, current) > width) current -= 0.25;
  if (font.widthOfTextAtSize(safe, current) <= width) return { text: safe, size: current };
  let cut = safe.length;
  while (cut > 0 && font.widthOfTextAtSize(`${safe.slice(0, cut).trimEnd()}…`, current) > width) cut--;
  return { text: `${safe.slice(0, cut).trimEnd()}…`, size: current };
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'center';
  checkbox?: boolean;
}

/** Writes one document into a PDF, page after page, and stamps headers and footers on its pages at the end. */
class Writer {
  page!: PDFPage;
  y = TOP;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    readonly data: SessionDocumentData,
    readonly title: string,
  ) {}

  newPage(): void {
    this.page = this.pdf.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = TOP;
  }

  /** Starts a new page when less than `height` is left. */
  ensure(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  draw(text: string, x: number, y: number, options: TextOptions = {}): void {
    const safe = pdfSafe(text);
    if (safe === '') return;
    this.page.drawText(safe, { x, y, font: options.font ?? this.fonts.regular, size: options.size ?? 10, color: options.color ?? INK });
  }

  drawCentered(text: string, centerX: number, y: number, options: TextOptions = {}): void {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? 10;
    this.draw(text, centerX - font.widthOfTextAtSize(pdfSafe(text), size) / 2, y, options);
  }

  drawRight(text: string, right: number, y: number, options: TextOptions = {}): void {
    const font = options.font ?? this.fonts.regular;
    this.draw(text, right - font.widthOfTextAtSize(pdfSafe(text), options.size ?? 10), y, options);
  }

  box(x: number, top: number, width: number, height: number, options: { fill?: RGB; border?: RGB; borderWidth?: number; dashed?: boolean } = {}): void {
    this.page.drawRectangle({
      x, y: top - height, width, height,
      color: options.fill,
      borderColor: options.border ?? (options.fill ? undefined : LINE),
      borderWidth: options.border || !options.fill ? (options.borderWidth ?? 0.75) : 0,
      borderDashArray: options.dashed ? [4, 3] : undefined,
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, options: { color?: RGB; thickness?: number; dashed?: boolean } = {}): void {
    this.page.drawLine({
      start: { x: x1, y: y1 }, end: { x: x2, y: y2 },
      thickness: options.thickness ?? 0.75, color: options.color ?? LINE,
      dashArray: options.dashed ? [4, 3] : undefined, lineCap: options.dashed ? LineCapStyle.Butt : undefined,
    });
  }

  /** A wrapped paragraph at the cursor; moves the cursor below it (and to a new page when needed). */
  paragraph(text: string, options: TextOptions & { x?: number; width?: number; after?: number } = {}): void {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? 10;
    const lineHeight = options.lineHeight ?? size * 1.3;
    const x = options.x ?? LEFT;
    for (const line of wrap(text, font, size, options.width ?? RIGHT - x)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.draw(line, x, this.y + (lineHeight - size) / 2 + 1, { ...options, font, size });
    }
    this.y -= options.after ?? 0;
  }

  /** Height of a wrapped paragraph. */
  measure(text: string, width: number, options: TextOptions = {}): number {
    const size = options.size ?? 10;
    return wrap(text, options.font ?? this.fonts.regular, size, width).length * (options.lineHeight ?? size * 1.3);
  }

  /** A section heading: coloured bold text over a rule, kept with at least `keep` points of what follows. */
  heading(text: string, keep = 60, size = 12.5): void {
    this.ensure(size + 14 + keep);
    this.y -= size + 4;
    this.draw(text, LEFT, this.y, { font: this.fonts.bold, size, color: ACCENT });
    this.y -= 5;
    this.line(LEFT, this.y, RIGHT, this.y, { color: ACCENT, thickness: 1 });
    this.y -= 7;
  }

  /**
   * The document title and the session header block: session number, date, time, centre, site, room, invigilator(s)
   * and, when there is one, the session observation.
   */
  sessionHeader(title: string, subtitle?: string): void {
    const { data, fonts } = this;
    this.y -= 20;
    this.draw(title, LEFT, this.y, { font: fonts.bold, size: 18, color: ACCENT });
    this.drawRight(`Session n° ${data.sessionId}`, RIGHT, this.y, { font: fonts.bold, size: 16 });
    if (subtitle) {
      this.y -= 14;
      const fitted = fit(subtitle, fonts.italic, 9, WIDTH, 7.5);
      this.draw(fitted.text, LEFT, this.y, { font: fonts.italic, size: fitted.size, color: MUTED });
    }
    this.y -= 8;

    const half = WIDTH / 2;
    const rows: [string, string, string, string][] = [
      ['Date', frenchLongDate(data.date), 'Heure', frenchTime(data.time)],
      ['Centre', data.centreName, 'Salle', data.room],
      ['Site', data.address, 'Surveillant(s)', data.examiner],
    ];
    const observation = oneLine(data.description);
    const rowHeight = 14;
    // One line at most, so that the header has the same height on every page and 20 rows always fit.
    const observationLines = observation ? [fit(`Observations : ${observation}`, fonts.italic, 8.5, WIDTH - 16, 7.5).text] : [];
    const height = rows.length * rowHeight + observationLines.length * 11 + 10;
    this.box(LEFT, this.y, WIDTH, height, { fill: FILL, border: LINE, borderWidth: 0.5 });
    let rowY = this.y - 5;
    for (const [label1, value1, label2, value2] of rows) {
      rowY -= rowHeight;
      this.labelValue(label1, value1, LEFT + 8, rowY + 4, half - 16);
      this.labelValue(label2, value2, LEFT + half + 4, rowY + 4, half - 12);
    }
    for (const line of observationLines) {
      rowY -= 11;
      this.draw(line, LEFT + 8, rowY + 3, { font: fonts.italic, size: fit(line, fonts.italic, 8.5, WIDTH - 16, 7.5).size, color: MUTED });
    }
    this.y -= height + 10;
  }

  private labelValue(label: string, value: string, x: number, y: number, width: number): void {
    const labelText = `${label} : `;
    const labelWidth = this.fonts.bold.widthOfTextAtSize(pdfSafe(labelText), 9.5);
    this.draw(labelText, x, y, { font: this.fonts.bold, size: 9.5 });
    const fitted = fit(value, this.fonts.regular, 9.5, width - labelWidth, 7);
    this.draw(fitted.text, x + labelWidth, y, { size: fitted.size });
  }

  /** A table header row; returns the x of each column. */
  tableHeader(columns: Column[], height: number): number[] {
    const xs: number[] = [];
    let x = LEFT;
    for (const column of columns) {
      xs.push(x);
      this.page.drawRectangle({ x, y: this.y - height, width: column.width, height, color: HEAD_FILL, borderColor: LINE, borderWidth: 0.6 });
      const lines = wrap(column.header, this.fonts.bold, 8, column.width - 4);
      const blockTop = this.y - (height - lines.length * 9.5) / 2;
      lines.forEach((line, index) => {
        const lineY = blockTop - (index + 1) * 9.5 + 2.5;
        if (column.align === 'left') this.draw(line, x + 4, lineY, { font: this.fonts.bold, size: 8 });
        else this.drawCentered(line, x + column.width / 2, lineY, { font: this.fonts.bold, size: 8 });
      });
      x += column.width;
    }
    this.y -= height;
    return xs;
  }

  /** A table row of one-line cells (shrunk or cut to fit); checkbox columns get an empty square. */
  tableRow(columns: Column[], xs: number[], cells: string[], height: number, options: { fill?: RGB } = {}): void {
    columns.forEach((column, index) => {
      const x = xs[index];
      this.page.drawRectangle({ x, y: this.y - height, width: column.width, height, color: options.fill, borderColor: LINE, borderWidth: 0.6 });
      if (column.checkbox) {
        const side = 9;
        this.page.drawRectangle({ x: x + (column.width - side) / 2, y: this.y - (height + side) / 2, width: side, height: side, borderColor: INK, borderWidth: 0.8 });
        return;
      }
      const text = oneLine(cells[index]);
      if (!text) return;
      const width = column.width - 7;
      let lines: string[];
      let size: number;
      const single = fit(text, this.fonts.regular, 9, width, 7.5);
      if (!single.text.endsWith('…') || single.text === text || height < 20) {
        lines = [single.text];
        size = single.size;
      } else {
        // Too long for one line: two lines in a smaller size, the second one cut if needed.
        size = 7.5;
        const wrapped = wrap(text, this.fonts.regular, size, width);
        lines = wrapped.length <= 2 ? wrapped : [wrapped[0], fit(wrapped.slice(1).join(' '), this.fonts.regular, size, width, size).text];
      }
      const lineHeight = size * 1.15;
      const firstY = this.y - height / 2 + ((lines.length - 1) * lineHeight) / 2 - size * 0.35;
      lines.forEach((line, lineIndex) => {
        const textY = firstY - lineIndex * lineHeight;
        if (column.align === 'center') this.drawCentered(line, x + column.width / 2, textY, { size });
        else this.draw(line, x + 3.5, textY, { size });
      });
    });
    this.y -= height;
  }

  /** Running header and footer ("Page n / N") on every page of this document. */
  stamp(): void {
    const { fonts, data } = this;
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      this.page = page;
      const headY = PAGE_H - MARGIN - 8;
      this.draw('OpenCRCN', LEFT, headY, { font: fonts.bold, size: 9, color: ACCENT });
      this.draw('Certification des compétences numériques', LEFT + 52, headY, { size: 8, color: MUTED });
      this.drawRight(`${this.title} · Session n° ${data.sessionId}`, RIGHT, headY, { font: fonts.bold, size: 8.5 });
      this.line(LEFT, headY - 5, RIGHT, headY - 5, { color: ACCENT, thickness: 0.8 });
      const footY = MARGIN;
      this.line(LEFT, footY + 10, RIGHT, footY + 10, { thickness: 0.5 });
      this.draw(`Session n° ${data.sessionId} · ${frenchLongDate(data.date)} · ${this.title}`, LEFT, footY, { size: 8, color: MUTED });
      this.drawRight(`Page ${index + 1} / ${total}`, RIGHT, footY, { font: fonts.bold, size: 8.5 });
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------------------------------

const ATTENDANCE_TITLE = "Feuille d'émargement";
const INCIDENT_TITLE = "Procès-verbal d'incidents";
const KIT_TITLE = 'Kit surveillant';

function writeAttendanceSheet(pdf: PDFDocument, fonts: Fonts, data: SessionDocumentData): void {
  const w = new Writer(pdf, fonts, data, ATTENDANCE_TITLE);
  const candidates = sortedCandidates(data);
  const columns: Column[] = [
    { header: 'N°', width: 22, align: 'center' },
    { header: 'Nom', width: 96, align: 'left' },
    { header: 'Prénom', width: 80, align: 'left' },
    { header: 'Date de naissance', width: 58, align: 'center' },
    { header: 'Classe', width: 42, align: 'center' },
    { header: 'Temps majoré', width: 42, align: 'center' },
    { header: 'Écran de fin vu', width: 42, checkbox: true },
  ];
  columns.push({ header: 'Signature', width: WIDTH - columns.reduce((sum, column) => sum + column.width, 0), align: 'center' });
  const rowHeight = 24;
  const pageCount = Math.max(1, Math.ceil(candidates.length / CANDIDATES_PER_PAGE));
  for (let pageIndex = 0; pageIndex < pageCount; pageIndex++) {
    w.newPage();
    w.sessionHeader(ATTENDANCE_TITLE, "Vérifier l'identité de chaque candidat avant sa signature ; cocher « Écran de fin vu » une fois son écran de fin de test constaté.");
    const xs = w.tableHeader(columns, 26);
    const slice = candidates.slice(pageIndex * CANDIDATES_PER_PAGE, (pageIndex + 1) * CANDIDATES_PER_PAGE);
    if (slice.length === 0) {
      w.page.drawRectangle({ x: LEFT, y: w.y - rowHeight, width: WIDTH, height: rowHeight, borderColor: LINE, borderWidth: 0.6 });
      w.drawCentered('Aucun candidat inscrit à cette session.', LEFT + WIDTH / 2, w.y - rowHeight / 2 - 3, { font: fonts.italic, size: 9, color: MUTED });
      w.space(rowHeight);
    }
    slice.forEach((candidate, index) => {
      const line = pageIndex * CANDIDATES_PER_PAGE + index + 1;
      w.tableRow(columns, xs, [
        String(line), candidate.lastName, candidate.firstName, frenchShortDate(candidate.birthdate),
        candidate.division ?? '', extraTimeLabel(candidate.extraTimePercentage), '', '',
      ], rowHeight, { fill: index % 2 === 1 ? rgb(0.97, 0.975, 0.985) : undefined });
    });
  }

  // Closing box, on the last page: counts and the invigilators' signature.
  const boxHeight = 78;
  w.space(10);
  w.ensure(boxHeight);
  w.box(LEFT, w.y, WIDTH, boxHeight, { border: INK, borderWidth: 0.8 });
  const colX = LEFT + WIDTH * 0.45;
  let y = w.y - 16;
  w.draw(`Nombre de candidats inscrits : ${candidates.length}`, LEFT + 8, y, { font: fonts.bold, size: 9.5 });
  w.draw('Signature du ou des surveillants :', colX, y, { font: fonts.bold, size: 9.5 });
  y -= 20;
  w.draw('Nombre de candidats présents :', LEFT + 8, y, { font: fonts.bold, size: 9.5 });
  w.line(LEFT + 160, y - 2, colX - 16, y - 2, { dashed: true });
  y -= 20;
  w.draw("Nombre d'absents :", LEFT + 8, y, { font: fonts.bold, size: 9.5 });
  w.line(LEFT + 160, y - 2, colX - 16, y - 2, { dashed: true });
  w.line(colX - 8, w.y - 8, colX - 8, w.y - boxHeight + 8, { thickness: 0.5 });
  w.space(boxHeight);
  w.stamp();
}

/** Issue report categories, with the codes used on the incident report. */
export const ISSUE_CATEGORIES: { code: string; group: string; label: string; questionNumber?: boolean }[] = [
  { code: 'C1', group: 'Modification des informations du candidat', label: 'Nom, prénom ou date de naissance erronés' },
  { code: 'C2', group: 'Modification des informations du candidat', label: 'Temps majoré erroné ou manquant' },
  { code: 'E1', group: 'Problème sur une question', label: "L'image ne s'affiche pas", questionNumber: true },
  { code: 'E2', group: 'Problème sur une question', label: "L'application ou le simulateur intégré ne fonctionne pas", questionNumber: true },
  { code: 'E3', group: 'Problème sur une question', label: "Le fichier à télécharger ne s'ouvre pas", questionNumber: true },
  { code: 'E4', group: 'Problème sur une question', label: 'Le site à consulter est indisponible ou bloqué', questionNumber: true },
  { code: 'E5', group: 'Problème sur une question', label: 'Le logiciel nécessaire ne fonctionne pas', questionNumber: true },
  { code: 'E6', group: 'Problème sur une question', label: 'Question chronométrée : temps dépassé malgré le temps majoré', questionNumber: true },
  { code: 'E7', group: 'Problème sur une question', label: 'Sortie involontaire de la question (perte du focus)', questionNumber: true },
  { code: 'E8', group: 'Problème sur une question', label: 'Question passée après un message « Oups, une erreur est survenue »', questionNumber: true },
  { code: 'E9', group: 'Problème sur une question', label: "Problème d'accessibilité de la question", questionNumber: true },
  { code: 'F1', group: 'Fraude', label: 'Fraude ou suspicion de fraude (joindre le procès-verbal de fraude)' },
  { code: 'A1', group: 'Autre incident non bloquant', label: 'Incident lié au candidat (retard, malaise, sortie de salle…)' },
  { code: 'A2', group: 'Autre incident non bloquant', label: 'Incident technique (coupure réseau, poste remplacé…)' },
];

function writeIncidentReport(pdf: PDFDocument, fonts: Fonts, data: SessionDocumentData): void {
  const w = new Writer(pdf, fonts, data, INCIDENT_TITLE);
  w.newPage();
  w.sessionHeader(INCIDENT_TITLE, 'À remplir pendant la session, puis à reporter lors de la finalisation de la session dans l\'espace du centre.');

  // Legend of the categories, in two columns of groups.
  w.heading('Catégories de signalement', 150, 11.5);
  const groups = [...new Set(ISSUE_CATEGORIES.map((category) => category.group))];
  const columnWidth = (WIDTH - 12) / 2;
  const columnsOfGroups = [[groups[0], groups[2], groups[3]], [groups[1]]];
  const top = w.y;
  let lowest = top;
  columnsOfGroups.forEach((columnGroups, columnIndex) => {
    const x = LEFT + columnIndex * (columnWidth + 12);
    let y = top;
    for (const group of columnGroups) {
      y -= 11;
      const note = group === 'Problème sur une question' ? ' (indiquer le n° de question)' : '';
      w.draw(group, x, y, { font: fonts.bold, size: 8.5 });
      if (note) w.draw(note, x + fonts.bold.widthOfTextAtSize(pdfSafe(group), 8.5), y, { font: fonts.italic, size: 8, color: MUTED });
      y -= 2;
      for (const category of ISSUE_CATEGORIES.filter((item) => item.group === group)) {
        const lines = wrap(category.label, fonts.regular, 8.5, columnWidth - 24);
        lines.forEach((line, index) => {
          y -= 10.5;
          if (index === 0) w.draw(category.code, x + 2, y, { font: fonts.bold, size: 8.5, color: ACCENT });
          w.draw(line, x + 22, y, { size: 8.5 });
        });
      }
      y -= 5;
    }
    lowest = Math.min(lowest, y);
  });
  w.y = lowest - 4;

  // The table to fill.
  w.heading('Signalements', 120, 11.5);
  w.paragraph("N° de ligne : le numéro du candidat sur la feuille d'émargement. Une ligne par signalement.", { font: fonts.italic, size: 8.5, color: MUTED, after: 3 });
  const columns: Column[] = [
    { header: 'N° de ligne', width: 40, align: 'center' },
    { header: 'Nom du candidat', width: 125, align: 'left' },
    { header: 'Catégorie (code)', width: 52, align: 'center' },
    { header: 'N° de question', width: 48, align: 'center' },
  ];
  columns.push({ header: 'Description', width: WIDTH - columns.reduce((sum, column) => sum + column.width, 0), align: 'left' });
  const rowHeight = 26;
  let xs = w.tableHeader(columns, 24);
  const rows = Math.max(8, Math.floor((w.y - BOTTOM) / rowHeight));
  for (let index = 0; index < rows; index++) {
    if (w.y - rowHeight < BOTTOM) {
      w.newPage();
      xs = w.tableHeader(columns, 24);
    }
    w.tableRow(columns, xs, [], rowHeight);
  }

  // Second page: comment, abort reasons, signatures.
  w.newPage();
  w.heading('Commentaire sur la session (500 caractères maximum)', 140, 11.5);
  w.paragraph(
    "Réservé aux faits importants qui ne relèvent d'aucune catégorie : une session comportant un commentaire est examinée par un jury avant la publication des résultats.",
    { font: fonts.italic, size: 8.5, color: MUTED, after: 4 },
  );
  const commentHeight = 120;
  w.box(LEFT, w.y, WIDTH, commentHeight);
  for (let lineY = w.y - 24; lineY > w.y - commentHeight + 6; lineY -= 22) w.line(LEFT + 8, lineY, RIGHT - 8, lineY, { dashed: true, color: rgb(0.75, 0.76, 0.8) });
  w.space(commentHeight + 8);

  w.heading('Tests non terminés : raison de l\'abandon', 110, 11.5);
  w.paragraph('Lors de la finalisation, une raison doit être indiquée pour chaque test non terminé :', { size: 9.5, after: 3 });
  const reasons: [string, string][] = [
    ['Abandon du candidat', "le candidat a quitté l'épreuve (départ, malaise, refus de poursuivre…) : les questions sans réponse sont comptées fausses."],
    ['Problème technique', "le test n'a pas pu aller à son terme pour une raison technique : les questions sans réponse sont neutralisées."],
  ];
  for (const [label, text] of reasons) {
    w.ensure(30);
    const labelWidth = fonts.bold.widthOfTextAtSize(`${label} : `, 9.5);
    const lines = wrap(text, fonts.regular, 9.5, WIDTH - 14 - labelWidth);
    w.y -= 12.5;
    w.draw('•', LEFT + 2, w.y, { font: fonts.bold, size: 9.5, color: ACCENT });
    w.draw(`${label} : `, LEFT + 12, w.y, { font: fonts.bold, size: 9.5 });
    lines.forEach((line, index) => {
      if (index > 0) w.y -= 12.5;
      w.draw(line, LEFT + 12 + labelWidth, w.y, { size: 9.5 });
    });
    w.y -= 3;
  }
  w.paragraph(
    "Pensez aussi à cocher « Écran de fin vu » pour chaque candidat dont l'écran de fin de test a été constaté.",
    { size: 9.5, after: 6 },
  );

  signatureBlock(w, ['Le ou les surveillants (nom et signature)', "Le chef d'établissement ou le référent de certification"]);
  w.stamp();
}

/** Signature boxes side by side, with "Fait à … le …" above. */
function signatureBlock(w: Writer, labels: string[], height = 80): void {
  w.heading('Signatures', height + 40, 11.5);
  w.y -= 12;
  w.draw('Fait à', LEFT, w.y, { size: 9.5 });
  w.line(LEFT + 32, w.y - 2, LEFT + 230, w.y - 2, { dashed: true });
  w.draw('le', LEFT + 240, w.y, { size: 9.5 });
  w.line(LEFT + 254, w.y - 2, LEFT + 380, w.y - 2, { dashed: true });
  w.y -= 10;
  const gap = 10;
  const width = (WIDTH - gap * (labels.length - 1)) / labels.length;
  labels.forEach((label, index) => {
    const x = LEFT + index * (width + gap);
    w.box(x, w.y, width, height);
    const fitted = fit(label, w.fonts.bold, 8.5, width - 12, 7);
    w.draw(fitted.text, x + 6, w.y - 12, { font: w.fonts.bold, size: fitted.size });
  });
  w.y -= height + 6;
}

function writeInvigilatorKit(pdf: PDFDocument, fonts: Fonts, data: SessionDocumentData): void {
  const w = new Writer(pdf, fonts, data, KIT_TITLE);
  w.newPage();
  w.sessionHeader(KIT_TITLE, 'Document confidentiel, réservé au surveillant : ne pas afficher ni laisser à la vue des candidats.');

  // The three codes, large.
  const gap = 10;
  const boxWidth = (WIDTH - 2 * gap) / 3;
  const boxHeight = 84;
  const codes: [string, string, string][] = [
    ['Numéro de session', String(data.sessionId), 'À donner aux candidats pour rejoindre la session'],
    ['Mot de passe surveillant', data.invigilatorPassword, "Pour l'espace surveillant : ne pas le communiquer"],
    ["Code d'accès", data.accessCode, "À donner uniquement au début de l'épreuve"],
  ];
  codes.forEach(([label, value, hint], index) => {
    const x = LEFT + index * (boxWidth + gap);
    const highlighted = index === 2;
    w.box(x, w.y, boxWidth, boxHeight, { fill: highlighted ? WARN_FILL : FILL, border: highlighted ? WARN_LINE : ACCENT, borderWidth: 1.2 });
    w.drawCentered(label, x + boxWidth / 2, w.y - 16, { font: fonts.bold, size: 10, color: highlighted ? rgb(0.5, 0.3, 0) : ACCENT });
    const fitted = fit(value, fonts.mono, 28, boxWidth - 16, 12);
    w.drawCentered(fitted.text, x + boxWidth / 2, w.y - 50, { font: fonts.mono, size: fitted.size });
    const hintLines = wrap(hint, fonts.italic, 7.5, boxWidth - 12);
    hintLines.forEach((line, lineIndex) => w.drawCentered(line, x + boxWidth / 2, w.y - 66 - lineIndex * 9, { font: fonts.italic, size: 7.5, color: MUTED }));
  });
  w.space(boxHeight + 10);

  // Duration.
  const extraTimes = [...new Set(data.candidates.map((candidate) => Math.round(candidate.extraTimePercentage)).filter((value) => value > 0))].sort((a, b) => a - b);
  const durationLines = [
    `Durée de l'épreuve : ${hoursMinutes(TEST_DURATION_MINUTES)} (${TEST_DURATION_MINUTES} min), plus le temps majoré éventuel du candidat.`,
    ...extraTimes.map((percentage) => {
      const minutes = Math.round((TEST_DURATION_MINUTES * (100 + percentage)) / 100);
      const count = data.candidates.filter((candidate) => Math.round(candidate.extraTimePercentage) === percentage).length;
      return `Temps majoré +${percentage} % : ${hoursMinutes(minutes)} environ (${minutes} min) - ${count} candidat${count > 1 ? 's' : ''}`;
    }),
  ];
  const durationHeight = 10 + 13 * durationLines.length;
  w.box(LEFT, w.y, WIDTH, durationHeight, { fill: FILL, border: LINE, borderWidth: 0.5 });
  durationLines.forEach((line, index) => {
    w.draw(line, LEFT + 10, w.y - 15 - index * 13, { font: index === 0 ? fonts.bold : fonts.regular, size: index === 0 ? 10 : 9 });
  });
  w.space(durationHeight + 6);

  // SOS campaign for pupils who cannot be certified.
  const sos = oneLine(data.sosCampaignCode);
  if (sos) {
    const sosHeight = 34;
    w.box(LEFT, w.y, WIDTH, sosHeight, { fill: WARN_FILL, border: WARN_LINE, borderWidth: 1 });
    const text = 'Élève non certifiable ? Code de la campagne SOS : ';
    const textWidth = fonts.bold.widthOfTextAtSize(pdfSafe(text), 10.5);
    w.draw(text, LEFT + 10, w.y - 15, { font: fonts.bold, size: 10.5 });
    w.draw(sos, LEFT + 10 + textWidth, w.y - 15.5, { font: fonts.mono, size: 13 });
    w.draw("L'élève rejoint cette campagne de positionnement depuis son compte OpenCRCN au lieu de passer la certification.", LEFT + 10, w.y - 27, { font: fonts.italic, size: 8, color: MUTED });
    w.space(sosHeight + 6);
  }

  // The sequence of the session.
  w.heading('Déroulement de la session', 80);
  const phases: [string, string[]][] = [
    ['Avant l\'épreuve', [
      "Accueillir les candidats et vérifier l'identité de chacun (pièce d'identité ou carte scolaire) à l'aide de la feuille d'émargement, puis le faire signer.",
      `Se connecter à l'espace surveillant d'OpenCRCN avec le numéro de session (${data.sessionId}) et le mot de passe surveillant.`,
      'Lire les instructions aux candidats et leur faire rejoindre la session : numéro de session, prénom, nom et date de naissance.',
      "Confirmer dans l'espace surveillant la présence de chaque candidat réellement présent dans la salle : c'est ce qui l'autorise à commencer.",
      "Donner le code d'accès (par exemple en l'écrivant au tableau) seulement lorsque tous les candidats sont prêts : l'épreuve commence alors.",
    ]],
    ['Pendant l\'épreuve', [
      "Suivre le tableau en temps réel de l'espace surveillant : statut et progression de chaque candidat.",
      "Après toute déconnexion, le candidat a besoin de votre autorisation pour reprendre : ne l'accorder que s'il n'a pas quitté la salle.",
      "Noter chaque incident sur le procès-verbal d'incidents (n° de ligne, catégorie, n° de question) ; en cas de fraude, remplir le procès-verbal de fraude.",
      `Mettre fin au test d'un candidat lorsque son temps est écoulé : ${hoursMinutes(TEST_DURATION_MINUTES)}, plus son temps majoré.`,
    ]],
    ['Après l\'épreuve', [
      "Constater l'écran de fin de test de chaque candidat et cocher « Écran de fin vu » sur la feuille d'émargement.",
      'Reporter les incidents et, pour chaque test non terminé, la raison de l\'abandon : abandon du candidat ou problème technique.',
      "Finaliser la session dans l'espace du centre de certification (écrans de fin vus, signalements, commentaire), sans attendre : au-delà de 24 h, un test ne peut plus être repris. Conserver la feuille d'émargement et les procès-verbaux.",
    ]],
  ];
  let step = 0;
  for (const [phase, steps] of phases) {
    w.ensure(50);
    w.y -= 13;
    w.draw(phase, LEFT, w.y, { font: fonts.bold, size: 10.5, color: INK });
    w.y -= 3;
    for (const text of steps) {
      step++;
      const lines = wrap(text, fonts.regular, 9.5, WIDTH - 26);
      w.ensure(lines.length * 12.5 + 2);
      const circleY = w.y - 12.5 + 3.2;
      w.page.drawCircle({ x: LEFT + 8, y: circleY, size: 7, color: ACCENT });
      w.drawCentered(String(step), LEFT + 8, circleY - 3, { font: fonts.bold, size: 8, color: rgb(1, 1, 1) });
      lines.forEach((line) => {
        w.y -= 12.5;
        w.draw(line, LEFT + 22, w.y, { size: 9.5 });
      });
      w.y -= 4;
    }
  }

  // Instructions to read aloud.
  w.newPage();
  w.heading('Instructions à lire aux candidats', 200);
  const instructions = [
    `Bonjour. Vous allez passer la certification de vos compétences numériques sur OpenCRCN. L'épreuve dure ${hoursMinutes(TEST_DURATION_MINUTES)}, plus le temps majoré dont certains d'entre vous bénéficient.`,
    'Éteignez vos téléphones portables et rangez-les avec vos affaires personnelles.',
    "Pendant l'épreuve, n'ouvrez aucun autre onglet, aucune autre fenêtre ni aucune autre application, sauf si une question vous le demande.",
    "Vous travaillez seuls : aucune aide, aucune communication entre candidats n'est permise. Toute fraude fait l'objet d'un procès-verbal.",
    `Pour rejoindre la session, connectez-vous à votre compte OpenCRCN, puis saisissez le numéro de session ${data.sessionId}, votre prénom, votre nom et votre date de naissance.`,
    "Attendez ensuite que je confirme votre présence, puis que je vous donne le code d'accès : ne commencez pas avant.",
    "Répondez aux questions. En cas de problème ou de déconnexion, levez la main sans quitter votre place : je vous autoriserai à reprendre.",
    "Lorsque l'écran de fin de test s'affiche, levez la main et attendez que je vienne le constater avant de quitter votre poste.",
  ];
  const instructionsHeight = instructions.reduce((sum, text) => sum + w.measure(text, WIDTH - 36, { size: 10.5, lineHeight: 14 }) + 5, 0) + 14;
  w.box(LEFT, w.y, WIDTH, instructionsHeight, { fill: FILL, border: ACCENT, borderWidth: 0.8 });
  w.page.drawRectangle({ x: LEFT, y: w.y - instructionsHeight, width: 4, height: instructionsHeight, color: ACCENT });
  w.y -= 7;
  instructions.forEach((text, index) => {
    if (index > 0) w.draw('–', LEFT + 14, w.y - 14 + 3.5, { font: fonts.bold, size: 10.5, color: ACCENT });
    w.paragraph(text, { x: LEFT + 24, width: WIDTH - 36, size: 10.5, lineHeight: 14, font: index === 0 ? fonts.italic : fonts.regular, after: 5 });
  });
  w.y -= 14;

  // Pupil notices, to cut out.
  w.heading('Notice élève (à découper et à remettre à chaque candidat)', 200);
  const noticeHeight = sos ? 150 : 138;
  const notices = Math.max(1, Math.min(3, Math.floor((w.y - BOTTOM) / (noticeHeight + 14))));
  for (let index = 0; index < notices; index++) {
    w.ensure(noticeHeight + 14);
    w.space(6);
    pupilNotice(w, data, sos, noticeHeight);
    w.space(8);
  }

  // Fraud report template.
  w.newPage();
  w.sessionHeader('Procès-verbal de fraude', 'À remplir pour chaque suspicion de fraude et à joindre au procès-verbal d\'incidents (catégorie F1).');
  const field = (label: string, width = WIDTH): void => {
    w.ensure(24);
    w.y -= 20;
    w.draw(label, LEFT, w.y, { font: fonts.bold, size: 9.5 });
    const labelWidth = fonts.bold.widthOfTextAtSize(pdfSafe(label), 9.5);
    w.line(LEFT + labelWidth + 6, w.y - 2, LEFT + width, w.y - 2, { dashed: true });
  };
  w.heading('Candidat', 60, 11);
  field('Nom et prénom :');
  field('Date de naissance :', WIDTH / 2 - 10);
  w.draw("N° de ligne sur la feuille d'émargement :", LEFT + WIDTH / 2, w.y, { font: fonts.bold, size: 9.5 });
  w.line(LEFT + WIDTH / 2 + 196, w.y - 2, RIGHT, w.y - 2, { dashed: true });
  field('Date des faits :', WIDTH / 2 - 10);
  w.draw('Heure des faits :', LEFT + WIDTH / 2, w.y, { font: fonts.bold, size: 9.5 });
  w.line(LEFT + WIDTH / 2 + 84, w.y - 2, RIGHT, w.y - 2, { dashed: true });
  w.space(14);
  const area = (title: string, hint: string, height: number): void => {
    w.heading(title, height + 10, 11);
    w.paragraph(hint, { font: fonts.italic, size: 8.5, color: MUTED, after: 3 });
    w.box(LEFT, w.y, WIDTH, height);
    for (let lineY = w.y - 22; lineY > w.y - height + 6; lineY -= 20) w.line(LEFT + 8, lineY, RIGHT - 8, lineY, { dashed: true, color: rgb(0.75, 0.76, 0.8) });
    w.space(height + 4);
  };
  area('Description des faits', 'Faits constatés, de façon précise et objective (moyens utilisés, témoins, n° de question le cas échéant).', 120);
  w.heading('Mesures prises', 70, 11);
  for (const measure of [
    "Le candidat a été autorisé à terminer l'épreuve.",
    "Il a été mis fin au test du candidat dans l'espace surveillant.",
    'Le matériel ou les documents non autorisés ont été retirés.',
    'Autre (préciser) :',
  ]) {
    w.ensure(16);
    w.y -= 15;
    w.page.drawRectangle({ x: LEFT + 2, y: w.y - 1, width: 9, height: 9, borderColor: INK, borderWidth: 0.8 });
    w.draw(measure, LEFT + 18, w.y, { size: 9.5 });
    if (measure.startsWith('Autre')) w.line(LEFT + 100, w.y - 2, RIGHT, w.y - 2, { dashed: true });
  }
  w.space(6);
  area('Observations du candidat', 'Le candidat peut consigner ses observations ; il peut refuser de signer, ce qui est alors mentionné.', 60);
  signatureBlock(w, ['Le ou les surveillants', 'Le candidat', "Le chef d'établissement"], 64);
  w.stamp();
}

/** The cut-out notice a pupil keeps: what the test is and how to join the session. */
function pupilNotice(w: Writer, data: SessionDocumentData, sos: string, height: number): void {
  const { fonts } = w;
  const top = w.y;
  w.draw('- - - découper ici - - -', RIGHT - 90, top + 3, { font: fonts.italic, size: 7, color: MUTED });
  w.box(LEFT, top, WIDTH, height, { border: INK, borderWidth: 0.9, dashed: true });
  const x = LEFT + 12;
  const innerWidth = WIDTH - 24;
  w.y = top - 18;
  w.draw('Notice élève · Certification OpenCRCN', x, w.y, { font: fonts.bold, size: 11.5, color: ACCENT });
  w.drawRight(`Session n° ${data.sessionId}`, RIGHT - 12, w.y, { font: fonts.mono, size: 12 });
  w.y -= 4;
  w.paragraph(
    `La certification évalue vos compétences numériques du cadre de référence (CRCN) à partir de votre profil sur OpenCRCN : 3 questions par compétence certifiable. Durée : ${hoursMinutes(TEST_DURATION_MINUTES)}, plus votre temps majoré éventuel. Vous travaillez seul, sans téléphone ni autre onglet.`,
    { x, width: innerWidth, size: 9, lineHeight: 11.5, after: 3 },
  );
  const steps = [
    'Connectez-vous à votre compte OpenCRCN et choisissez de rejoindre une session de certification.',
    `Saisissez le numéro de session ${data.sessionId}, puis votre prénom, votre nom et votre date de naissance, tels qu'inscrits par l'établissement.`,
    "Attendez que le surveillant confirme votre présence, puis saisissez le code d'accès qu'il donne au début de l'épreuve.",
    "Répondez aux questions. À l'écran de fin de test, levez la main et attendez le surveillant avant de quitter votre poste.",
  ];
  steps.forEach((text, index) => {
    const before = w.y;
    w.paragraph(text, { x: x + 14, width: innerWidth - 14, size: 9, lineHeight: 11.5 });
    w.draw(`${index + 1}.`, x + 2, before - 11.5 + 2.25, { font: fonts.bold, size: 9, color: ACCENT });
  });
  if (sos) {
    w.y -= 13;
    w.draw(`Élève non certifiable ? Code de la campagne SOS : ${sos}`, x, w.y, { font: fonts.bold, size: 9 });
  }
  w.y = top - height;
}

// ---------------------------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------------------------

type Section = (pdf: PDFDocument, fonts: Fonts, data: SessionDocumentData) => void;

async function render(data: SessionDocumentData, title: string, sections: Section[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
    mono: await pdf.embedFont(StandardFonts.CourierBold),
  };
  const documentTitle = pdfSafe(`${title} - Session n° ${data.sessionId}`);
  pdf.setTitle(documentTitle);
  pdf.setAuthor('OpenCRCN');
  pdf.setCreator('OpenCRCN');
  pdf.setProducer('OpenCRCN');
  pdf.setSubject(pdfSafe(`Certification - ${oneLine(data.centreName)} - ${frenchLongDate(data.date)}`));
  pdf.setLanguage('fr-FR');
  for (const section of sections) section(pdf, fonts, data);
  return pdf.save();
}

/** "Feuille d'émargement": 20 candidates a page, sorted by last name then first name. */
export function attendanceSheet(data: SessionDocumentData): Promise<Uint8Array> {
  return render(data, ATTENDANCE_TITLE, [writeAttendanceSheet]);
}

/** "Procès-verbal d'incidents": the blank form, with the issue categories and the abort reasons. */
export function incidentReport(data: SessionDocumentData): Promise<Uint8Array> {
  return render(data, INCIDENT_TITLE, [writeIncidentReport]);
}

/** "Kit surveillant": codes, sequence of the session, instructions, pupil notices, fraud report template. */
export function invigilatorKit(data: SessionDocumentData): Promise<Uint8Array> {
  return render(data, KIT_TITLE, [writeInvigilatorKit]);
}

/** The kit, the attendance sheet and the incident report in one PDF (each numbered on its own). */
export function invigilatorPack(data: SessionDocumentData): Promise<Uint8Array> {
  return render(data, 'Dossier de session', [writeInvigilatorKit, writeAttendanceSheet, writeIncidentReport]);
}
