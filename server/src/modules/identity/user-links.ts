// What a user is attached to: memberships, certification centres, certificates.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../organization/membership.entity.js';
import { CertificationCenterMembership } from '../certification/certification-center.entity.js';
import { Certificate } from '../certification/certificate.entity.js';

export function listMemberships(em: EntityManager, userId: number) {
  return em.find(Membership, { user: userId }, { populate: ['organization'], orderBy: { organization: { name: 'asc' } } });
}

export async function listCertificationCenters(em: EntityManager, userId: number) {
  const rows = await em.find(CertificationCenterMembership, { user: userId }, { populate: ['certificationCenter'], orderBy: { certificationCenter: { name: 'asc' } } });
  return rows.map((m) => m.certificationCenter);
}

export function listCertificates(em: EntityManager, userId: number) {
  return em.find(Certificate, { user: userId, isPublished: true }, { orderBy: { deliveredAt: 'desc' } });
}
