// The jury's list: finalised sessions waiting for a decision (a comment, an incident, a result in error).
import { Link } from 'react-router';
import type { Route } from './+types/jury';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { certifLoad } from '../../lib/certif-api.server';
import { SESSION_STATUS_LABELS } from '../../lib/certif-labels';
import { calendarDate } from '../../lib/dates';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const SessionsToProcessQuery = graphql(`
  query CertifSessionsToProcess {
    sessionsToProcess { id date time status certificationCenter { name } }
  }
`);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'Jury de certification – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { sessionsToProcess } = await certifLoad(request, token, SessionsToProcessQuery, {});
  return { sessions: sessionsToProcess };
}

export default function Jury({ loaderData }: Route.ComponentProps) {
  const { sessions } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page">
        <h1>Sessions à traiter</h1>
        <p className="lead">Les sessions finalisées dont un résultat, un signalement ou un commentaire attend une décision du jury.</p>
        {sessions.length === 0 ? <p className="empty">Aucune session à traiter.</p> : (
          <div className="table-wrapper">
            <table className="table" data-testid="sessions-to-process">
              <caption className="visually-hidden">Sessions à traiter, les plus anciennes d'abord</caption>
              <thead><tr><th scope="col">N° de session</th><th scope="col">Date</th><th scope="col">Centre</th><th scope="col">Statut</th></tr></thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td><Link to={`/jury/sessions/${s.id}`} aria-label={`Session n° ${s.id}`}><span className="code">{s.id}</span></Link></td>
                    <td>{calendarDate(s.date)} à {s.time}</td>
                    <td>{s.certificationCenter.name}</td>
                    <td>{SESSION_STATUS_LABELS[s.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </>
  );
}
