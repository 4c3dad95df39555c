import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/accueil.tsx'),
  route('connexion', 'routes/connexion.tsx'),
  route('deconnexion', 'routes/deconnexion.tsx'),
  route('profil', 'routes/profil.tsx'),
  route('competences/:code', 'routes/competence.tsx'),
  route('competences/:code/remise-a-zero', 'routes/remise-a-zero.tsx'),
  route('tests/:id', 'routes/test.tsx'),
  route('content/media/*', 'routes/media.ts'),
  route('*', 'routes/introuvable.tsx'),
] satisfies RouteConfig;
