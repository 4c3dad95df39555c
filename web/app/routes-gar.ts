// Sign-in from school portals (GAR, OpenID Connect): the pages the gar plugin's routes send the browser back to.
import { route } from '@react-router/dev/routes';

export const garRoutes: ReturnType<typeof route>[] = [
  // A known portal account: its session token arrives in the fragment.
  route('gar/connexion', 'routes/gar/connexion.tsx'),
  // An unknown one: campaign code and birthdate, then the account is created and linked to the school's record.
  route('gar/rattachement', 'routes/gar/rattachement.tsx'),
];
