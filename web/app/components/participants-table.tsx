// The participants of a campaign and what each one sent. Results exist only once sent: before that, a dash.
import type { CampaignType, ParticipationStatus } from '../gql/graphql';
import { PARTICIPATION_STATUS_LABELS, yesNo } from '../lib/labels';

export interface Participation {
  id: string;
  status: ParticipationStatus;
  progress: number;
  masteryPercentage?: number | null;
  totalPix?: number | null;
  isCertifiable?: boolean | null;
  certifiableCompetencesCount?: number | null;
  participant: { firstName: string; lastName: string };
  student?: { firstName: string; lastName: string; division?: string | null } | null;
  stage?: { index: number; total: number; title: string } | null;
}

/** Stage 0 is the first one: a parcours of 4 stages shows 0 to 3 stars. */
function StageStars({ stage }: { stage: NonNullable<Participation['stage']> }) {
  const reachable = Math.max(stage.total - 1, 0);
  const label = `Palier ${stage.index} sur ${reachable} : ${stage.title}`;
  return (
    <span role="img" aria-label={label} title={label} className="stars">
      <span className="stars-on">{'★'.repeat(stage.index)}</span>
      <span className="stars-off">{'☆'.repeat(Math.max(reachable - stage.index, 0))}</span>
    </span>
  );
}

const dash = (value: number | null | undefined, unit = '') => (value == null ? '–' : `${value}${unit}`);

export function ParticipantsTable({ type, participations }: { type: CampaignType; participations: Participation[] }) {
  const assessment = type === 'ASSESSMENT';
  return (
    <div className="table-wrapper">
      <table className="table" data-testid="participants">
        <caption className="visually-hidden">Participants de la campagne</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Prénom</th>
            <th scope="col">Classe</th>
            <th scope="col">Statut</th>
            {assessment && <th scope="col" className="number">Progression</th>}
            {assessment && <th scope="col" className="number">Maîtrise</th>}
            {assessment && <th scope="col">Palier</th>}
            <th scope="col" className="number">Pix</th>
            <th scope="col">Certifiable</th>
            <th scope="col" className="number">Compétences certifiables</th>
          </tr>
        </thead>
        <tbody>
          {participations.map((p) => {
            // The school's record names the pupil as the school knows them; other participants by their account.
            const person = p.student ?? p.participant;
            return (
              <tr key={p.id} data-testid="participant">
                <td>{person.lastName}</td>
                <td>{person.firstName}</td>
                <td>{p.student?.division ?? '–'}</td>
                <td><span className={`status status-${p.status.toLowerCase()}`}>{PARTICIPATION_STATUS_LABELS[p.status]}</span></td>
                {assessment && <td className="number">{p.progress} %</td>}
                {assessment && <td className="number">{dash(p.masteryPercentage, ' %')}</td>}
                {assessment && <td>{p.stage ? <StageStars stage={p.stage} /> : '–'}</td>}
                <td className="number">{dash(p.totalPix)}</td>
                <td>{yesNo(p.isCertifiable)}</td>
                <td className="number">{dash(p.certifiableCompetencesCount)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
