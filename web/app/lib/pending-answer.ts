// Browser side of answering while offline: an answer is written here before it is sent, and stays until the
// server has acknowledged it, so a lost connection (or a closed tab) never loses it. Resending it with the same
// clientAnswerId is safe: the API stores an answer only once per id.

export interface PendingAnswer {
  assessmentId: string;
  challengeId: string;
  value: string[];
  clientAnswerId: string;
  timeSpentSeconds: number | null;
  focusedOut: boolean;
}

const STORAGE_KEY = 'opencrcn.reponse-en-attente';

/** A fresh id for an answer; crypto.randomUUID only exists on https and localhost, hence the fallback. */
export function newAnswerId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The form fields the route action reads, from an answer. */
export function answerToFormData(answer: PendingAnswer): FormData {
  const form = new FormData();
  form.set('challengeId', answer.challengeId);
  form.set('clientAnswerId', answer.clientAnswerId);
  for (const v of answer.value) form.append('value', v);
  if (answer.timeSpentSeconds !== null) form.set('timeSpentSeconds', String(answer.timeSpentSeconds));
  if (answer.focusedOut) form.set('focusedOut', 'true');
  return form;
}

/** The answer a submitted form describes ("Je passe" sends no value). */
export function answerFromFormData(assessmentId: string, form: FormData): PendingAnswer {
  const seconds = Number(form.get('timeSpentSeconds'));
  return {
    assessmentId,
    challengeId: String(form.get('challengeId') ?? ''),
    value: form.get('intent') === 'skip' ? [] : form.getAll('value').map(String),
    clientAnswerId: String(form.get('clientAnswerId') ?? ''),
    timeSpentSeconds: form.has('timeSpentSeconds') && Number.isInteger(seconds) && seconds >= 0 ? seconds : null,
    focusedOut: form.get('focusedOut') === 'true',
  };
}

export function savePendingAnswer(answer: PendingAnswer): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(answer));
  } catch {
    // Storage full or disabled (private browsing): the answer is still sent, only the offline safety is lost.
  }
}

/** The answer waiting for this test, if any. */
export function readPendingAnswer(assessmentId: string): PendingAnswer | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as PendingAnswer | null;
    return stored?.assessmentId === assessmentId && stored.clientAnswerId ? stored : null;
  } catch {
    return null;
  }
}

/** Forgets the answer once the server has answered about it (stored, or refused for good). */
export function clearPendingAnswer(clientAnswerId: string): void {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as PendingAnswer | null;
    if (stored?.clientAnswerId === clientAnswerId) localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing readable is stored: nothing to forget.
  }
}

/** fetch() rejects with a TypeError when the request cannot leave the browser (offline, server unreachable). */
export function isNetworkFailure(error: unknown): boolean {
  return !navigator.onLine || error instanceof TypeError;
}
