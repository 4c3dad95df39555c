// The invigilator's live view of each candidate, read in a constant number of statements per session.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, selectRows } from '../../db/sql.js';
import type { CertificationCandidate } from './certification-session.entity.js';

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

export function liveStatus(candidate: CertificationCandidate, test: CandidateTest | null, now: Date): CandidateLiveStatus {
  if (!candidate.user) return CandidateLiveStatus.NOT_JOINED;
  if (!test) return CandidateLiveStatus.WAITING;
  if (test.state === 'ENDED_BY_INVIGILATOR') return CandidateLiveStatus.ENDED_BY_INVIGILATOR;
  if (test.state === 'STARTED' && !(test.endsAt && test.endsAt < now)) return CandidateLiveStatus.STARTED;
  return CandidateLiveStatus.COMPLETED;
}
