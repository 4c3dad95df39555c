// Stores an answer and what it teaches about the learner, in one transaction, before it is acknowledged.
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Platform } from '../../graphql/context.js';
import { fromZod } from '../../graphql/errors.js';
import { KnowledgeElement } from '../profile/knowledge-element.entity.js';
import { Answer, Assessment, AssessmentState, AssessmentType } from './assessment.entity.js';
import { CertificationCandidate } from '../certification/certification-session.entity.js';
import { entryTokenMatches } from '../certification/candidate-path.js';
import { ResumeNotAuthorizedError, TestEndedError } from '../certification/errors.js';
import { checkAnswer, type AnswerStatus } from './check-answer.js';
import { inferKnowledge } from './engine.js';
import { AssessmentNotFoundError, AssessmentNotInProgressError, ChallengeNotCurrentError, ClientAnswerIdReusedError } from './errors.js';
import { currentKnowledge, improvingCutoff } from './current-knowledge.js';
import { currentChallenge } from './next-challenge.js';
import type { LoadedChallenge } from '../referential/load-content.js';
import { storeCertificationAnswer } from '../certification/certification-answer.js';

/** Seconds allowed beyond a timer for the network and the page: past them the answer is TIMEDOUT. */
export const TIMER_GRACE_SECONDS = 5;

const inputSchema = z.object({
  assessmentId: z.string().regex(/^\d{1,18}$/, 'Identifiant de test invalide.'),
  challengeId: z.string().min(1).max(64),
  value: z.array(z.string().max(1000, 'Réponse trop longue (1 000 caractères au plus).')).max(12, 'Trop de réponses.'),
  clientAnswerId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'clientAnswerId : 1 à 64 caractères parmi lettres, chiffres, - et _.'),
  timeSpentSeconds: z.number().int().min(0).max(86_400).nullish(),
  focusedOut: z.boolean().nullish(),
  /** Certification: the token of the page the invigilator let in. */
  entryToken: z.string().max(100).nullish(),
});
export type AnswerData = z.input<typeof inputSchema>;
export type AnswerInputData = z.output<typeof inputSchema>;

/** The answer's status: right, wrong, skipped, or out of time by the server's clock. */
export function answerStatus(current: LoadedChallenge, input: AnswerInputData, askedAt: Date | null, now: Date): AnswerStatus {
  const timer = current.challenge.timerSeconds;
  const elapsed = askedAt ? (now.getTime() - askedAt.getTime()) / 1000 : 0;
  // The server's clock decides, with a grace for the network; a client reporting its own countdown at zero is believed.
  const timedOut = !!timer && (elapsed > timer + TIMER_GRACE_SECONDS || (input.timeSpentSeconds ?? 0) >= timer);
  return checkAnswer(current.challenge, input.value, { timedOut, focusedOut: input.focusedOut ?? false });
}

export interface SubmittedAnswer {
  status: AnswerStatus;
  assessmentId: string;
  replayed: boolean;
  /** A certification answer: the candidate whose live view changed. */
  candidate?: { sessionId: number; id: number };
  /** The test as the answer left it, when the path that stored it has it at hand. */
  test?: AssessmentView;
}

/** A test's values without the entity: what the short path reads back from its write. */
export type AssessmentView = Omit<Assessment, 'user' | 'campaignParticipation' | 'certificationCandidate'> & {
  user: { id: number };
  campaignParticipation: { id: number } | null;
  certificationCandidate: { id: number } | null;
};

export async function submitAnswer(em: EntityManager, platform: Platform, userId: number, data: AnswerData): Promise<SubmittedAnswer> {
  const parsed = inputSchema.safeParse(data);
  if (!parsed.success) throw fromZod(parsed.error);
  const input = parsed.data;
  // A certification answer (it carries the page's entry token) takes the short path: two prepared statements,
  // each its own transaction; any other test, the general path through the ORM.
  const short = !!input.entryToken && !em.isInTransaction();
  const attempt = async (manager: EntityManager) =>
    (short ? await storeCertificationAnswer(manager, platform, userId, input) : null) ?? manager.transactional((tx) => store(tx, platform, userId, input));
  let result: SubmittedAnswer;
  try {
    result = await attempt(em);
  } catch (e) {
    // The same answer sent twice at the same instant: the unique index kept one; answer like a retry.
    if (!(e instanceof UniqueConstraintViolationException) && (e as { code?: string }).code !== '23505') throw e;
    result = await attempt(em.fork());
  }
  if (result.candidate) platform.supervision.publish(result.candidate.sessionId, result.candidate.id);
  return result;
}

async function store(tx: EntityManager, platform: Platform, userId: number, input: AnswerInputData): Promise<SubmittedAnswer> {
  // The row lock serialises the answers of one test; tests of other learners are not blocked.
  const assessment = await tx.findOne(Assessment, { id: input.assessmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!assessment || assessment.user.id !== userId) throw new AssessmentNotFoundError();

  const previous = await tx.findOne(Answer, { assessment, clientAnswerId: input.clientAnswerId });
  if (previous) {
    if (previous.challengeId !== input.challengeId) throw new ClientAnswerIdReusedError();
    return { status: previous.status as AnswerStatus, assessmentId: assessment.id, replayed: true };
  }
  if (assessment.state !== AssessmentState.STARTED) throw new AssessmentNotInProgressError();
  const certification = assessment.type === AssessmentType.CERTIFICATION;
  let candidate: CertificationCandidate | null = null;
  if (certification) {
    if (assessment.endsAt && assessment.endsAt < platform.now()) throw new TestEndedError();
    candidate = await tx.findOneOrFail(CertificationCandidate, { id: assessment.certificationCandidate!.id });
    if (!entryTokenMatches(candidate, input.entryToken)) throw new ResumeNotAuthorizedError();
  }
  const current = await currentChallenge(tx, platform, assessment);
  if (!current || current.challenge.id !== input.challengeId) throw new ChallengeNotCurrentError();

  const now = platform.now();
  const status = answerStatus(current, input, assessment.currentChallengeAskedAt ?? null, now);

  const answer = tx.create(Answer, {
    assessment,
    challengeId: current.challenge.id,
    skillId: current.skill.id,
    value: input.value,
    status,
    clientAnswerId: input.clientAnswerId,
    timeSpentSeconds: input.timeSpentSeconds ?? null,
    createdAt: now,
  });
  await tx.flush();

  if (candidate) {
    // A certification measures what the profile says; it does not change the profile.
    assessment.currentChallengeId = null;
    assessment.currentChallengeAskedAt = null;
    assessment.answeredCount += 1;
    await tx.flush();
    return { status, assessmentId: assessment.id, replayed: false, candidate: { sessionId: candidate.session.id, id: candidate.id } };
  }
  const competence = platform.referential.competenceByCode.get(current.skill.competenceCode)!;
  const known = await currentKnowledge(tx, userId, competence.code, { forgetInvalidatedBefore: improvingCutoff(assessment, platform.config.improvingDelayDays) });
  for (const k of inferKnowledge(competence, current.skill.id, status === 'OK', known)) {
    const skill = platform.referential.skillById.get(k.skillId)!;
    tx.create(KnowledgeElement, {
      user: assessment.user,
      skillId: k.skillId,
      competenceCode: competence.code,
      status: k.status,
      source: k.source,
      earnedPix: k.status === 'VALIDATED' ? skill.pixValue : 0,
      answerId: answer.id,
      assessmentId: assessment.id,
      createdAt: now,
    });
  }
  assessment.currentChallengeId = null;
  assessment.currentChallengeAskedAt = null;
  assessment.answeredCount += 1;
  await tx.flush();
  return { status, assessmentId: assessment.id, replayed: false };
}
