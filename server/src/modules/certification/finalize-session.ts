// Finalisation by the centre after the session (domain.md §4): end screen seen, issue reports, an abort reason for
// every unfinished test, a comment; then the automatic jury, all in one transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Platform } from '../../graphql/context.js';
import { AppError, fromZod } from '../../graphql/errors.js';
import { Assessment, AssessmentState } from '../positioning/assessment.entity.js';
import { runAutomaticJury } from './automatic-jury.js';
import { CertificationIssueReport } from './certification-result.entity.js';
import { CertificationCandidate, CertificationChallenge, CertificationSession, SessionStatus } from './certification-session.entity.js';
import { SessionNotFoundError } from './errors.js';
import { notifySessionChange } from './session-events.js';

export const ISSUE_CATEGORIES = ['CANDIDATE_INFORMATIONS_CHANGES', 'IN_CHALLENGE', 'FRAUD', 'NON_BLOCKING_CANDIDATE_ISSUE', 'NON_BLOCKING_TECHNICAL_ISSUE'] as const;
export const IN_CHALLENGE_SUBCATEGORIES = [
  'IMAGE_NOT_DISPLAYING', 'EMBED_NOT_WORKING', 'FILE_NOT_OPENING', 'WEBSITE_UNAVAILABLE', 'WEBSITE_BLOCKED', 'SOFTWARE_NOT_WORKING',
  'EXTRA_TIME_EXCEEDED', 'UNINTENTIONAL_FOCUS_OUT', 'SKIP_ON_OOPS', 'ACCESSIBILITY_ISSUE',
] as const;
export const INFORMATION_SUBCATEGORIES = ['NAME_OR_BIRTHDATE', 'EXTRA_TIME_PERCENTAGE'] as const;

export class SessionAlreadyFinalizedError extends AppError {
  constructor() { super('SESSION_ALREADY_FINALIZED', 'Cette session est déjà finalisée.'); }
}
export class AbortReasonRequiredError extends AppError {
  constructor(names: string[]) {
    super('ABORT_REASON_REQUIRED', `Indiquez la raison de l’abandon pour chaque test non terminé : ${names.join(', ')}.`, { candidates: names });
  }
}

const reportSchema = z.object({
  candidateId: z.coerce.number().int(),
  hasSeenEndTestScreen: z.boolean(),
  abortReason: z.enum(['CANDIDATE', 'TECHNICAL']).nullish(),
  issueReports: z.array(z.object({
    category: z.enum(ISSUE_CATEGORIES),
    subcategory: z.string().nullish(),
    questionNumber: z.number().int().min(1).nullish(),
    description: z.string().max(2000).nullish(),
  }).superRefine((r, ctx) => {
    if (r.category === 'IN_CHALLENGE') {
      if (!r.questionNumber) ctx.addIssue({ code: 'custom', path: ['questionNumber'], message: 'Un problème sur une question indique le numéro de la question.' });
      if (!IN_CHALLENGE_SUBCATEGORIES.includes(r.subcategory as never)) ctx.addIssue({ code: 'custom', path: ['subcategory'], message: 'Sous-catégorie de problème sur une question inconnue.' });
    }
    if (r.category === 'CANDIDATE_INFORMATIONS_CHANGES' && !INFORMATION_SUBCATEGORIES.includes(r.subcategory as never)) {
      ctx.addIssue({ code: 'custom', path: ['subcategory'], message: 'Précisez ce qui change : nom ou date de naissance, ou temps majoré.' });
    }
  })).nullish(),
});

export const finalizeSchema = z.object({
  sessionId: z.coerce.number().int(),
  examinerGlobalComment: z.string().trim().max(500, 'Le commentaire de session fait 500 caractères au plus.').nullish(),
  reports: z.array(reportSchema),
});
export type FinalizeData = z.input<typeof finalizeSchema>;

export async function finalizeSession(em: EntityManager, platform: Platform, data: FinalizeData, actorId: number | null): Promise<CertificationSession> {
  const parsed = finalizeSchema.safeParse(data);
  if (!parsed.success) throw fromZod(parsed.error);
  const input = parsed.data;
  return em.transactional(async (tx) => {
    await tx.execute('select id from certification_sessions where id = ? for update', [input.sessionId]);
    const session = await tx.findOne(CertificationSession, { id: input.sessionId }, { refresh: true });
    if (!session) throw new SessionNotFoundError();
    if (session.status !== SessionStatus.CREATED) throw new SessionAlreadyFinalizedError();
    const candidates = await tx.find(CertificationCandidate, { session });
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const reports = new Map(input.reports.map((r) => [r.candidateId, r]));
    const tests = await tx.find(Assessment, { certificationCandidate: { $in: candidates.map((c) => c.id) } });
    const missing: string[] = [];
    for (const test of tests) {
      const candidate = byId.get(test.certificationCandidate!.id)!;
      const total = await tx.count(CertificationChallenge, { assessmentId: test.id });
      const unfinished = test.answeredCount < total;
      const report = reports.get(candidate.id);
      if (unfinished && !report?.abortReason) missing.push(`${candidate.firstName} ${candidate.lastName}`);
      for (const issue of report?.issueReports ?? []) {
        if (issue.questionNumber && issue.questionNumber > total) {
          throw fromZod({ issues: [{ path: ['reports', candidate.id, 'questionNumber'], message: `${candidate.firstName} ${candidate.lastName} n’a eu que ${total} questions.` }] });
        }
      }
    }
    if (missing.length) throw new AbortReasonRequiredError(missing);
    for (const [candidateId, report] of reports) {
      const candidate = byId.get(candidateId);
      if (!candidate) continue;
      candidate.hasSeenEndTestScreen = report.hasSeenEndTestScreen;
      candidate.abortReason = report.abortReason ?? null;
      for (const issue of report.issueReports ?? []) {
        tx.create(CertificationIssueReport, {
          candidate, category: issue.category, subcategory: issue.subcategory ?? null, questionNumber: issue.questionNumber ?? null, description: issue.description ?? null,
        });
      }
    }
    const now = platform.now();
    await tx.nativeUpdate(Assessment, { certificationCandidate: { $in: candidates.map((c) => c.id) }, state: AssessmentState.STARTED }, { state: AssessmentState.ENDED_DUE_TO_FINALIZATION, completedAt: now, currentChallengeId: null });
    session.status = SessionStatus.FINALIZED;
    session.finalizedAt = now;
    session.examinerGlobalComment = input.examinerGlobalComment || null;
    await tx.flush();
    await runAutomaticJury(tx, platform, session, actorId);
    await notifySessionChange(tx, session.id, null);
    return session;
  });
}
