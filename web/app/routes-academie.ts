// The academic (DANE) dashboards, served by the academic-dashboard plugin's API. Spread into routes.ts.
// The CSV is a resource route: a request for it runs no page loader.
import { route } from '@react-router/dev/routes';

export const academieRoutes: ReturnType<typeof route>[] = [
  route('academie', 'routes/academie/choix.tsx'),
  route('academie/:code', 'routes/academie/tableau-de-bord.tsx'),
  route('academie/:code/statistiques.csv', 'routes/academie/statistiques-csv.ts'),
];
