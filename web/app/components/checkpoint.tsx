import type { ReactNode } from 'react';
import type { AnswerStatus } from '../gql/graphql';
import { markdownToText } from '../lib/markdown';

export interface Review {
  challenge: { id: string; instruction: string };
  status: AnswerStatus;
  givenAnswer: string[];
  correctAnswer: string[];
  tutorials: { title: string; url: string; format: string; durationMinutes: number }[];
}

const STATUS_LABELS: Record<AnswerStatus, string> = {
  OK: 'Réussi',
  KO: 'Raté',
  SKIPPED: 'Passé',
  TIMEDOUT: 'Temps écoulé',
  PARTIALLY: 'Partiellement réussi',
  FOCUSED_OUT: 'Sortie de page',
};

/** One value as text, several (QCM, QROCM) as a short list. */
function Values({ values, empty }: { values: string[]; empty: string }) {
  const shown = values.filter((v) => v.trim() !== '');
  if (shown.length === 0) return <>{empty}</>;
  if (shown.length === 1) return <>{shown[0]}</>;
  return <ul className="values">{shown.map((v, i) => <li key={i}>{v}</li>)}</ul>;
}

/** The answers since the previous checkpoint, with the right answers and tutorials to learn more. */
export function Checkpoint({ reviews, children }: { reviews: Review[]; children?: ReactNode }) {
  return (
    <section data-testid="checkpoint" className="checkpoint" aria-labelledby="point-etape">
      <h1 id="point-etape">Point d'étape</h1>
      <p className="lead">
        {reviews.length > 1
          ? `Vos ${reviews.length} dernières réponses, avec les bonnes réponses et des ressources pour progresser.`
          : 'Votre dernière réponse, avec la bonne réponse et des ressources pour progresser.'}
      </p>
      <ol className="reviews">
        {reviews.map((review, i) => (
          <li key={`${review.challenge.id}-${i}`} data-testid="checkpoint-answer" className={`review review-${review.status.toLowerCase()}`}>
            <div className="review-header">
              <p className="review-question">{markdownToText(review.challenge.instruction)}</p>
              <p className="review-status"><span className="visually-hidden">Résultat : </span>{STATUS_LABELS[review.status]}</p>
            </div>
            <dl className="review-details">
              <div>
                <dt>Votre réponse</dt>
                <dd><Values values={review.givenAnswer} empty="Je passe" /></dd>
              </div>
              <div>
                <dt>Bonne réponse</dt>
                <dd><Values values={review.correctAnswer} empty="—" /></dd>
              </div>
            </dl>
            {review.tutorials.length > 0 && (
              <div className="tutorials">
                <p>Pour progresser :</p>
                <ul>
                  {review.tutorials.map((t) => (
                    <li key={t.url}>
                      <a href={t.url} target="_blank" rel="noopener noreferrer">
                        {t.title}<span className="visually-hidden"> (nouvel onglet)</span>
                      </a>{' '}
                      <span className="tutorial-meta">{t.format} · {t.durationMinutes} min</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}
