// A certification answer in a few statements: at the morning peak every candidate of France answers through here,
// and each statement costs the API process far more than it costs PostgreSQL (BENCHMARKS.md). The rules are those of
// the general path in submit-answer.ts; only the reading and the writing are gathered: one locking read of the
// test, its candidate, the answer already received under this clientAnswerId and the listed questions, then one
// write of the answer and of the test, which moves on to the next listed question (or ends).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { selectRows } from '../../db/sql.js';
import { AssessmentState, AssessmentType } from '../positioning/assessment.entity.js';
import { AssessmentNotFoundError, AssessmentNotInProgressError, ChallengeNotCurrentError, ClientAnswerIdReusedError } from '../positioning/errors.js';
import type { AnswerStatus } from '../positioning/check-answer.js';
import { answerStatus, type AnswerInputData, type SubmittedAnswer } from '../positioning/submit-answer.js';
import { entryTokenMatches } from './candidate-path.js';
import { ResumeNotAuthorizedError, TestEndedError } from './errors.js';

interface LockedTest {
  id: string;
  user_id: number;
  type: string;
  state: string;
  ends_at: Date | null;
  current_challenge_id: string | null;
  current_challenge_asked_at: Date | null;
  candidate_id: number | null;
  session_id: number | null;
  entry_token_hash: string | null;
  previous_challenge_id: string | null;
  previous_status: string | null;
  listed_challenge_id: string | null;
  following_challenge_id: string | null;
}

// The row lock serialises the answers of one test; tests of other candidates are not blocked.
const READ = `
  select a.id, a.user_id, a.type, a.state, a.ends_at, a.current_challenge_id, a.current_challenge_asked_at,
         c.id as candidate_id, c.session_id, c.entry_token_hash,
         p.challenge_id as previous_challenge_id, p.status as previous_status,
         (select l.challenge_id from certification_challenges l where l.assessment_id = a.id and l.position = a.answered_count) as listed_challenge_id,
         (select f.challenge_id from certification_challenges f where f.assessment_id = a.id and f.position = a.answered_count + 1) as following_challenge_id
    from assessments a
    left join certification_candidates c on c.id = a.certification_candidate_id
    left join answers p on p.assessment_id = a.id and p.client_answer_id = ?
   where a.id = ?
     for update of a`;

const WRITE = `
  with stored as (
    insert into answers (assessment_id, challenge_id, skill_id, value, status, client_answer_id, time_spent_seconds, created_at)
    values (?, ?, ?, ?::jsonb, ?, ?, ?, ?)
    returning id)
  update assessments
     set answered_count = answered_count + 1, current_challenge_id = ?, current_challenge_asked_at = ?, state = ?, completed_at = ?
   where id = ? and exists (select 1 from stored)`;

/** Null when the test is not a certification: the caller takes the general path. */
export async function storeCertificationAnswer(tx: EntityManager, platform: Platform, userId: number, input: AnswerInputData): Promise<SubmittedAnswer | null> {
  const [test] = await selectRows<LockedTest>(tx, READ, [input.clientAnswerId, input.assessmentId]);
  if (!test || Number(test.user_id) !== userId) throw new AssessmentNotFoundError();
  if (test.type !== AssessmentType.CERTIFICATION || !test.candidate_id) return null;
  const replay = (previous: { challenge_id: string; status: string }) => {
    if (previous.challenge_id !== input.challengeId) throw new ClientAnswerIdReusedError();
    return { status: previous.status as AnswerStatus, assessmentId: String(test.id), replayed: true };
  };
  if (test.previous_challenge_id) return replay({ challenge_id: test.previous_challenge_id, status: test.previous_status! });
  const now = platform.now();
  // The question being asked: the one stored when it was shown, else the next on the list.
  const currentId = test.current_challenge_id ?? test.listed_challenge_id;
  const current = currentId ? platform.referential.challengeById.get(currentId) : undefined;
  const refusal = test.state !== AssessmentState.STARTED ? new AssessmentNotInProgressError()
    : test.ends_at && new Date(test.ends_at) < now ? new TestEndedError()
      : !entryTokenMatches({ entryTokenHash: test.entry_token_hash }, input.entryToken) ? new ResumeNotAuthorizedError()
        : !current || current.challenge.id !== input.challengeId ? new ChallengeNotCurrentError()
          : null;
  if (refusal || !current) {
    // The same answer sent twice at once: the second waited for the lock, and the test has moved on with the first.
    // The read above could not see that answer (its snapshot predates the lock); a new statement can.
    const [previous] = await selectRows<{ challenge_id: string; status: string }>(tx, 'select challenge_id, status from answers where assessment_id = ? and client_answer_id = ?', [test.id, input.clientAnswerId]);
    if (previous) return replay(previous);
    throw refusal ?? new ChallengeNotCurrentError();
  }

  const askedAt = test.current_challenge_id && test.current_challenge_asked_at ? new Date(test.current_challenge_asked_at) : null;
  const status = answerStatus(current, input, askedAt, now);
  // The next question is asked as the answer is acknowledged (the acknowledgement carries it); none left: the end.
  const next = test.following_challenge_id;
  await tx.execute(WRITE, [
    test.id, current.challenge.id, current.skill.id, JSON.stringify(input.value), status, input.clientAnswerId, input.timeSpentSeconds ?? null, now,
    next, next ? now : null, next ? AssessmentState.STARTED : AssessmentState.COMPLETED, next ? null : now,
    test.id,
  ]);
  return { status, assessmentId: String(test.id), replayed: false, candidate: { sessionId: Number(test.session_id), id: Number(test.candidate_id) } };
}
