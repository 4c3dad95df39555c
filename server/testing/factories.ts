// Test data builders, also used by the demo seed: every required column filled, parents built when missing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { User, type PlatformRole } from '../src/modules/identity/user.entity.js';
import { Organization, OrganizationType } from '../src/modules/organization/organization.entity.js';
import { Membership, MembershipRole } from '../src/modules/organization/membership.entity.js';
import { Student } from '../src/modules/organization/student.entity.js';
import { CertificationCenter, CertificationCenterMembership } from '../src/modules/certification/certification-center.entity.js';
import { CertificationSession } from '../src/modules/certification/certification-session.entity.js';
import { KnowledgeElement } from '../src/modules/profile/knowledge-element.entity.js';
import type { Referential } from '../src/modules/referential/load-content.js';

let sequence = 0;
const next = () => ++sequence;

/** A precomputed hash of "Demo-2026!" would hide the hashing path; callers pass a real hash (see hashPassword). */
export function buildUser(em: EntityManager, o: Partial<User> & { passwordHash: string }): User {
  const n = next();
  return em.create(User, {
    firstName: `Prénom${n}`,
    lastName: `Nom${n}`,
    email: o.username ? null : `utilisateur${n}-${Date.now().toString(36)}@exemple.test`,
    username: null,
    birthdate: '2010-01-01',
    platformRoles: [] as PlatformRole[],
    createdAt: new Date(),
    ...o,
  });
}

export function buildOrganization(em: EntityManager, o: Partial<Organization> = {}): Organization {
  const n = next();
  return em.create(Organization, {
    name: `Établissement ${n}`,
    type: OrganizationType.SCO,
    uai: o.type && o.type !== OrganizationType.SCO ? null : `${String(1000000 + n).slice(-7)}Z`,
    tags: [],
    createdAt: new Date(),
    ...o,
  });
}

export function buildMembership(em: EntityManager, user: User, organization: Organization, role = MembershipRole.MEMBER): Membership {
  return em.create(Membership, { user, organization, role, createdAt: new Date() });
}

export function buildStudent(em: EntityManager, organization: Organization, o: Partial<Student> = {}): Student {
  const n = next();
  return em.create(Student, {
    organization,
    nationalId: `${String(n).padStart(10, '0')}K`,
    firstName: `Élève${n}`,
    lastName: `Nom${n}`,
    birthdate: '2011-06-15',
    division: '3e1',
    createdAt: new Date(),
    updatedAt: new Date(),
    ...o,
  });
}

export function buildCertificationCenter(em: EntityManager, o: Partial<CertificationCenter> = {}): CertificationCenter {
  return em.create(CertificationCenter, {
    name: o.organization?.name ?? `Centre ${next()}`,
    type: o.organization?.type ?? OrganizationType.SCO,
    createdAt: new Date(),
    ...o,
  });
}

/** A session of the centre, with the access code BCDF23 and the invigilator password KMPQR unless given. */
export function buildCertificationSession(em: EntityManager, certificationCenter: CertificationCenter, o: Partial<CertificationSession> = {}): CertificationSession {
  return em.create(CertificationSession, {
    certificationCenter, address: 'A', room: 'B', examiner: 'C', date: '2026-11-21', time: '08:00', accessCode: 'BCDF23', invigilatorPassword: 'KMPQR', ...o,
  });
}

export function buildCertificationCenterMembership(em: EntityManager, user: User, certificationCenter: CertificationCenter) {
  return em.create(CertificationCenterMembership, { user, certificationCenter, createdAt: new Date() });
}

/**
 * Knowledge elements that give exactly `levels[code]` on each competence: in every tube, the skill at
 * that level is validated directly and the easier ones by inference; the next one up is invalidated.
 */
export function buildProfileElements(
  em: EntityManager,
  referential: Referential,
  user: User,
  levels: Record<string, number>,
  at: Date = new Date(),
): KnowledgeElement[] {
  const elements: KnowledgeElement[] = [];
  const add = (skill: { id: string; competenceCode: string; pixValue: number }, status: 'VALIDATED' | 'INVALIDATED', source: 'DIRECT' | 'INFERRED') =>
    elements.push(
      em.create(KnowledgeElement, {
        user,
        skillId: skill.id,
        competenceCode: skill.competenceCode,
        status,
        source,
        earnedPix: status === 'VALIDATED' ? skill.pixValue : 0,
        createdAt: at,
      }),
    );
  for (const [code, level] of Object.entries(levels)) {
    const competence = referential.competenceByCode.get(code);
    if (!competence) throw new Error(`Compétence inconnue : ${code}`);
    if (level > 0 && !competence.tubes.length) throw new Error(`La compétence ${code} n'a aucun acquis dans le pack de contenu`);
    for (const tube of competence.tubes) {
      for (const skill of tube.skills) {
        if (skill.difficulty < level) add(skill, 'VALIDATED', 'INFERRED');
        else if (skill.difficulty === level) add(skill, 'VALIDATED', 'DIRECT');
        else if (skill.difficulty === level + 1) add(skill, 'INVALIDATED', 'DIRECT');
      }
    }
  }
  return elements;
}
