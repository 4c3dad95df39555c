import { data, Link } from 'react-router';
import type { Route } from './+types/profil';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { apiRequest, isAuthError } from '../lib/graphql.server';
import { levelProgress, PIX_PER_LEVEL, STATUS_LABELS } from '../lib/scorecard';
import { requireToken, signOut } from '../lib/session.server';

const ProfileQuery = graphql(`
  query LearnerProfile {
    me {
      firstName
      lastName
      profile {
        totalPix
        isCertifiable
        certifiableCompetencesCount
        scorecards {
          competence { code name area { code } }
          level
          pix
          pixToNextLevel
          status
        }
      }
    }
    areas { code title }
  }
`);

// 16 competences × 8 levels × 8 pix per level: the theoretical maximum of a profile.
const MAX_PIX = 1024;
const MIN_CERTIFIABLE_COMPETENCES = 5;

export function meta() {
  return [{ title: 'Mon profil – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const result = await apiRequest(token, ProfileQuery, {});
  if (result.error) {
    if (isAuthError(result.error)) throw await signOut(request);
    throw data(result.error.message, { status: 502 });
  }
  // `me` is null when the API no longer knows the token's user.
  if (!result.data.me) throw await signOut(request);
  return { me: result.data.me, areas: result.data.areas };
}

type Scorecard = Route.ComponentProps['loaderData']['me']['profile']['scorecards'][number];

function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}

function CertifiableBanner({ isCertifiable, count }: { isCertifiable: boolean; count: number }) {
  return isCertifiable ? (
    <p data-testid="certifiable-banner" className="banner banner-ok">
      <strong>Votre profil est certifiable</strong> : vous avez au moins le niveau 1 dans {plural(count, 'compétence')}.
    </p>
  ) : (
    <p data-testid="certifiable-banner" className="banner banner-todo">
      Votre profil n'est pas encore certifiable : il faut le niveau 1 dans au moins {MIN_CERTIFIABLE_COMPETENCES} compétences
      (vous en avez {count}).
    </p>
  );
}

function CompetenceCard({ scorecard }: { scorecard: Scorecard }) {
  const { competence, level, pix, pixToNextLevel, status } = scorecard;
  const progress = levelProgress(level, pixToNextLevel);
  return (
    <li data-testid="competence-card" className="card">
      <h3 className="card-title">
        {/* One link per card, named by the competence; .card-link::after (app.css) makes the whole card clickable. */}
        <Link to={`/competences/${competence.code}`} className="card-link">
          <span className="card-code">{competence.code}</span> {competence.name}
        </Link>
      </h3>
      <p className="card-level">Niveau {level}</p>
      <p className="card-pix">{pix} pix</p>
      <progress className="card-progress" max={PIX_PER_LEVEL} value={progress.value} aria-label={progress.label} title={progress.label} />
      <p className={`card-status status-${status.toLowerCase().replace('_', '-')}`}>{STATUS_LABELS[status]}</p>
    </li>
  );
}

export default function Profil({ loaderData }: Route.ComponentProps) {
  const { me, areas } = loaderData;
  const { profile } = me;
  return (
    <>
      <Header user={me} />
      <main id="contenu" className="page">
        <h1>Mon profil de compétences</h1>
        <div className="summary">
          <p className="total">
            <span className="total-value">{profile.totalPix}</span> pix / {MAX_PIX}
          </p>
          <CertifiableBanner isCertifiable={profile.isCertifiable} count={profile.certifiableCompetencesCount} />
        </div>
        {areas.map((area) => (
          <section key={area.code} data-testid="area-row" className={`area area-${area.code}`} aria-labelledby={`domaine-${area.code}`}>
            <h2 id={`domaine-${area.code}`}>
              <span className="area-code">{area.code}</span> {area.title}
            </h2>
            <ul className="cards">
              {profile.scorecards
                .filter((s) => s.competence.area.code === area.code)
                .map((s) => <CompetenceCard key={s.competence.code} scorecard={s} />)}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
