// GET /certification-sessions/:id/:document.pdf?token=… — the session's documents, generated on demand.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { readLink, signLink } from '../../http/signed-link.js';
import type { Platform } from '../../graphql/context.js';
import { Access } from '../../graphql/access.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { CertificationCenter } from './certification-center.entity.js';
import { CertificationCandidate, CertificationSession } from './certification-session.entity.js';
import { attendanceSheet, incidentReport, invigilatorKit, invigilatorPack, type SessionDocumentData } from './documents/session-documents.js';

export const SESSION_DOCUMENTS = {
  'attendance-sheet': { build: attendanceSheet, name: 'feuille-emargement' },
  'incident-report': { build: incidentReport, name: 'pv-incidents' },
  'invigilator-kit': { build: invigilatorKit, name: 'kit-surveillant' },
  'invigilator-pack': { build: invigilatorPack, name: 'dossier-surveillant' },
} as const;
export type SessionDocument = keyof typeof SESSION_DOCUMENTS;

const AUDIENCE = 'session-document';

export async function sessionDocumentUrl(platform: Platform, sessionId: number, document: SessionDocument, userId: number): Promise<string> {
  const token = await signLink(platform.config.authSecret, AUDIENCE, { sessionId, document }, userId);
  return `${platform.config.publicApiUrl}/certification-sessions/${sessionId}/${document}.pdf?token=${token}`;
}

export async function sessionDocumentData(orm: MikroORM, sessionId: number): Promise<SessionDocumentData | null> {
  const em = orm.em.fork();
  const session = await em.findOne(CertificationSession, { id: sessionId });
  if (!session) return null;
  const centre = await em.findOneOrFail(CertificationCenter, { id: session.certificationCenter.id });
  const candidates = await em.find(CertificationCandidate, { session }, { orderBy: { lastName: 'asc', firstName: 'asc' } });
  const sos = centre.organization ? await em.findOne(Campaign, { organization: centre.organization, isSos: true, archivedAt: null }) : null;
  return {
    sessionId: session.id, centreName: centre.name, address: session.address, room: session.room, examiner: session.examiner,
    date: session.date, time: session.time, description: session.description, accessCode: session.accessCode,
    invigilatorPassword: session.invigilatorPassword, sosCampaignCode: sos?.code ?? null,
    candidates: candidates.map((c) => ({ lastName: c.lastName, firstName: c.firstName, birthdate: c.birthdate, division: c.division, extraTimePercentage: c.extraTimePercentage })),
  };
}

export function registerSessionDocumentsRoute(app: Express, platform: Platform, orm: MikroORM): void {
  app.get('/certification-sessions/:id/:file', async (req, res) => {
    const match = /^([a-z-]+)\.pdf$/.exec(req.params.file);
    const document = match?.[1] as SessionDocument | undefined;
    const link = await readLink(platform.config.authSecret, AUDIENCE, req.query.token);
    const grant = link ? { sessionId: Number(link.payload.sessionId), document: String(link.payload.document), userId: link.userId } : null;
    if (!document || !(document in SESSION_DOCUMENTS) || !grant || grant.sessionId !== Number(req.params.id) || grant.document !== document) {
      res.status(403).type('text/plain; charset=utf-8').send('Lien invalide ou expiré : retéléchargez le document depuis la session.');
      return;
    }
    const em = orm.em.fork();
    const session = await em.findOne(CertificationSession, { id: grant.sessionId });
    const access = new Access(() => em, { kind: 'user', userId: grant.userId });
    if (!session || !((await access.certificationCenterIds()).has(session.certificationCenter.id) || (await access.hasPlatformRole('ADMIN')))) {
      res.status(403).type('text/plain; charset=utf-8').send('Vous n’avez pas accès aux documents de cette session.');
      return;
    }
    const data = (await sessionDocumentData(orm, session.id))!;
    const pdf = await SESSION_DOCUMENTS[document].build(data);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${SESSION_DOCUMENTS[document].name}-session-${session.id}.pdf"`);
    res.end(Buffer.from(pdf));
  });
}
