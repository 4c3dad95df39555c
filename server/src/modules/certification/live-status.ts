// The invigilator's live view of each candidate, read in a constant number of statements per session.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, selectRows } from '../../db/sql.js';
import { directRows, timestamp, type Statement } from '../../db/direct.js';

export enum CandidateLiveStatus { NOT_JOINED = 'NOT_JOINED', WAITING = 'WAITING', STARTED = 'STARTED', COMPLETED = 'COMPLETED', ENDED_BY_INVIGILATOR = 'ENDED_BY_INVIGILATOR' }

export interface CandidateTest {
  assessmentId: string;
  state: string;
  answeredCount: number;
  challengeCount: number;
  endsAt: Date | null;
}

/** candidate id → their certification test, if started. */
export function createCandidateTestLoader(em: EntityManager) {
  return new DataLoader<number, CandidateTest | null>(async (candidateIds) => {
    const rows = await selectRows<{ candidate_id: number; id: string; state: string; answered_count: number; ends_at: Date | null; challenge_count: string }>(
      em,
      `select a.certification_candidate_id as candidate_id, a.id, a.state, a.answered_count, a.ends_at,
              (select count(*) from certification_challenges c where c.assessment_id = a.id) as challenge_count
         from assessments a where a.certification_candidate_id = any(?::int[])`,
      [intArray(candidateIds)],
    );
    const byCandidate = new Map(rows.map((r) => [r.candidate_id, {
      assessmentId: String(r.id), state: r.state, answeredCount: r.answered_count, challengeCount: Number(r.challenge_count), endsAt: r.ends_at ? new Date(r.ends_at) : null,
    }]));
    return candidateIds.map((id) => byCandidate.get(id) ?? null);
  });
}

export function liveStatus(candidate: CandidateLike, test: CandidateTest | null, now: Date): CandidateLiveStatus {
  if (!candidate.user) return CandidateLiveStatus.NOT_JOINED;
  if (!test) return CandidateLiveStatus.WAITING;
  if (test.state === 'ENDED_BY_INVIGILATOR') return CandidateLiveStatus.ENDED_BY_INVIGILATOR;
  if (test.state === 'STARTED' && !(test.endsAt && test.endsAt < now)) return CandidateLiveStatus.STARTED;
  return CandidateLiveStatus.COMPLETED;
}

/** What the candidate fields need: a loaded entity, or a row of sessionCandidates. */
export interface CandidateLike {
  id: number;
  user?: { id: number } | null;
  session: { id: number };
  /** Set on live-view rows: the candidate's test, already read. */
  test?: CandidateTest | null;
}

/** A candidate as the live view lists it: plain values, no entity to build and track for each of them. */
export interface CandidateRow extends CandidateLike {
  test: CandidateTest | null;
  firstName: string;
  lastName: string;
  birthdate: string;
  division: string | null;
  extraTimePercentage: number;
  authorizedToStart: boolean;
  authorizedToResume: boolean;
  joinedAt: Date | null;
  user: { id: number } | null;
  student: { id: number } | null;
}

const CANDIDATE_COLUMNS = `
  c.id, c.first_name, c.last_name, c.birthdate::text as birthdate, c.division, c.extra_time_percentage, c.authorized_to_start,
  c.authorized_to_resume, c.joined_at, c.user_id, c.student_id,
  a.id as assessment_id, a.state, a.answered_count, a.ends_at,
  (select count(*) from certification_challenges ch where ch.assessment_id = a.id) as challenge_count`;
const CANDIDATE_TESTS = `
  from certification_candidates c
  left join lateral (select * from assessments x where x.certification_candidate_id = c.id order by x.id desc limit 1) a on true`;

const SESSION_CANDIDATES: Statement = { name: 'session-candidates', text: `
  select ${CANDIDATE_COLUMNS} ${CANDIDATE_TESTS}
   where c.session_id = $1
   order by c.last_name asc, c.first_name asc, c.id asc` };

/** The candidates of a session as one JSON array, for a statement that reads the session too. */
export const SESSION_CANDIDATES_JSON = `
  (select coalesce(json_agg(x order by x.last_name, x.first_name, x.id), '[]'::json)
     from (select ${CANDIDATE_COLUMNS} ${CANDIDATE_TESTS} where c.session_id = s.id) x) as candidates`;

/** A candidate row as the statements above give it (timestamps as text, as the ORM's pool hands them over). */
export interface CandidateSqlRow {
  id: number; first_name: string; last_name: string; birthdate: string; division: string | null; extra_time_percentage: number;
  authorized_to_start: boolean; authorized_to_resume: boolean; joined_at: string | null; user_id: number | null; student_id: number | null;
  assessment_id: string | number | null; state: string | null; answered_count: number | null; ends_at: string | null; challenge_count: string | number | null;
}

export function candidateFromRow(r: CandidateSqlRow, sessionId: number): CandidateRow {
  const test = r.assessment_id
    ? { assessmentId: String(r.assessment_id), state: r.state!, answeredCount: r.answered_count ?? 0, challengeCount: Number(r.challenge_count), endsAt: timestamp(r.ends_at) }
    : null;
  return {
    test,
    id: r.id, firstName: r.first_name, lastName: r.last_name, birthdate: r.birthdate, division: r.division, extraTimePercentage: r.extra_time_percentage,
    authorizedToStart: r.authorized_to_start, authorizedToResume: r.authorized_to_resume, joinedAt: timestamp(r.joined_at),
    user: r.user_id ? { id: r.user_id } : null, student: r.student_id ? { id: r.student_id } : null, session: { id: sessionId },
  };
}

/**
 * The candidates of a session with their tests, in one prepared statement outside the ORM (db/direct.ts); each row
 * carries its test, so that the live fields read no more. Invigilators poll this view every few seconds at the
 * morning peak.
 */
export async function sessionCandidates(em: EntityManager, sessionId: number): Promise<CandidateRow[]> {
  const rows = await directRows<CandidateSqlRow>(em, SESSION_CANDIDATES, [sessionId]);
  return rows.map((r) => candidateFromRow(r, sessionId));
}
