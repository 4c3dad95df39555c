// Creating, editing and deleting sessions, one at a time or one per class; editable until a candidate has started.
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Platform } from '../../graphql/context.js';
import { fromZod } from '../../graphql/errors.js';
import { Assessment } from '../positioning/assessment.entity.js';
import { CertificationCenter } from './certification-center.entity.js';
import { CertificationCandidate, CertificationSession, SessionStatus } from './certification-session.entity.js';
import { SessionAlreadyStartedError, SessionFinalizedError, SessionNotFoundError } from './errors.js';
import { generateAccessCode, generateInvigilatorPassword } from './session-codes.js';
import { assertInCertificationWindow } from './certification-window.js';

const text = (label: string, max = 255) => z.string().trim().min(1, `${label} est obligatoire.`).max(max, `${label} est trop long.`);
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Cette date n’existe pas.');

export const sessionSchema = z.object({
  address: text('Le site'),
  room: text('La salle'),
  examiner: text('Le nom du ou des surveillants'),
  date: calendarDate,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure attendue au format HH:MM.'),
  description: z.string().trim().max(500, 'La description est trop longue (500 caractères au plus).').nullish(),
  invigilatorCount: z.number().int().min(1).max(20).nullish(),
});
export type SessionData = z.input<typeof sessionSchema>;

function parse(data: SessionData) {
  const parsed = sessionSchema.safeParse(data);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}

async function organizationOfCentre(em: EntityManager, centreId: number) {
  const centre = await em.findOne(CertificationCenter, { id: centreId }, { populate: ['organization'] });
  return centre?.organization ?? null;
}

export async function createSession(em: EntityManager, platform: Platform, centreId: number, data: SessionData): Promise<CertificationSession> {
  const input = parse(data);
  await assertInCertificationWindow(em, platform, await organizationOfCentre(em, centreId), input.date);
  const session = em.create(CertificationSession, {
    certificationCenter: em.getReference(CertificationCenter, centreId),
    ...input,
    description: input.description ?? null,
    invigilatorCount: input.invigilatorCount ?? 1,
    accessCode: generateAccessCode(),
    invigilatorPassword: generateInvigilatorPassword(),
    createdAt: platform.now(),
  });
  await em.flush();
  return session;
}

/** One session per class, in one transaction: all are created or none. */
export async function createSessionsPerClass(
  em: EntityManager, platform: Platform, centreId: number, common: Pick<SessionData, 'address' | 'examiner' | 'description'>,
  perClass: { division: string; room: string; date: string; time: string; invigilatorCount?: number | null }[],
): Promise<CertificationSession[]> {
  return em.transactional(async (tx) => {
    const sessions: CertificationSession[] = [];
    for (const c of perClass) {
      const session = await createSession(tx, platform, centreId, { ...common, room: c.room, date: c.date, time: c.time, invigilatorCount: c.invigilatorCount, description: common.description ?? `Classe ${c.division}` });
      sessions.push(session);
    }
    return sessions;
  });
}

export async function hasStarted(em: EntityManager, sessionId: number): Promise<boolean> {
  return (await em.count(Assessment, { certificationCandidate: { session: sessionId } })) > 0;
}

export async function editableSession(em: EntityManager, sessionId: number): Promise<CertificationSession> {
  const session = await em.findOne(CertificationSession, { id: sessionId });
  if (!session) throw new SessionNotFoundError();
  if (session.status !== SessionStatus.CREATED) throw new SessionFinalizedError();
  if (await hasStarted(em, sessionId)) throw new SessionAlreadyStartedError();
  return session;
}

export async function updateSession(em: EntityManager, platform: Platform, sessionId: number, data: SessionData): Promise<CertificationSession> {
  const session = await editableSession(em, sessionId);
  const input = parse(data);
  await assertInCertificationWindow(em, platform, await organizationOfCentre(em, session.certificationCenter.id), input.date);
  Object.assign(session, { ...input, description: input.description ?? null, invigilatorCount: input.invigilatorCount ?? session.invigilatorCount });
  await em.flush();
  return session;
}

export async function deleteSession(em: EntityManager, sessionId: number): Promise<void> {
  await em.transactional(async (tx) => {
    const session = await editableSession(tx, sessionId);
    await tx.nativeDelete(CertificationCandidate, { session });
    await tx.nativeDelete(CertificationSession, { id: session.id });
  });
}
