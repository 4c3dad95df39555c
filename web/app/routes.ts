import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/accueil.tsx'),
  route('connexion', 'routes/connexion.tsx'),
  route('deconnexion', 'routes/deconnexion.tsx'),
  route('profil', 'routes/profil.tsx'),
  route('*', 'routes/introuvable.tsx'),
] satisfies RouteConfig;
