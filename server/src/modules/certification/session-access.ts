// Who may see or act on a certification session: its centre's staff, its invigilator, the jury (reading), a
// platform admin. The session is read in one prepared statement, without the ORM: the live view asks for it at every
// refresh, and building an entity would cost more than the statement.
import type { EntityManager } from '@mikro-orm/postgresql';
import { batchedByKey, directRows, timestamp, type Statement } from '../../db/direct.js';
import type { RequestContext } from '../../graphql/context.js';
import { AccessForbiddenError, NotAuthenticatedError } from '../../graphql/errors.js';
import { CertificationCandidate, type CertificationSession, type SessionStatus } from './certification-session.entity.js';
import { SessionNotFoundError } from './errors.js';
import { candidateFromRow, SESSION_CANDIDATES_JSON, type CandidateRow, type CandidateSqlRow } from './live-status.js';

/** A session's values without the entity: what the access checks and the session's fields read. */
export type SessionView = Omit<CertificationSession, 'certificationCenter'> & {
  certificationCenter: { id: number };
  /** The candidates, when the request asked for them with the session (the live view): read in the same statement. */
  prefetchedCandidates?: CandidateRow[];
};

export type SessionAccess = 'staff' | 'staff-or-invigilator' | 'reader';

const SESSION_COLUMNS = `s.id, s.certification_center_id, s.address, s.room, s.examiner, s.invigilator_count, s.date::text as date, s.time,
  s.description, s.access_code, s.invigilator_password, s.status, s.created_at, s.finalized_at, s.published_at, s.examiner_global_comment`;
const SESSION_BY_ID: Statement = { name: 'certification-session-by-id', text: `select ${SESSION_COLUMNS} from certification_sessions s where s.id = $1` };
type SessionRow = Record<string, string | number | null>;
// The live view: the invigilators' refreshes that arrive together are read in one statement.
const sessionWithCandidates = batchedByKey<number, SessionRow>({
  name: 'certification-sessions-with-candidates',
  text: `select ${SESSION_COLUMNS}, ${SESSION_CANDIDATES_JSON} from certification_sessions s where s.id = any($1::int[])`,
}, (row) => Number(row.id));

async function readSession(em: EntityManager, id: number, withCandidates: boolean): Promise<SessionView | null> {
  const row = withCandidates ? await sessionWithCandidates(em, id) : (await directRows<SessionRow>(em, SESSION_BY_ID, [id]))[0];
  if (!row) return null;
  const view: SessionView = {
    id: Number(row.id), certificationCenter: { id: Number(row.certification_center_id) }, address: String(row.address), room: String(row.room),
    examiner: String(row.examiner), invigilatorCount: Number(row.invigilator_count), date: String(row.date), time: String(row.time),
    description: row.description as string | null, accessCode: String(row.access_code), invigilatorPassword: String(row.invigilator_password),
    status: row.status as SessionStatus, createdAt: timestamp(row.created_at as string), finalizedAt: timestamp(row.finalized_at as string | null),
    publishedAt: timestamp(row.published_at as string | null), examinerGlobalComment: row.examiner_global_comment as string | null,
  };
  if (withCandidates) view.prefetchedCandidates = (row.candidates as unknown as CandidateSqlRow[]).map((c) => candidateFromRow(c, view.id));
  return view;
}

async function isCentreMember(ctx: RequestContext, centreId: number) {
  return (await ctx.access.certificationCenterIds()).has(centreId) || ctx.access.hasPlatformRole('ADMIN');
}

// Sessions already checked in a request, with the access granted: the session's own fields need not read it again.
const checked = new WeakMap<SessionView, { ctx: RequestContext; who: SessionAccess }>();
const RANK: Record<SessionAccess, number> = { reader: 0, 'staff-or-invigilator': 1, staff: 2 };

/** A session's own field: the session as given to this very request with at least this access, else checked now. */
export async function checkedSession<T extends { id: number }>(ctx: RequestContext, session: T, who: SessionAccess): Promise<T | SessionView> {
  const granted = checked.get(session as object as SessionView);
  if (granted && granted.ctx === ctx && RANK[granted.who] >= RANK[who]) return session;
  return sessionFor(ctx, session.id, who);
}

/** The session if the caller may see it with this access; withCandidates also reads its candidates, in the same statement. */
export async function sessionFor(ctx: RequestContext, sessionId: number, who: SessionAccess, { withCandidates = false } = {}): Promise<SessionView> {
  if (!ctx.access.current) throw new NotAuthenticatedError();
  const session = Number.isInteger(sessionId) && sessionId > 0 && sessionId <= 2_147_483_647 ? await readSession(ctx.em, sessionId, withCandidates) : null;
  if (!session) throw new SessionNotFoundError();
  const principal = ctx.access.current;
  const allowed = (who !== 'staff' && principal.kind === 'invigilator' && principal.sessionId === session.id)
    || (await isCentreMember(ctx, session.certificationCenter.id))
    || (who === 'reader' && (await ctx.access.hasPlatformRole('JURY')));
  if (!allowed) throw new AccessForbiddenError();
  checked.set(session, { ctx, who });
  return session;
}

/** The invigilator of the candidate's session (or its centre staff) acting on a candidate. */
export async function sessionOfCandidate(ctx: RequestContext, candidateId: number): Promise<number> {
  const candidate = Number.isInteger(candidateId) ? await ctx.em.findOne(CertificationCandidate, { id: candidateId }) : null;
  if (!candidate) throw new AccessForbiddenError('Ce candidat n’est pas inscrit à votre session.');
  await sessionFor(ctx, candidate.session.id, 'staff-or-invigilator');
  return candidate.session.id;
}
