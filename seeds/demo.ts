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
import type { Config } from '../server/src/config.js';
import type { Platform } from '../server/src/graphql/context.js';
import { Campaign, CampaignParticipation, CampaignType, ParticipationStatus } from '../server/src/modules/campaign/campaign.entity.js';
import { shareResults } from '../server/src/modules/campaign/share-campaign-results.js';
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
import { seedCertification } from './demo-certification.js';

export const DEMO_PASSWORD = 'Demo-2026!';
const STUDENTS_PER_CLASS = 25;

interface CampaignSpec { code: string; name: string; type: CampaignType; targetProfileId?: string; sharedByClass?: string }

interface SchoolSpec {
  name: string;
  uai: string;
  email: string;
  campaigns: CampaignSpec[];
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
    email: 'ce.0381234A@ac-grenoble.fr',
    campaigns: [
      { code: 'FERRAT234', name: 'Collecte de profils – 3e', type: CampaignType.PROFILES_COLLECTION, sharedByClass: '3e2' },
      { code: 'SOCLEC567', name: 'Socle commun – fin de 3e', type: CampaignType.ASSESSMENT, targetProfileId: 'tp-clg-socle-global' },
    ],
    tags: ['COLLEGE'],
    director: { email: 'direction@ferrat.opencrcn.test', firstName: 'Claire', lastName: 'Vasseur' },
    classes: ['3e1', '3e2'],
    birthYear: 2011,
    seed: 38_1234,
  },
  {
    name: 'Lycée Jean-Baptiste Lulli',
    uai: '0381235B',
    email: 'ce.0381235B@ac-grenoble.fr',
    campaigns: [
      { code: 'TERMNA345', name: 'Collecte de profils – Terminale', type: CampaignType.PROFILES_COLLECTION, sharedByClass: 'T1' },
      { code: 'MEDIAS789', name: 'EMI – Terminale', type: CampaignType.ASSESSMENT, targetProfileId: 'tp-lgt-emi' },
    ],
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

export interface SeedOptions { referential: Referential; config: Config; plugins: readonly Plugin[]; log: (m: string) => void }

export async function seedDemo(em: EntityManager, { referential, config, plugins, log }: SeedOptions): Promise<void> {
  // What the sharing use case needs to compute the snapshot a school receives.
  const platform = { referential, config, now: () => new Date() } as Platform;
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
        school = buildOrganization(tx, { name: spec.name, uai: spec.uai, email: spec.email, type: OrganizationType.SCO, tags: spec.tags });
      }
      if (!school.email) school.email = spec.email;
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

    for (const spec of SCHOOLS) {
      const school = await tx.findOneOrFail(Organization, { uai: spec.uai });
      for (const c of spec.campaigns) {
        if (await tx.count(Campaign, { code: c.code })) continue;
        created++;
        const campaign = tx.create(Campaign, {
          organization: school, code: c.code, name: c.name, type: c.type, targetProfileId: c.targetProfileId ?? null,
          multipleSendings: c.type === CampaignType.PROFILES_COLLECTION, isSos: false, autoShare: false, createdAt: new Date(),
        });
        await tx.flush();
        if (!c.sharedByClass) continue;
        const pupils = await tx.find(Student, { organization: school, division: c.sharedByClass, user: { $ne: null } }, { populate: ['user'] });
        for (const pupil of pupils) {
          const participation = tx.create(CampaignParticipation, {
            campaign, user: pupil.user!, student: pupil, status: ParticipationStatus.TO_SHARE, isImproved: false, createdAt: new Date(),
          });
          await tx.flush();
          await shareResults(tx, platform, participation);
        }
      }
    }
    await seedCertification(tx, referential, config, () => created++);
    for (const plugin of plugins) await plugin.seed?.({ em: tx, log });
  });
  log(created ? `Données de démonstration : ${created} enregistrements créés.` : 'Données de démonstration déjà présentes.');
}
