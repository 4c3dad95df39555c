import { redirect } from 'react-router';
import type { Route } from './+types/deconnexion';
import { signOut } from '../lib/session.server';

// Signing out is a POST (the header button), so a link or a prefetch cannot sign anyone out.
export async function action({ request }: Route.ActionArgs) {
  return signOut(request);
}

export function loader() {
  throw redirect('/');
}
