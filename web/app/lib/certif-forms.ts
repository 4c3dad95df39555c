// Reading the certification forms into the API's inputs. Shared by the browser (checks before sending) and the
// route actions; the API checks everything again and its French messages are shown as they come.
import type { AbortReason, FinalizeSessionInput, IssueReportCategory } from '../gql/graphql';
import { ISSUE_CATEGORY_LABELS, ISSUE_SUBCATEGORIES } from './certif-labels';

export type Problems = Record<string, string>;

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export interface SessionFields {
  address: string;
  room: string;
  examiner: string;
  date: string;
  time: string;
  description: string | null;
  invigilatorCount: number | null;
}

/** The fields of a session form (creation or change), or one message per faulty field. */
export function readSessionForm(form: FormData): { values: SessionFields; problems: Problems | null } {
  const count = text(form, 'invigilatorCount');
  const values: SessionFields = {
    address: text(form, 'address'),
    room: text(form, 'room'),
    examiner: text(form, 'examiner'),
    date: text(form, 'date'),
    time: text(form, 'time'),
    description: text(form, 'description') || null,
    invigilatorCount: count ? Number(count) : null,
  };
  const problems: Problems = {};
  if (!values.address) problems.address = 'Indiquez le site.';
  if (!values.room) problems.room = 'Indiquez la salle.';
  if (!values.examiner) problems.examiner = 'Indiquez le nom du ou des surveillants.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) problems.date = 'Indiquez la date.';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.time)) problems.time = "Indiquez l'heure de début (HH:MM).";
  if (values.invigilatorCount !== null && (!Number.isInteger(values.invigilatorCount) || values.invigilatorCount < 1 || values.invigilatorCount > 20)) {
    problems.invigilatorCount = 'Le nombre de surveillants va de 1 à 20.';
  }
  if (values.description && values.description.length > 500) problems.description = 'La description fait 500 caractères au plus.';
  return { values, problems: Object.keys(problems).length ? problems : null };
}

export interface ClassSession { division: string; room: string; date: string; time: string }

/** The classes ticked in the « one session per class » form, each with its room, date and time. */
export function readPerClassForm(form: FormData, divisions: string[]): { classes: ClassSession[]; problems: Problems | null } {
  const classes: ClassSession[] = [];
  const problems: Problems = {};
  divisions.forEach((division, i) => {
    if (form.get(`class-${i}`) !== 'on') return;
    const row = { division, room: text(form, `class-${i}-room`), date: text(form, `class-${i}-date`), time: text(form, `class-${i}-time`) };
    if (!row.room || !/^\d{4}-\d{2}-\d{2}$/.test(row.date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(row.time)) {
      problems[`class-${i}`] = `Classe ${division} : indiquez la salle, la date et l'heure.`;
    }
    classes.push(row);
  });
  if (!classes.length) problems.classes = 'Cochez au moins une classe.';
  if (!text(form, 'address')) problems.address = 'Indiquez le site.';
  if (!text(form, 'examiner')) problems.examiner = 'Indiquez le nom du ou des surveillants.';
  return { classes, problems: Object.keys(problems).length ? problems : null };
}

/** The pupils ticked in the enrolment picker, each with the extra time typed beside them (0 when empty). */
export function readEnrolmentForm(form: FormData): { studentIds: string[]; extraTimePercentages: number[]; problem: string | null } {
  const studentIds = form.getAll('studentId').map(String);
  const extraTimePercentages = studentIds.map((id) => Number(text(form, `extra-${id}`) || '0'));
  let problem: string | null = null;
  if (!studentIds.length) problem = 'Cochez au moins un élève.';
  else if (extraTimePercentages.some((p) => !Number.isInteger(p) || p < 0 || p > 200)) problem = 'Le temps majoré est un pourcentage entre 0 et 200.';
  return { studentIds, extraTimePercentages, problem };
}

export interface FinalisationCandidate {
  id: string;
  firstName: string;
  lastName: string;
  /** Started a test: only they have something to report. */
  tested: boolean;
  /** Started but did not answer every question: an abort reason is due. */
  unfinished: boolean;
}

export const COMMENT_MAX = 500;

const ABORT_REASONS: AbortReason[] = ['CANDIDATE', 'TECHNICAL'];

/** The finalisation input from the form, and what is missing before sending it (one message per field). */
export function readFinalisationForm(form: FormData, sessionId: string, candidates: FinalisationCandidate[]): { input: FinalizeSessionInput; problems: Problems | null } {
  const problems: Problems = {};
  const reports = candidates.filter((c) => c.tested).map((c) => {
    const abort = text(form, `abort-${c.id}`) as AbortReason;
    const abortReason = ABORT_REASONS.includes(abort) ? abort : null;
    if (c.unfinished && !abortReason) problems[`abort-${c.id}`] = `${c.firstName} ${c.lastName} n'a pas terminé : indiquez la raison.`;
    return {
      candidateId: c.id,
      hasSeenEndTestScreen: form.get(`seen-${c.id}`) === 'on',
      abortReason: c.unfinished ? abortReason : null,
      issueReports: readIssues(form, c, problems),
    };
  });
  const comment = text(form, 'comment');
  if (comment.length > COMMENT_MAX) problems.comment = `Le commentaire fait ${COMMENT_MAX} caractères au plus.`;
  return {
    input: { sessionId, examinerGlobalComment: comment || null, reports },
    problems: Object.keys(problems).length ? problems : null,
  };
}

/** A candidate's reports are sent as issue-<candidate>-<n>-<field>, n counting from 0 with gaps once removed. */
function readIssues(form: FormData, candidate: FinalisationCandidate, problems: Problems) {
  const prefix = `issue-${candidate.id}-`;
  const numbers = [...new Set([...form.keys()].filter((k) => k.startsWith(prefix) && k.endsWith('-category')).map((k) => k.slice(prefix.length, -'-category'.length)))];
  return numbers.map((n) => {
    const field = (name: string) => text(form, `${prefix}${n}-${name}`);
    const category = field('category') as IssueReportCategory;
    const subcategories = ISSUE_SUBCATEGORIES[category];
    const subcategory = subcategories && field('subcategory') in subcategories ? field('subcategory') : null;
    const question = field('question');
    const questionNumber = category === 'IN_CHALLENGE' && question ? Number(question) : null;
    const who = `${candidate.firstName} ${candidate.lastName}`;
    if (!(category in ISSUE_CATEGORY_LABELS)) problems[`${prefix}${n}-category`] = `${who} : choisissez la catégorie du signalement.`;
    else if (subcategories && !subcategory) problems[`${prefix}${n}-subcategory`] = `${who} : précisez le problème signalé.`;
    if (category === 'IN_CHALLENGE' && (!questionNumber || !Number.isInteger(questionNumber) || questionNumber < 1)) {
      problems[`${prefix}${n}-question`] = `${who} : indiquez le numéro de la question concernée.`;
    }
    return { category, subcategory, questionNumber, description: field('description') || null };
  });
}

/** Seconds as « mm:ss » (minutes not capped: « 105:00 » at the start of a test). */
export function clock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The browser's WebSocket address of the API: its public address if set, else the one the web server uses. */
export function apiWebSocketUrl(env: { PUBLIC_API_URL?: string; API_URL?: string }): string {
  const http = env.PUBLIC_API_URL ? `${env.PUBLIC_API_URL.replace(/\/$/, '')}/graphql` : env.API_URL ?? 'http://127.0.0.1:4000/graphql';
  return http.replace(/^http/, 'ws');
}
