// A certification answer, outside the ORM: at the morning peak every candidate of France answers through here, and
// each statement costs the API process far more than it costs PostgreSQL (BENCHMARKS.md). The rules are those of the
// general path in submit-answer.ts; only the reading and the writing are gathered. The expected case is one
// statement, shared by the answers that arrive together. Any other case is read then written: one read of the test,
// its candidate, the answer already received under this clientAnswerId and the listed questions; then one write of
// the answer and of the test, which moves on to the next listed question (or ends), on condition that the test is
// still as it was read. Each statement is its own transaction: no lock is held while the API decides. When the test
// moved in between (the same answer sent twice at once, the invigilator ending the test), the write changes nothing
// and the answer is decided again on a new read. Prepared statements on a connection of the pool (db/direct.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { batchedStatement, timestamp, withDirectConnection, type Statement } from '../../db/direct.js';
import { AssessmentState, AssessmentType } from '../positioning/assessment.entity.js';
import { AssessmentNotFoundError, AssessmentNotInProgressError, ChallengeNotCurrentError, ClientAnswerIdReusedError } from '../positioning/errors.js';
import type { AnswerStatus } from '../positioning/check-answer.js';
import { answerStatus, TIMER_GRACE_SECONDS, type AnswerInputData, type AssessmentView, type SubmittedAnswer } from '../positioning/submit-answer.js';
import { entryTokenHash, entryTokenMatches } from './candidate-path.js';
import { AnswerConflictError, ResumeNotAuthorizedError, TestEndedError } from './errors.js';
interface TestRead {
  id: string;
  answered_count: number;
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

const READ: Statement = { name: 'certification-answer-read', text: `
  select a.id, a.answered_count, a.user_id, a.type, a.state, a.ends_at, a.current_challenge_id, a.current_challenge_asked_at,
         c.id as candidate_id, c.session_id, c.entry_token_hash,
         p.challenge_id as previous_challenge_id, p.status as previous_status,
         (select l.challenge_id from certification_challenges l where l.assessment_id = a.id and l.position = a.answered_count) as listed_challenge_id,
         (select f.challenge_id from certification_challenges f where f.assessment_id = a.id and f.position = a.answered_count + 1) as following_challenge_id
    from assessments a
    left join certification_candidates c on c.id = a.certification_candidate_id
    left join answers p on p.assessment_id = a.id and p.client_answer_id = $1
   where a.id = $2` };

// Moves the test on only if it is as read ($13, $14: answered count and question then), and stores the answer only
// if the test moved; returns the test as it now stands, which the acknowledgement shows without reading it again.
// A concurrent write of the same row waits for this one, then finds the count changed.
const WRITE: Statement = { name: 'certification-answer-write', text: `
  with moved as (
    update assessments
       set answered_count = answered_count + 1, current_challenge_id = $9, current_challenge_asked_at = $10, state = $11, completed_at = $12
     where id = $1 and state = 'STARTED' and answered_count = $13 and current_challenge_id is not distinct from $14
    returning *),
  stored as (
    insert into answers (assessment_id, challenge_id, skill_id, value, status, client_answer_id, time_spent_seconds, created_at)
    select id, $2, $3, $4::jsonb, $5, $6, $7, $8 from moved)
  select * from moved` };

// The usual case in one statement: the answer is to the question being asked, in time, from the page let in, and
// not seen before. Every condition of the general decision is a condition of the write; when one fails, nothing is
// written for that answer and it takes the read-then-write path, which finds the precise refusal (or the replay).
// The status is decided here for an answer in time; the statement turns it to TIMEDOUT by the time the question was
// asked. The answers arriving together (from other candidates) share the statement and its commit, an element of
// each array per answer; two for the same test move it once (the update takes one of them), the other is decided again.
const ANSWERS_AS_EXPECTED: Statement = { name: 'certification-answers-as-expected', text: `
  with input as (
    select * from unnest($1::int[], $2::bigint[], $3::int[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::float8[], $12::text[])
      as i(item, assessment_id, user_id, challenge_id, at, token_hash, client_answer_id, skill_id, value, time_spent, timer_limit, status)),
  test as (
    select i.item, i.at, i.challenge_id, a.id, a.answered_count, c.id as candidate_id, c.session_id,
           case when i.timer_limit is not null and a.current_challenge_asked_at is not null
                 and i.at > a.current_challenge_asked_at + make_interval(secs => i.timer_limit) then 'TIMEDOUT' else i.status end as status,
           (select f.challenge_id from certification_challenges f where f.assessment_id = a.id and f.position = a.answered_count + 1) as next_id
      from input i
      join assessments a on a.id = i.assessment_id
      join certification_candidates c on c.id = a.certification_candidate_id
     where a.user_id = i.user_id and a.type = 'CERTIFICATION' and a.state = 'STARTED' and a.current_challenge_id = i.challenge_id
       and (a.ends_at is null or a.ends_at >= i.at) and c.entry_token_hash = i.token_hash
       and not exists (select 1 from answers p where p.assessment_id = a.id and p.client_answer_id = i.client_answer_id)),
  moved as (
    update assessments a
       set answered_count = t.answered_count + 1, current_challenge_id = t.next_id,
           current_challenge_asked_at = case when t.next_id is null then null else t.at end,
           state = case when t.next_id is null then 'COMPLETED' else 'STARTED' end::assessment_state,
           completed_at = case when t.next_id is null then t.at end
      from test t
     where a.id = t.id and a.state = 'STARTED' and a.answered_count = t.answered_count and a.current_challenge_id = t.challenge_id
    returning a.*, t.item as batch_item, t.status as answer_status, t.candidate_id, t.session_id),
  stored as (
    insert into answers (assessment_id, challenge_id, skill_id, value, status, client_answer_id, time_spent_seconds, created_at)
    select m.id, i.challenge_id, i.skill_id, i.value::jsonb, m.answer_status, i.client_answer_id, i.time_spent, i.at
      from moved m join input i on i.item = m.batch_item)
  select * from moved` };

/** An answer as the shared statement takes it: the values of its elements in the statement's arrays. */
interface ExpectedAnswer {
  assessmentId: string; userId: number; challengeId: string; at: Date; tokenHash: string; clientAnswerId: string;
  skillId: string; value: string; timeSpentSeconds: number | null; timerLimitSeconds: number | null; status: AnswerStatus;
}
type MovedRow = TestRow & { batch_item: number; answer_status: AnswerStatus; candidate_id: number; session_id: number };
const FIELDS = ['assessmentId', 'userId', 'challengeId', 'at', 'tokenHash', 'clientAnswerId', 'skillId', 'value', 'timeSpentSeconds', 'timerLimitSeconds', 'status'] as const;

const answersAsExpected = batchedStatement<ExpectedAnswer, MovedRow, MovedRow>(
  ANSWERS_AS_EXPECTED,
  (answers) => [answers.map((_, item) => item), ...FIELDS.map((field) => answers.map((a) => a[field]))],
  (rows, answers) => {
    const byItem = new Map(rows.map((row) => [Number(row.batch_item), row]));
    return answers.map((_, item) => byItem.get(item) ?? null);
  },
);

// A test that keeps moving under the answer (it should not: one candidate, one page) ends the attempts.
const ATTEMPTS = 5;

interface TestRow {
  id: string; user_id: number; type: AssessmentType; state: AssessmentState; competence_code: string | null; campaign_participation_id: number | null;
  certification_candidate_id: number | null; ends_at: string | Date | null; is_improving: boolean; current_challenge_id: string | null;
  current_challenge_asked_at: string | Date | null; answered_count: number; created_at: string | Date; completed_at: string | Date | null;
}

/** The test as the write left it, in the entity's shape: what the acknowledgement's fields read. */
function testAsWritten(row: TestRow): AssessmentView {
  return {
    id: String(row.id), user: { id: Number(row.user_id) }, type: row.type, state: row.state, competenceCode: row.competence_code,
    campaignParticipation: row.campaign_participation_id ? { id: Number(row.campaign_participation_id) } : null,
    certificationCandidate: row.certification_candidate_id ? { id: Number(row.certification_candidate_id) } : null,
    endsAt: timestamp(row.ends_at), isImproving: row.is_improving, currentChallengeId: row.current_challenge_id,
    currentChallengeAskedAt: timestamp(row.current_challenge_asked_at), answeredCount: row.answered_count, createdAt: timestamp(row.created_at), completedAt: timestamp(row.completed_at),
  };
}

/** Null when the test is not a certification: the caller takes the general path. */
export async function storeCertificationAnswer(em: EntityManager, platform: Platform, userId: number, input: AnswerInputData): Promise<SubmittedAnswer | null> {
  const expected = await answerAsExpected(em, platform, userId, input);
  if (expected) return expected;
  return withDirectConnection(em, async (sql) => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const [test] = await sql.rows<TestRead>(READ, [input.clientAnswerId, input.assessmentId]);
      const decided = decide(test, platform, userId, input);
      if (!decided || 'replayed' in decided) return decided;
      const [stored] = await sql.rows<Record<string, unknown>>(WRITE, decided.values);
      if (stored) return { status: decided.status, assessmentId: String(test!.id), replayed: false, candidate: { sessionId: Number(test!.session_id), id: Number(test!.candidate_id) }, test: testAsWritten(stored as unknown as TestRow) };
    }
    throw new AnswerConflictError();
  });
}

/** The answer stored by the shared statement if it is what the test expects; null when any condition fails. */
async function answerAsExpected(em: EntityManager, platform: Platform, userId: number, input: AnswerInputData): Promise<SubmittedAnswer | null> {
  const current = platform.referential.challengeById.get(input.challengeId);
  if (!current || !input.entryToken) return null;
  const timer = current.challenge.timerSeconds;
  const now = platform.now();
  const moved = await answersAsExpected(em, {
    assessmentId: input.assessmentId, userId, challengeId: input.challengeId, at: now, tokenHash: entryTokenHash(input.entryToken),
    clientAnswerId: input.clientAnswerId, skillId: current.skill.id, value: JSON.stringify(input.value), timeSpentSeconds: input.timeSpentSeconds ?? null,
    timerLimitSeconds: timer ? timer + TIMER_GRACE_SECONDS : null, status: answerStatus(current, input, null, now),
  });
  if (!moved) return null;
  return { status: moved.answer_status, assessmentId: String(moved.id), replayed: false, candidate: { sessionId: Number(moved.session_id), id: Number(moved.candidate_id) }, test: testAsWritten(moved) };
}

/** From what was read: null (not a certification), a replay, a refusal (thrown), or what to write. */
function decide(test: TestRead | undefined, platform: Platform, userId: number, input: AnswerInputData): SubmittedAnswer | null | { status: AnswerStatus; values: unknown[] } {
  if (!test || Number(test.user_id) !== userId) throw new AssessmentNotFoundError();
  if (test.type !== AssessmentType.CERTIFICATION || !test.candidate_id) return null;
  if (test.previous_challenge_id) {
    if (test.previous_challenge_id !== input.challengeId) throw new ClientAnswerIdReusedError();
    return { status: test.previous_status as AnswerStatus, assessmentId: String(test.id), replayed: true };
  }
  const now = platform.now();
  // The question being asked: the one stored when it was shown, else the next on the list.
  const currentId = test.current_challenge_id ?? test.listed_challenge_id;
  const current = currentId ? platform.referential.challengeById.get(currentId) : undefined;
  if (test.state !== AssessmentState.STARTED) throw new AssessmentNotInProgressError();
  if (test.ends_at && new Date(test.ends_at) < now) throw new TestEndedError();
  if (!entryTokenMatches({ entryTokenHash: test.entry_token_hash }, input.entryToken)) throw new ResumeNotAuthorizedError();
  if (!current || current.challenge.id !== input.challengeId) throw new ChallengeNotCurrentError();

  const askedAt = test.current_challenge_id && test.current_challenge_asked_at ? new Date(test.current_challenge_asked_at) : null;
  const status = answerStatus(current, input, askedAt, now);
  // The next question is asked as the answer is acknowledged (the acknowledgement carries it); none left: the end.
  const next = test.following_challenge_id;
  return {
    status,
    values: [
      test.id, current.challenge.id, current.skill.id, JSON.stringify(input.value), status, input.clientAnswerId, input.timeSpentSeconds ?? null, now,
      next, next ? now : null, next ? AssessmentState.STARTED : AssessmentState.COMPLETED, next ? null : now,
      test.answered_count, test.current_challenge_id,
    ],
  };
}
