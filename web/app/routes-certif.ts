// The certification pages: centres, invigilators, candidates, the jury, certificates and their public check.
// Spread into routes.ts. Resource routes (polls) sit apart so that a request for them runs no page loader.
import { route } from '@react-router/dev/routes';

export const certifRoutes = [
  // Certification centres: sessions, candidates, documents, finalisation.
  route('certif', 'routes/certif/centres.tsx'),
  route('certif/:centreId', 'routes/certif/centre.tsx'),
  route('certif/:centreId/sessions/:sessionId', 'routes/certif/session.tsx'),
  route('certif/:centreId/sessions/:sessionId/finalisation', 'routes/certif/finalisation.tsx'),

  // The invigilator, signed in with the session number and its password (no account).
  route('surveillance', 'routes/certif/surveillance-connexion.tsx'),
  route('surveillance/:sessionId', 'routes/certif/surveillance.tsx'),

  // The candidate: join, wait for the invigilator, type the access code, answer.
  route('certification', 'routes/certif/candidat.tsx'),
  route('certification/:sessionId/attente', 'routes/certif/candidat-attente.tsx'),
  route('certification/:sessionId/code', 'routes/certif/candidat-code.tsx'),
  route('certification/:sessionId/test', 'routes/certif/candidat-test.tsx'),
  route('certification/:sessionId/etat', 'routes/certif/candidat-etat.ts'),

  // The jury.
  route('jury', 'routes/certif/jury.tsx'),
  route('jury/sessions/:sessionId', 'routes/certif/jury-session.tsx'),

  // Certificates: the learner's own, and the public verification of a code.
  route('certificats', 'routes/certif/certificats.tsx'),
  route('verification', 'routes/verification.tsx'),
];
