// The certificate's attestation (PDF, A4): who, score, levels per competence, centre, date, verification code.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Referential } from '../../referential/load-content.js';
import { frenchShortDate, pdfSafe } from './session-documents.js';

export interface AttestationData {
  firstName: string;
  lastName: string;
  birthdate: string;
  pixScore: number;
  deliveredAt: Date;
  validUntil: Date;
  certificationCenterName: string;
  verificationCode: string;
  levels: { competenceCode: string; level: number }[];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const INK = rgb(0.1, 0.12, 0.2);
const BLUE = rgb(0.15, 0.3, 0.65);

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function drawPage(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, ref: Referential, data: AttestationData) {
  const { regular, bold } = fonts;
  const text = (t: string, x: number, y: number, size = 10, font = regular, color = INK) => page.drawText(pdfSafe(t), { x, y, size, font, color });
  let y = A4[1] - MARGIN - 10;
  text('OpenCRCN', MARGIN, y, 12, bold, BLUE);
  text('Certification des compétences numériques (CRCN)', MARGIN + 80, y, 10);
  y -= 50;
  text('Attestation de certification', MARGIN, y, 22, bold);
  y -= 40;
  text(`${data.firstName} ${data.lastName.toUpperCase()}`, MARGIN, y, 16, bold);
  y -= 18;
  text(`né(e) le ${frenchShortDate(data.birthdate)}`, MARGIN, y, 11);
  y -= 36;
  page.drawRectangle({ x: MARGIN, y: y - 14, width: 200, height: 44, borderColor: BLUE, borderWidth: 1.5 });
  text(`${data.pixScore} pix`, MARGIN + 14, y, 24, bold, BLUE);
  text(`Délivrée le ${frenchShortDate(isoDate(data.deliveredAt))}`, MARGIN + 230, y + 16, 10);
  text(`par ${data.certificationCenterName}`, MARGIN + 230, y + 2, 10);
  text(`Valable jusqu’au ${frenchShortDate(isoDate(data.validUntil))}`, MARGIN + 230, y - 12, 10);
  y -= 50;
  text('Niveaux certifiés par compétence', MARGIN, y, 12, bold);
  y -= 8;
  const levels = new Map(data.levels.map((l) => [l.competenceCode, l.level]));
  for (const area of ref.areas) {
    y -= 18;
    text(`${area.code}. ${area.title}`, MARGIN, y, 10, bold, BLUE);
    for (const c of area.competences) {
      y -= 15;
      text(`${c.code} ${c.name}`, MARGIN + 10, y, 9);
      const level = levels.get(c.code) ?? 0;
      text(level > 0 ? `niveau ${level}` : 'non certifiée', A4[0] - MARGIN - 70, y, 9, level > 0 ? bold : regular);
    }
  }
  y -= 40;
  page.drawRectangle({ x: MARGIN, y: y - 10, width: A4[0] - 2 * MARGIN, height: 36, color: rgb(0.94, 0.95, 0.98) });
  text(`Code de vérification : ${data.verificationCode}`, MARGIN + 10, y + 8, 12, bold);
  text('Un tiers (établissement, employeur) vérifie cette attestation avec ce code sur la page publique de vérification.', MARGIN + 10, y - 4, 8);
}

export async function attestationsPdf(ref: Referential, attestations: AttestationData[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(pdfSafe(attestations.length === 1 ? `Attestation ${attestations[0].firstName} ${attestations[0].lastName}` : 'Attestations de certification'));
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  for (const data of attestations) drawPage(doc.addPage(A4), fonts, ref, data);
  if (!attestations.length) doc.addPage(A4).drawText(pdfSafe('Aucune attestation publiée pour cette classe.'), { x: MARGIN, y: A4[1] - 100, size: 12, font: fonts.regular });
  return doc.save();
}
