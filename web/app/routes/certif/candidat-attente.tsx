// The candidate has joined: they wait until the invigilator confirms their presence, then go on to the code.
import { useEffect } from 'react';
import { Link, redirect, useRevalidator } from 'react-router';
import type { Route } from './+types/candidat-attente';
import { Header } from '../../components/header';
import { candidateStep, loadMyCandidate } from '../../lib/certif-candidate.server';
import { calendarDate } from '../../lib/dates';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const POLL_EVERY_MS = 3000;

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'En attente du surveillant – OpenCRCN' }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const candidate = await loadMyCandidate(request, token, params.sessionId);
  const step = candidateStep(candidate);
  if (step !== 'attente') throw redirect(`/certification/${params.sessionId}/${step}`);
  return { candidate };
}

export default function Attente({ loaderData }: Route.ComponentProps) {
  const { candidate } = loaderData;
  const revalidator = useRevalidator();
  const state = revalidator.state;
  // Asks again every 3 seconds; the loader moves on to the code as soon as the presence is confirmed.
  useEffect(() => {
    if (state !== 'idle') return;
    const timer = setTimeout(() => void revalidator.revalidate(), POLL_EVERY_MS);
    return () => clearTimeout(timer);
  }, [state, revalidator]);
  const session = candidate.session;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-narrow">
        <h1>Session n° {session?.id}</h1>
        {session && <p className="lead">{session.certificationCenter.name} – {calendarDate(session.date)} à {session.time}, {session.room}</p>}
        <div className="panel certif-waiting" role="status" data-testid="waiting">
          <p className="certif-waiting-title">En attente de la confirmation du surveillant</p>
          <p>{candidate.firstName} {candidate.lastName}, vous êtes bien inscrit(e). Le surveillant va confirmer votre présence : cette page passe alors d'elle-même à la saisie du code d'accès.</p>
        </div>
        <p><Link to="/certification">Ce n'est pas moi</Link></p>
      </main>
    </>
  );
}
