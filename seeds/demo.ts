// Demo data for `npm start` (README: demo logins). Idempotent: every record is looked up by its natural
// key first, so a second start neither duplicates nor fails; all of it is one transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../server/src/modules/identity/password.js';
import { User } from '../server/src/modules/identity/user.entity.js';
import { baseUsername, pickUsername } from '../server/src/modules/identity/usernames.js';
import { Organization, OrganizationType } from '../server/src/modules/organization/organization.entity.js';
import { Membership, MembershipRole } from '../server/src/modules/organization/membership.entity.js';
import { Student } from '../server/src/modules/organization/student.entity.js';
import { CertificationCenter, CertificationCenterMembership } from '../server/src/modules/certification/certification-center.entity.js';
import { KnowledgeElement } from '../server/src/modules/profile/knowledge-element.entity.js';
import type { Referential } from '../server/src/modules/referential/load-content.js';
import type { Plugin } from '../server/src/plugin-api/index.js';
import {
  buildCertificationCenter,
  buildCertificationCenterMembership,
  buildMembership,
  buildOrganization,
  buildProfileElements,
  buildStudent,
  buildUser,
} from '../server/testing/factories.js';
import { FIRST_NAMES, LAST_NAMES, seededRandom } from './demo-names.js';

export const DEMO_PASSWORD = 'Demo-2026!';
const STUDENTS_PER_CLASS = 25;

interface SchoolSpec {
  name: string;
  uai: string;
  tags: string[];
  director: { email: string; firstName: string; lastName: string };
  classes: string[];
  birthYear: number;
  seed: number;
}

const SCHOOLS: SchoolSpec[] = [
  {
    name: 'Collège Jean Ferrat',
    uai: '0381234A',
    tags: ['COLLEGE'],
    director: { email: 'direction@ferrat.opencrcn.test', firstName: 'Claire', lastName: 'Vasseur' },
    classes: ['3e1', '3e2'],
    birthYear: 2011,
    seed: 38_1234,
  },
  {
    name: 'Lycée Jean-Baptiste Lulli',
    uai: '0381235B',
    tags: ['LYCEE'],
    director: { email: 'direction@lulli.opencrcn.test', firstName: 'Marc', lastName: 'Delorme' },
    classes: ['T1', 'T2'],
    birthYear: 2008,
    seed: 38_1235,
  },
];

/** Killian is certifiable: level ≥ 1 in 11 competences. */
const KILLIAN_LEVELS = { '1.1': 3, '1.2': 2, '1.3': 2, '2.1': 4, '2.2': 1, '2.3': 2, '3.1': 3, '3.2': 1, '4.1': 2, '4.2': 3, '5.1': 1 };
/** Mary is not: level ≥ 1 in exactly 4 competences. */
const MARY_LEVELS = { '1.1': 2, '2.1': 1, '3.1': 1, '4.2': 1 };

export interface SeedOptions { referential: Referential; plugins: readonly Plugin[]; log: (m: string) => void }

export async function seedDemo(em: EntityManager, { referential, plugins, log }: SeedOptions): Promise<void> {
  let created = 0;
  await em.transactional(async (tx) => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const usernames = new Set((await tx.find(User, { username: { $ne: null } }, { fields: ['username'] })).map((u) => u.username!));

    const userByEmail = async (email: string, data: Partial<User>) => {
      const found = await tx.findOne(User, { email });
      if (found) return found;
      created++;
      return buildUser(tx, { email, passwordHash, ...data });
    };

    const withProfile = async (user: User, levels: Record<string, number>) => {
      if (user.id && (await tx.count(KnowledgeElement, { user }))) return;
      buildProfileElements(tx, referential, user, levels, new Date(Date.now() - 10 * 24 * 3600 * 1000));
    };

    await userByEmail('admin@opencrcn.test', { firstName: 'Alix', lastName: 'Administratrice', platformRoles: ['ADMIN', 'JURY'], birthdate: null });
    const mary = await userByEmail('mary.jackson@opencrcn.test', { firstName: 'Mary', lastName: 'Jackson', birthdate: '1990-12-03' });
    await withProfile(mary, MARY_LEVELS);

    for (const spec of SCHOOLS) {
      let school = await tx.findOne(Organization, { uai: spec.uai });
      if (!school) {
        created++;
        school = buildOrganization(tx, { name: spec.name, uai: spec.uai, type: OrganizationType.SCO, tags: spec.tags });
      }
      const director = await userByEmail(spec.director.email, { ...spec.director, birthdate: null });
      if (!school.id || !(await tx.count(Membership, { user: director, organization: school }))) buildMembership(tx, director, school, MembershipRole.ADMIN);

      let centre = school.id ? await tx.findOne(CertificationCenter, { organization: school }) : null;
      if (!centre) centre = buildCertificationCenter(tx, { organization: school });
      if (!centre.id || !(await tx.count(CertificationCenterMembership, { user: director, certificationCenter: centre }))) {
        buildCertificationCenterMembership(tx, director, centre);
      }

      const random = seededRandom(spec.seed);
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
      for (const [classIndex, division] of spec.classes.entries()) {
        for (let i = 0; i < STUDENTS_PER_CLASS; i++) {
          const isKillian = spec.uai === '0381234A' && division === '3e1' && i === 0;
          const firstName = isKillian ? 'Killian' : pick(FIRST_NAMES);
          const lastName = isKillian ? 'Latour' : pick(LAST_NAMES);
          const month = 1 + Math.floor(random() * 12);
          const day = 1 + Math.floor(random() * 28);
          const birthdate = isKillian ? '2005-05-20' : `${spec.birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const nationalId = `${spec.uai.slice(0, 7)}${classIndex}${String(i).padStart(2, '0')}${'ABCDEFGHJK'[i % 10]}`;
          const levels = Object.fromEntries(referential.competences.map((c) => [c.code, Math.floor(random() * 4)]));
          if (await tx.count(Student, { organization: school, nationalId })) continue;
          created++;
          const username = pickUsername(baseUsername(firstName, lastName, birthdate), usernames);
          usernames.add(username);
          const user = buildUser(tx, { firstName, lastName, username, email: null, birthdate, passwordHash });
          buildStudent(tx, school, { nationalId, firstName, lastName, birthdate, division, user, sex: random() < 0.5 ? 'F' : 'M', birthCountryCode: '100' });
          await withProfile(user, isKillian ? KILLIAN_LEVELS : levels);
        }
      }
    }
    await tx.flush();
    for (const plugin of plugins) await plugin.seed?.({ em: tx, log });
  });
  log(created ? `Données de démonstration : ${created} enregistrements créés.` : 'Données de démonstration déjà présentes.');
}
