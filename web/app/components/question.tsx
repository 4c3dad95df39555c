// One question of a test: instruction, media, the answer fields of its type, a countdown when timed and the
// watch on leaving the page when focused. Render it with a key per question: each display starts afresh.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ChallengeType } from '../gql/graphql';
import { minutesSeconds } from '../lib/format';
import { newAnswerId } from '../lib/pending-answer';
import { Markdown } from './markdown';

export interface Challenge {
  id: string;
  type: ChallengeType;
  instruction: string;
  proposals: string[];
  timerSeconds?: number | null;
  focused: boolean;
  illustration?: { url: string; alt: string } | null;
  attachment?: { name: string; url: string } | null;
  embed?: { url: string; title: string; height?: number | null } | null;
}

interface QuestionProps {
  number: number;
  competence: { code: string; name: string } | null | undefined;
  challenge: Challenge;
  /** Sends the answer form (the route's fetcher). */
  send: (form: FormData) => void;
  /** An answer is being sent or waits for the connection: no second one. */
  locked: boolean;
  /** Messages about the sending, under the buttons. */
  notice?: ReactNode;
}

function AnswerFields({ challenge }: { challenge: Challenge }) {
  const { type, proposals } = challenge;
  if (type === 'QCU' || type === 'QCM') {
    const single = type === 'QCU';
    return (
      <fieldset className="answer">
        <legend>{single ? 'Choisissez une réponse' : 'Choisissez une ou plusieurs réponses'}</legend>
        {proposals.map((proposal, i) => (
          <label key={i} className="choice">
            <input type={single ? 'radio' : 'checkbox'} name="value" value={proposal} />
            <span>{proposal}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  // QROC and QROCM: one text field per label, sent in this order.
  const labels = proposals.length > 0 ? proposals : ['Votre réponse'];
  return (
    <fieldset className="answer">
      <legend>{labels.length > 1 ? 'Vos réponses' : 'Votre réponse'}</legend>
      {labels.map((label, i) => (
        <div key={i} className="field">
          <label htmlFor={`reponse-${i}`}>{label}</label>
          <input id={`reponse-${i}`} name="value" type="text" autoComplete="off" spellCheck={false} />
        </div>
      ))}
    </fieldset>
  );
}

function Media({ challenge }: { challenge: Challenge }) {
  const { illustration, attachment, embed } = challenge;
  return (
    <>
      {illustration && (
        <figure className="illustration">
          <img src={illustration.url} alt={illustration.alt} />
        </figure>
      )}
      {attachment && (
        <p className="attachment">
          <a href={attachment.url} download={attachment.name}>Télécharger le fichier « {attachment.name} »</a>
        </p>
      )}
      {embed && (
        // No allow-same-origin: the embedded page cannot reach the app, its cookies or its storage.
        <iframe className="embed" src={embed.url} title={embed.title} height={embed.height ?? 400} sandbox="allow-scripts allow-forms" />
      )}
    </>
  );
}

export function Question({ number, competence, challenge, send, locked, notice }: QuestionProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const shownAt = useRef(0);
  const leftPage = useRef(false);
  const sent = useRef(false);
  const [clientAnswerId, setClientAnswerId] = useState('');
  const [remaining, setRemaining] = useState(challenge.timerSeconds ?? 0);
  const [showLeftWarning, setShowLeftWarning] = useState(false);
  const [missing, setMissing] = useState(false);

  // Created in the browser when the question is shown; kept in the form, so a double click or a resend reuses it.
  useEffect(() => {
    setClientAnswerId(newAnswerId());
    shownAt.current = Date.now();
  }, []);

  function submit(skip: boolean) {
    const form = new FormData(formRef.current!);
    if (skip) form.set('intent', 'skip');
    form.set('timeSpentSeconds', String(Math.round((Date.now() - shownAt.current) / 1000)));
    if (leftPage.current) form.set('focusedOut', 'true');
    sent.current = true;
    send(form);
  }
  const submitRef = useRef(submit);
  useEffect(() => { submitRef.current = submit; });

  // The countdown runs from the display; at zero the answer leaves as it is.
  useEffect(() => {
    const seconds = challenge.timerSeconds;
    if (!seconds) return;
    const timer = setInterval(() => {
      const left = seconds - (Date.now() - shownAt.current) / 1000;
      setRemaining(Math.max(0, left));
      if (left <= 0) {
        clearInterval(timer);
        if (!sent.current) submitRef.current(false);
      }
    }, 250);
    return () => clearInterval(timer);
  }, [challenge.timerSeconds]);

  // A focused question reports leaving the page: another tab, another window, a minimised browser.
  useEffect(() => {
    if (!challenge.focused) return;
    const check = () => {
      // Clicking into the embedded page moves the focus without leaving the page: hasFocus() stays true.
      setTimeout(() => {
        if (document.visibilityState === 'hidden' || !document.hasFocus()) {
          leftPage.current = true;
          setShowLeftWarning(true);
        }
      }, 0);
    };
    document.addEventListener('visibilitychange', check);
    window.addEventListener('blur', check);
    return () => {
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('blur', check);
    };
  }, [challenge.focused]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const skip = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'skip';
    const answered = new FormData(event.currentTarget).getAll('value').some((v) => String(v).trim() !== '');
    setMissing(!skip && !answered);
    if (skip || answered) submit(skip);
  }

  const choices = challenge.type === 'QCU' || challenge.type === 'QCM';
  return (
    <section data-testid="challenge" data-challenge-id={challenge.id} className="question" aria-labelledby="question-titre">
      <div className="progress-line">
        <h1 id="question-titre">Question {number}</h1>
        {competence && <span className="progress-competence">{competence.code} {competence.name}</span>}
      </div>
      {challenge.timerSeconds ? (
        <p className={`timer${remaining <= 10 ? ' timer-ending' : ''}`}>
          Temps restant : <span role="timer" aria-label="Temps restant">{minutesSeconds(remaining)}</span>
        </p>
      ) : null}
      {challenge.focused && (
        <p className="notice">Question surveillée : restez sur cette page jusqu'à votre réponse, une sortie de page est signalée.</p>
      )}
      {showLeftWarning && <p role="alert" className="alert alert-error">Vous avez quitté la page : ce sera signalé avec votre réponse.</p>}

      <Markdown text={challenge.instruction} className="instruction" />
      <Media challenge={challenge} />

      {/* method="post" keeps the form working before the page's script has loaded. */}
      <form ref={formRef} method="post" onSubmit={handleSubmit} className="answer-form" noValidate>
        <input type="hidden" name="challengeId" value={challenge.id} />
        <input type="hidden" name="clientAnswerId" value={clientAnswerId} />
        <AnswerFields challenge={challenge} />
        {missing && (
          <p role="alert" className="field-error">
            {choices ? 'Choisissez une réponse' : 'Saisissez une réponse'}, ou cliquez sur « Je passe ».
          </p>
        )}
        <div className="actions">
          <button type="submit" name="intent" value="answer" className="button" disabled={locked}>Je valide</button>
          <button type="submit" name="intent" value="skip" className="button button-secondary" disabled={locked}>Je passe</button>
        </div>
        {notice}
      </form>
    </section>
  );
}
