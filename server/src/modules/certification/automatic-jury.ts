// The automatic jury (domain.md §4): neutralisations from aborts and in-challenge reports, scoring, and either
// publication or the human jury when something needs a person's judgement.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { User } from '../identity/user.entity.js';
import { latestElementsOfUsers } from '../profile/profile.loaders.js';
import { buildProfile } from '../profile/profile-rules.js';
import { Answer, Assessment } from '../positioning/assessment.entity.js';
import { AuditEntry, CertificationIssueReport, CertificationResult, CertificationStatus } from './certification-result.entity.js';
import { CertificationCandidate, CertificationChallenge, CertificationSession, SessionStatus } from './certification-session.entity.js';
import { publishSession } from './publish-session.js';
import { scoreCertification, type ChallengeOutcome } from './scoring/score-certification.js';

type LoadedChallenge = { challenge: { illustration?: unknown; embed?: unknown; attachment?: unknown; timerSeconds?: number } };

/** Whether an in-challenge report can neutralise that challenge, judging from what the challenge contains. */
export function reportApplies(subcategory: string, loaded: LoadedChallenge | undefined): boolean {
  const c = loaded?.challenge;
  switch (subcategory) {
    case 'WEBSITE_UNAVAILABLE': case 'WEBSITE_BLOCKED': case 'SOFTWARE_NOT_WORKING': case 'SKIP_ON_OOPS': case 'ACCESSIBILITY_ISSUE': return true;
    case 'IMAGE_NOT_DISPLAYING': return !!c?.illustration;
    case 'EMBED_NOT_WORKING': return !!c?.embed;
    case 'FILE_NOT_OPENING': return !!c?.attachment;
    case 'EXTRA_TIME_EXCEEDED': return !!c?.timerSeconds;
    default: return false;
  }
}

/** Applies the automatic rules to one candidate's challenges and reports; returns whether a person must look. */
async function resolveCandidate(tx: EntityManager, platform: Platform, candidate: CertificationCandidate, test: Assessment): Promise<boolean> {
  const challenges = await tx.find(CertificationChallenge, { assessmentId: test.id }, { orderBy: { position: 'asc' } });
  const answers = new Map((await tx.find(Answer, { assessment: test.id })).map((a) => [a.challengeId, a.status]));
  if (candidate.abortReason === 'TECHNICAL') for (const c of challenges) if (!answers.has(c.challengeId)) c.neutralized = true;
  let needsJury = false;
  for (const report of await tx.find(CertificationIssueReport, { candidate })) {
    if (report.category === 'IN_CHALLENGE') {
      const target = challenges[(report.questionNumber ?? 0) - 1];
      const loaded = target ? platform.referential.challengeById.get(target.challengeId) : undefined;
      if (!target) report.resolution = 'QUESTION_NOT_FOUND';
      else if (answers.get(target.challengeId) === 'OK') report.resolution = 'NO_EFFECT_ANSWER_CORRECT';
      else if (reportApplies(report.subcategory ?? '', loaded)) {
        target.neutralized = true;
        report.resolution = 'NEUTRALIZED';
      } else if (['IMAGE_NOT_DISPLAYING', 'EMBED_NOT_WORKING', 'FILE_NOT_OPENING', 'EXTRA_TIME_EXCEEDED'].includes(report.subcategory ?? '')) {
        report.resolution = 'NOT_APPLICABLE_TO_CHALLENGE';
      } else {
        report.impactful = true;
      }
    } else if (report.category === 'FRAUD' || report.category === 'CANDIDATE_INFORMATIONS_CHANGES') {
      report.impactful = true;
    } else {
      report.resolution = 'NO_EFFECT';
    }
    if (report.impactful && !report.resolution) needsJury = true;
  }
  await tx.flush();
  return needsJury;
}

/** Scores a candidate's test from its challenges as they stand (neutralisations included) and stores the result. */
export async function scoreCandidate(tx: EntityManager, platform: Platform, candidate: CertificationCandidate, test: Assessment): Promise<CertificationResult> {
  const challenges = await tx.find(CertificationChallenge, { assessmentId: test.id }, { orderBy: { position: 'asc' } });
  const answers = new Map((await tx.find(Answer, { assessment: test.id })).map((a) => [a.challengeId, a.status as ChallengeOutcome]));
  const elements = (await latestElementsOfUsers(tx, [test.user.id])).get(test.user.id) ?? [];
  const profile = buildProfile(elements, platform.referential, platform.config, platform.now());
  let result = await tx.findOne(CertificationResult, { candidate });
  try {
    const scored = scoreCertification({
      challenges: challenges.map((c) => ({
        competenceCode: c.competenceCode,
        challengeId: c.challengeId,
        challengeType: platform.referential.challengeById.get(c.challengeId)?.challenge.type ?? 'QCU',
        status: answers.get(c.challengeId) ?? null,
        neutralized: c.neutralized,
      })),
      profile: new Map(profile.scorecards.map((s) => [s.competenceCode, { level: s.level, pix: s.pix }])),
      abortReason: candidate.abortReason ?? null,
    });
    const values = {
      status: scored.status as CertificationStatus,
      pixScore: scored.pixScore,
      reproducibilityRate: scored.reproducibilityRate,
      competences: scored.competences.map((c) => ({ competenceCode: c.competenceCode, level: c.level, pix: c.pix, decision: c.decision, explanation: c.explanation })),
      explanation: { ...scored.explanation, competences: scored.competences },
      updatedAt: platform.now(),
    };
    if (result?.juryDecision === 'REJECTED_FOR_FRAUD') Object.assign(values, { status: CertificationStatus.REJECTED, pixScore: 0 });
    if (result?.juryDecision === 'CANCELLED_BY_JURY') Object.assign(values, { status: CertificationStatus.CANCELLED, pixScore: 0 });
    if (result) Object.assign(result, values);
    else result = tx.create(CertificationResult, { candidate, session: candidate.session, ...values });
  } catch (e) {
    const values = { status: CertificationStatus.ERROR, pixScore: 0, reproducibilityRate: 0, competences: [], explanation: { error: (e as Error).message }, updatedAt: platform.now() };
    if (result) Object.assign(result, values);
    else result = tx.create(CertificationResult, { candidate, session: candidate.session, ...values });
  }
  await tx.flush();
  return result;
}

export async function runAutomaticJury(tx: EntityManager, platform: Platform, session: CertificationSession, actorId: number | null): Promise<void> {
  const candidates = await tx.find(CertificationCandidate, { session });
  const tests = await tx.find(Assessment, { certificationCandidate: { $in: candidates.map((c) => c.id) } });
  let needsJury = !!session.examinerGlobalComment;
  for (const test of tests) {
    const candidate = candidates.find((c) => c.id === test.certificationCandidate!.id)!;
    if (await resolveCandidate(tx, platform, candidate, test)) needsJury = true;
    const result = await scoreCandidate(tx, platform, candidate, test);
    if (result.status === CertificationStatus.ERROR) needsJury = true;
  }
  tx.create(AuditEntry, {
    actor: actorId ? tx.getReference(User, actorId) : null, action: 'AUTOMATIC_JURY', targetType: 'SESSION', targetId: session.id,
    data: { decision: needsJury ? 'TO_JURY' : 'PUBLISHED', candidates: tests.length }, createdAt: platform.now(),
  });
  if (needsJury) {
    session.status = SessionStatus.IN_PROCESS;
    await tx.flush();
  } else {
    await publishSession(tx, platform, session, null);
  }
}
