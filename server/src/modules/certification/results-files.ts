// Results as files: a learner's attestation, a class's attestations, and the school's CSV by class.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { stringify } from 'csv-stringify/sync';
import { readLink, signLink } from '../../http/signed-link.js';
import type { Platform } from '../../graphql/context.js';
import { Access } from '../../graphql/access.js';
import { selectRows } from '../../db/sql.js';
import { Certificate } from './certificate.entity.js';
import { attestationsPdf, type AttestationData } from './documents/attestation.js';
import { User } from '../identity/user.entity.js';

export const VALIDITY_YEARS = 3;
const AUDIENCE = 'results-file';

export function validUntil(deliveredAt: Date): Date {
  const d = new Date(deliveredAt);
  d.setUTCFullYear(d.getUTCFullYear() + VALIDITY_YEARS);
  return d;
}

type Grant = { kind: 'attestation'; certificateId: number } | { kind: 'class-attestations' | 'class-csv'; organizationId: number; division: string | null };

export async function resultsFileUrl(platform: Platform, grant: Grant, userId: number): Promise<string> {
  const token = await signLink(platform.config.authSecret, AUDIENCE, { ...grant }, userId);
  const path = grant.kind === 'attestation' ? `certificates/${grant.certificateId}/attestation.pdf` : `organizations/${grant.organizationId}/certification-results.${grant.kind === 'class-csv' ? 'csv' : 'pdf'}`;
  return `${platform.config.publicApiUrl}/${path}?token=${token}`;
}

interface ResultRow {
  candidate_id: number; first_name: string; last_name: string; birthdate: string; division: string | null; status: string; pix_score: number;
  competences: { competenceCode: string; level: number }[]; delivered_at: Date | null; verification_code: string | null; centre: string | null;
}

/** Published results of the school's pupils, optionally for one class (one statement). */
export async function publishedResultsOfOrganization(em: EntityManager, organizationId: number, division: string | null): Promise<ResultRow[]> {
  return selectRows<ResultRow>(
    em,
    `select c.id as candidate_id, c.first_name, c.last_name, to_char(c.birthdate, 'YYYY-MM-DD') as birthdate, s.division, r.status, r.pix_score,
            r.competences, cert.delivered_at, cert.verification_code, cert.certification_center_name as centre
       from certification_results r
       join certification_candidates c on c.id = r.candidate_id
       join certification_sessions se on se.id = r.session_id
       join students s on s.id = c.student_id
       left join certificates cert on cert.certification_candidate_id = c.id and cert.is_published
      where s.organization_id = ? and se.published_at is not null ${division ? 'and s.division = ?' : ''}
      order by s.division, c.last_name, c.first_name`,
    division ? [organizationId, division] : [organizationId],
  );
}

function attestationOf(cert: Certificate, user: { firstName: string; lastName: string; birthdate?: string | null }): AttestationData {
  return {
    firstName: user.firstName, lastName: user.lastName, birthdate: user.birthdate ?? '', pixScore: cert.pixScore, deliveredAt: cert.deliveredAt,
    validUntil: validUntil(cert.deliveredAt), certificationCenterName: cert.certificationCenterName, verificationCode: cert.verificationCode, levels: cert.competences,
  };
}

export function registerResultsFileRoutes(app: Express, platform: Platform, orm: MikroORM): void {
  const read = async (token: unknown): Promise<(Grant & { userId: number }) | null> => {
    const link = await readLink(platform.config.authSecret, AUDIENCE, token);
    return link ? { ...(link.payload as unknown as Grant), userId: link.userId } : null;
  };
  const refuse = (res: import('express').Response) => res.status(403).type('text/plain; charset=utf-8').send('Lien invalide ou expiré.');

  app.get('/certificates/:id/attestation.pdf', async (req, res) => {
    const grant = await read(req.query.token);
    const em = orm.em.fork();
    const cert = grant?.kind === 'attestation' && grant.certificateId === Number(req.params.id) ? await em.findOne(Certificate, { id: grant.certificateId, isPublished: true }) : null;
    if (!cert || !grant || (cert.user.id !== grant.userId && !(await new Access(() => em, { kind: 'user', userId: grant.userId }).hasPlatformRole('ADMIN')))) return void refuse(res);
    const candidate = cert.certificationCandidateId ? (await selectRows<{ first_name: string; last_name: string; birthdate: string }>(em, `select first_name, last_name, to_char(birthdate, 'YYYY-MM-DD') as birthdate from certification_candidates where id = ?`, [cert.certificationCandidateId]))[0] : null;
    const user = candidate ? { firstName: candidate.first_name, lastName: candidate.last_name, birthdate: candidate.birthdate } : await em.findOneOrFail(User, { id: cert.user.id });
    const pdf = await attestationsPdf(platform.referential, [attestationOf(cert, user)]);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="attestation-${cert.verificationCode}.pdf"`);
    res.end(Buffer.from(pdf));
  });

  app.get('/organizations/:id/:file', async (req, res) => {
    const grant = await read(req.query.token);
    const organizationId = Number(req.params.id);
    if (!grant || grant.kind === 'attestation' || grant.organizationId !== organizationId) return void refuse(res);
    const em = orm.em.fork();
    const access = new Access(() => em, { kind: 'user', userId: grant.userId });
    if (!((await access.isOrganizationMember(organizationId)) || (await access.hasPlatformRole('ADMIN')))) return void refuse(res);
    const rows = await publishedResultsOfOrganization(em, organizationId, grant.division);
    const suffix = grant.division ? `-${grant.division.replace(/[^A-Za-z0-9]+/g, '')}` : '';
    if (req.params.file === 'certification-results.csv' && grant.kind === 'class-csv') {
      const header = ['Nom', 'Prénom', 'Date de naissance', 'Classe', 'Statut', 'Score pix', 'Date de délivrance', 'Centre', 'Code de vérification',
        ...platform.referential.competences.map((c) => `Niveau ${c.code}`)];
      const status: Record<string, string> = { VALIDATED: 'Validée', REJECTED: 'Rejetée', CANCELLED: 'Annulée', ERROR: 'En erreur', STARTED: 'En cours' };
      const lines = rows.map((r) => {
        const levels = new Map((r.competences ?? []).map((c) => [c.competenceCode, c.level]));
        return [r.last_name, r.first_name, r.birthdate.split('-').reverse().join('/'), r.division ?? '', status[r.status] ?? r.status,
          r.status === 'VALIDATED' ? r.pix_score : 0, r.delivered_at ? new Date(r.delivered_at).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' }) : '',
          r.centre ?? '', r.verification_code ?? '', ...platform.referential.competences.map((c) => (r.status === 'VALIDATED' ? levels.get(c.code) ?? 0 : ''))];
      });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="resultats-certification${suffix}.csv"`);
      res.end('\uFEFF' + stringify([header, ...lines], { delimiter: ';' }));
      return;
    }
    if (req.params.file === 'certification-results.pdf' && grant.kind === 'class-attestations') {
      const certificates = await em.find(Certificate, { certificationCandidateId: { $in: rows.map((r) => r.candidate_id) }, isPublished: true });
      const byCandidate = new Map(certificates.map((c) => [c.certificationCandidateId, c]));
      const attestations = rows.flatMap((r) => {
        const cert = byCandidate.get(r.candidate_id);
        return cert ? [attestationOf(cert, { firstName: r.first_name, lastName: r.last_name, birthdate: r.birthdate })] : [];
      });
      const pdf = await attestationsPdf(platform.referential, attestations);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="attestations${suffix}.pdf"`);
      res.end(Buffer.from(pdf));
      return;
    }
    refuse(res);
  });
}
