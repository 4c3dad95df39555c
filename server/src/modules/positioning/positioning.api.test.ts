import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type TestServer } from '../../../testing/test-server.js';
import { buildUser } from '../../../testing/factories.js';
import { KnowledgeElement } from '../profile/knowledge-element.entity.js';
import { competenceScore, latestPerSkill } from '../profile/profile-rules.js';
import { Answer } from './assessment.entity.js';
import { expectedAnswer } from './check-answer.js';

const START = `mutation($code: String!) { startCompetenceEvaluation(competenceCode: $code) { id state answeredCount isImproving nextChallenge { id type instruction proposals timerSeconds } } }`;
const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { id state answeredCount nextChallenge { id type proposals timerSeconds }
  checkpoint { challenge { id } status givenAnswer correctAnswer tutorials { title url format durationMinutes } } } }`;
const SUBMIT = `mutation($input: AnswerInput!) { submitAnswer(input: $input) { status assessment { id answeredCount state } } }`;
const SCORECARD = `{ me { profile { scorecards { competence { code } level pix status remainingDaysBeforeImproving remainingDaysBeforeReset } } } }`;
const RESET = `mutation($code: String!) { resetCompetence(competenceCode: $code) { competence { code } level pix status } }`;

const DAY = 24 * 3600 * 1000;
let server: TestServer;
let clock = Date.UTC(2026, 2, 2, 8);
const ref = () => testReferential();

async function newLearner(): Promise<number> {
  const em = server.em();
  const user = buildUser(em, { passwordHash: 'x' });
  await em.flush();
  return user.id;
}

function answerFor(challengeId: string, right: boolean): string[] {
  const { challenge } = ref().challengeById.get(challengeId)!;
  if (right) return expectedAnswer(challenge);
  if ('proposals' in challenge) return [challenge.proposals.find((p) => !challenge.solution.includes(p))!];
  return challenge.fields.map(() => 'zzzz');
}

/** Runs a whole positioning test: right answers up to `masteredLevel`, wrong ones above. */
async function playCompetence(userId: number, code: string, masteredLevel: number) {
  const started = await server.execute(START, { code }, { userId });
  expect(started.errors).toBeUndefined();
  const id = started.data!.startCompetenceEvaluation.id;
  const checkpoints: number[] = [];
  for (let n = 0; n < 60; n++) {
    const state = (await server.execute(ASSESSMENT, { id }, { userId })).data!.assessment;
    if (state.checkpoint) checkpoints.push(state.answeredCount);
    if (!state.nextChallenge) return { id, answered: state.answeredCount, checkpoints, final: state };
    const skill = ref().challengeById.get(state.nextChallenge.id)!.skill;
    const res = await server.execute(SUBMIT, { input: { assessmentId: id, challengeId: state.nextChallenge.id, value: answerFor(state.nextChallenge.id, skill.difficulty <= masteredLevel), clientAnswerId: `c-${id}-${n}` } }, { userId });
    expect(res.errors).toBeUndefined();
  }
  throw new Error('le test ne s’est pas terminé');
}

beforeAll(async () => {
  server = await createTestServer();
  server.setNow(new Date(clock));
});
afterAll(() => server?.close());

const advance = (days: number) => { clock += days * DAY; server.setNow(new Date(clock)); };

describe('a positioning test on a competence', () => {
  it('adapts, shows checkpoints after 5 and 10 answers, and ends with the level the knowledge elements give', async () => {
    const userId = await newLearner();
    const run = await playCompetence(userId, '1.1', 3);
    expect(run.answered).toBeGreaterThanOrEqual(5);
    expect(run.answered).toBeLessThanOrEqual(20);
    expect(run.checkpoints.filter((n) => n % 5 === 0 && n < run.answered)).toEqual([5, 10, 15].filter((n) => n < run.answered));
    expect(run.final.state).toBe('COMPLETED');

    // Independent computation from the stored knowledge elements.
    const elements = await server.em().find(KnowledgeElement, { user: userId });
    const facts = latestPerSkill(elements.map((e) => ({ skillId: e.skillId, competenceCode: e.competenceCode, status: e.status, earnedPix: e.earnedPix, createdAt: e.createdAt })));
    const expected = competenceScore(facts, 6);
    const card = (await server.execute(SCORECARD, {}, { userId })).data!.me.profile.scorecards.find((s: { competence: { code: string } }) => s.competence.code === '1.1');
    expect(card).toMatchObject({ level: expected.level, pix: expected.pix, status: 'COMPLETED' });
    expect(card.level).toBe(3);
    // Every answer left a direct knowledge element; inferred ones fill the rest of each tube.
    expect(elements.filter((e) => e.source === 'DIRECT')).toHaveLength(run.answered);
  });

  it('resumes the test in progress at the same question', async () => {
    const userId = await newLearner();
    const a = (await server.execute(START, { code: '2.1' }, { userId })).data!.startCompetenceEvaluation;
    const b = (await server.execute(START, { code: '2.1' }, { userId })).data!.startCompetenceEvaluation;
    expect(b.id).toBe(a.id);
    expect(b.nextChallenge.id).toBe(a.nextChallenge.id);
    const first = ref().challengeById.get(a.nextChallenge.id)!;
    expect(first.skill.difficulty).toBe(2);
    expect(a.nextChallenge.timerSeconds).toBeNull();
    const card = (await server.execute(SCORECARD, {}, { userId })).data!.me.profile.scorecards.find((s: { competence: { code: string } }) => s.competence.code === '2.1');
    expect(card.status).toBe('STARTED');
  });

  it('stores one answer when the same clientAnswerId is sent again, even at the same instant', async () => {
    const userId = await newLearner();
    const a = (await server.execute(START, { code: '3.1' }, { userId })).data!.startCompetenceEvaluation;
    const input = { assessmentId: a.id, challengeId: a.nextChallenge.id, value: answerFor(a.nextChallenge.id, true), clientAnswerId: 'retry-1' };
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => server.execute(SUBMIT, { input }, { userId })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.submitAnswer.status))).toEqual(new Set(['OK']));
    const again = await server.execute(SUBMIT, { input }, { userId });
    expect(again.data!.submitAnswer).toMatchObject({ status: 'OK', assessment: { answeredCount: 1 } });
    expect(await server.em().count(Answer, { assessment: a.id })).toBe(1);
    expect(await server.em().count(KnowledgeElement, { user: userId, source: 'DIRECT' })).toBe(1);
  });

  it('refuses an answer to a question that is not the current one, and writes nothing', async () => {
    const userId = await newLearner();
    const a = (await server.execute(START, { code: '4.1' }, { userId })).data!.startCompetenceEvaluation;
    const other = ref().competenceByCode.get('4.1')!.tubes[2].skills[5].challenges[0].id;
    const res = await server.execute(SUBMIT, { input: { assessmentId: a.id, challengeId: other, value: ['x'], clientAnswerId: 'wrong-q' } }, { userId });
    expect(res.errors![0].extensions!.code).toBe('CHALLENGE_NOT_CURRENT');
    expect(await server.em().count(Answer, { assessment: a.id })).toBe(0);
    const reused = await server.execute(SUBMIT, { input: { assessmentId: a.id, challengeId: a.nextChallenge.id, value: [], clientAnswerId: 'k1' } }, { userId });
    expect(reused.data!.submitAnswer.status).toBe('SKIPPED');
    const next = (await server.execute(ASSESSMENT, { id: a.id }, { userId })).data!.assessment.nextChallenge.id;
    const clash = await server.execute(SUBMIT, { input: { assessmentId: a.id, challengeId: next, value: [], clientAnswerId: 'k1' } }, { userId });
    expect(clash.errors![0].extensions!.code).toBe('CLIENT_ANSWER_ID_REUSED');
  });

  it('keeps a learner out of another learner’s test', async () => {
    const owner = await newLearner();
    const intruder = await newLearner();
    const a = (await server.execute(START, { code: '5.1' }, { userId: owner })).data!.startCompetenceEvaluation;
    expect((await server.execute(ASSESSMENT, { id: a.id }, { userId: intruder })).errors![0].extensions!.code).toBe('ASSESSMENT_NOT_FOUND');
    const res = await server.execute(SUBMIT, { input: { assessmentId: a.id, challengeId: a.nextChallenge.id, value: [], clientAnswerId: 'x1' } }, { userId: intruder });
    expect(res.errors![0].extensions!.code).toBe('ASSESSMENT_NOT_FOUND');
  });

  it('marks a timed question answered after its timer as TIMEDOUT', async () => {
    const userId = await newLearner();
    const code = '1.2';
    const a = (await server.execute(START, { code }, { userId })).data!.startCompetenceEvaluation;
    let current = a.nextChallenge;
    for (let n = 0; !current.timerSeconds && n < 30; n++) {
      const res = await server.execute(SUBMIT, { input: { assessmentId: a.id, challengeId: current.id, value: answerFor(current.id, true), clientAnswerId: `t${n}` } }, { userId });
      expect(res.errors).toBeUndefined();
      current = (await server.execute(ASSESSMENT, { id: a.id }, { userId })).data!.assessment.nextChallenge;
      if (!current) return; // this competence asked no timed question to a perfect learner: nothing to check here
    }
    const t0 = clock;
    advance((current.timerSeconds + 30) / 86400);
    const res = await server.execute(SUBMIT, { input: { assessmentId: a.id, challengeId: current.id, value: answerFor(current.id, true), clientAnswerId: 'late' } }, { userId });
    expect(res.data!.submitAnswer.status).toBe('TIMEDOUT');
    clock = t0;
    server.setNow(new Date(clock));
  });
});

describe('solutions', () => {
  it('are never sent to a learner and are shown to a platform admin', async () => {
    const userId = await newLearner();
    const a = (await server.execute(START, { code: '3.3' }, { userId })).data!.startCompetenceEvaluation;
    const asLearner = await server.execute(`query($id: ID!) { assessment(id: $id) { nextChallenge { id solution } } }`, { id: a.id }, { userId });
    expect(asLearner.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(JSON.stringify(asLearner.data)).not.toMatch(/solution":\[/);
    const preview = await server.execute(`query($id: ID!) { challenge(id: $id) { id solution } }`, { id: a.nextChallenge.id }, { userId });
    expect(preview.errors![0].extensions!.code).toBe('FORBIDDEN');

    const em = server.em();
    const admin = buildUser(em, { passwordHash: 'x', platformRoles: ['ADMIN'] });
    await em.flush();
    const asAdmin = await server.execute(`query($id: ID!) { challenge(id: $id) { id solution } }`, { id: a.nextChallenge.id }, { userId: admin.id });
    expect(asAdmin.data!.challenge.solution).toEqual(expectedAnswer(ref().challengeById.get(a.nextChallenge.id)!.challenge));
  });
});

describe('improving and resetting', () => {
  it('allows a retry after 4 days and a reset after 7, not before', async () => {
    const userId = await newLearner();
    await playCompetence(userId, '4.2', 2);
    const early = await server.execute(START, { code: '4.2' }, { userId });
    expect(early.errors![0].extensions).toMatchObject({ code: 'IMPROVING_NOT_YET_ALLOWED', remainingDays: 4 });
    expect((await server.execute(RESET, { code: '4.2' }, { userId })).errors![0].extensions).toMatchObject({ code: 'RESET_NOT_YET_ALLOWED', remainingDays: 7 });

    advance(4);
    const retry = (await server.execute(START, { code: '4.2' }, { userId })).data!.startCompetenceEvaluation;
    expect(retry.isImproving).toBe(true);
    // Validated skills stay validated: the retry asks an invalidated or untested skill.
    const validated = new Set((await server.em().find(KnowledgeElement, { user: userId, status: 'VALIDATED' })).map((e) => e.skillId));
    expect(validated.has(ref().challengeById.get(retry.nextChallenge.id)!.skill.id)).toBe(false);

    advance(3);
    const reset = await server.execute(RESET, { code: '4.2' }, { userId });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetCompetence).toMatchObject({ level: 0, pix: 0, status: 'NOT_STARTED' });
    expect(await server.em().count(KnowledgeElement, { user: userId, status: 'RESET' })).toBeGreaterThan(0);
    const after = (await server.execute(ASSESSMENT, { id: retry.id }, { userId })).data!.assessment;
    expect(after.state).toBe('ABORTED');
  });
});
