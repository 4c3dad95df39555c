// The platform administrators' pages. Spread into routes.ts.
// The layout refuses anyone else (403) before any page of the section shows.
import { index, route } from '@react-router/dev/routes';

export const adminRoutes: ReturnType<typeof route>[] = [
  route('admin', 'routes/admin/layout.tsx', { id: 'admin' }, [
    index('routes/admin/accueil.tsx'),
    route('academies', 'routes/admin/academies.tsx'),
    route('academies/:code', 'routes/admin/academie.tsx'),
    route('fenetres', 'routes/admin/fenetres.tsx'),
  ]),
];
