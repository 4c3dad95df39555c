import { redirect } from 'react-router';
import type { Route } from './+types/accueil';
import { getToken } from '../lib/session.server';

// No page of its own: the home address leads to the profile or to sign-in.
export async function loader({ request }: Route.LoaderArgs) {
  throw redirect((await getToken(request)) ? '/profil' : '/connexion');
}
