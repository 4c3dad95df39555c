import { index, prefix, route, type RouteConfig } from '@react-router/dev/routes';
import { academieRoutes } from './routes-academie';
import { adminRoutes } from './routes-admin';
import { certifRoutes } from './routes-certif';
import { garRoutes } from './routes-gar';

export default [
  index('routes/accueil.tsx'),
  route('connexion', 'routes/connexion.tsx'),
  route('deconnexion', 'routes/deconnexion.tsx'),
  route('inscription', 'routes/inscription.tsx'),
  route('mot-de-passe', 'routes/mot-de-passe.tsx'),
  route('activation', 'routes/activation.tsx'),
  route('invitations/:token', 'routes/invitation.tsx'),
  route('dev/emails', 'routes/dev-emails.tsx'),
  route('profil', 'routes/profil.tsx'),
  route('competences/:code', 'routes/competence.tsx'),
  route('competences/:code/remise-a-zero', 'routes/remise-a-zero.tsx'),
  route('tests/:id', 'routes/test.tsx'),
  route('content/media/*', 'routes/media.ts'),

  // « J'ai un code »: the learner's way into a campaign.
  // Not an index route: its form would then post to « /campagnes?index », which shows in the address bar.
  route('campagnes', 'routes/campagnes/code.tsx'),
  ...prefix('campagnes', [
    route(':code', 'routes/campagnes/apercu.tsx'),
    route(':code/rattachement', 'routes/campagnes/rattachement.tsx'),
    route(':code/envoi', 'routes/campagnes/envoi.tsx'),
  ]),

  // The school's space. Downloads and progress polls are resource routes outside the layout, so that a
  // request for them runs no other loader.
  route('orga', 'routes/orga/choix.tsx'),
  route('orga/:orgId/campagnes/:campaignId/exports/:exportId', 'routes/orga/export-etat.ts'),
  route('orga/:orgId/campagnes/:campaignId/exports/:exportId/fichier', 'routes/orga/export-fichier.ts'),
  route('orga/:orgId', 'routes/orga/layout.tsx', { id: 'orga' }, [
    index('routes/orga/accueil.tsx'),
    route('eleves', 'routes/orga/eleves.tsx'),
    route('eleves/identifiants', 'routes/orga/identifiants.tsx'),
    route('import', 'routes/orga/import.tsx'),
    route('import/:importId', 'routes/orga/import-suivi.tsx'),
    route('campagnes', 'routes/orga/campagnes.tsx'),
    route('campagnes/nouvelle', 'routes/orga/nouvelle-campagne.tsx'),
    route('campagnes/:campaignId', 'routes/orga/campagne.tsx'),
    route('membres', 'routes/orga/membres.tsx'),
    route('certification', 'routes/orga/certification.tsx'),
  ]),

  ...certifRoutes,
  ...academieRoutes,
  ...garRoutes,
  ...adminRoutes,

  route('*', 'routes/introuvable.tsx'),
] satisfies RouteConfig;
