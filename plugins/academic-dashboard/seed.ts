// Demo data: the Grenoble academy with the two demo schools, and its academic viewer. Idempotent.
import type { SeedContext } from '../../server/src/plugin-api/index.js';
import { Academy, AcademicViewer, AcademySchool } from './academy.entity.js';
import { refreshAcademyStatistics } from './refresh.js';
import { hashPassword, User } from '../../server/src/plugin-api/index.js';

export const DEMO_ACADEMY = { code: 'GRE', name: 'Grenoble', schools: ['0381234A', '0381235B'] };
export const DEMO_VIEWER = { email: 'dane@ac-grenoble.opencrcn.test', password: 'Demo-2026!', firstName: 'Denis', lastName: 'Arnaud' };

export async function seedAcademicDashboard({ em, log }: SeedContext): Promise<void> {
  let created = 0;
  const academy = (await em.findOne(Academy, { code: DEMO_ACADEMY.code })) ?? (created++, em.create(Academy, { code: DEMO_ACADEMY.code, name: DEMO_ACADEMY.name }));
  for (const uai of DEMO_ACADEMY.schools) {
    if (!(await em.findOne(AcademySchool, { uai }))) {
      created++;
      em.create(AcademySchool, { uai, academy });
    }
  }
  let viewer = await em.findOne(User, { email: DEMO_VIEWER.email });
  if (!viewer) {
    created++;
    viewer = em.create(User, {
      email: DEMO_VIEWER.email, firstName: DEMO_VIEWER.firstName, lastName: DEMO_VIEWER.lastName,
      passwordHash: await hashPassword(DEMO_VIEWER.password), birthdate: null, platformRoles: [], createdAt: new Date(),
    });
  }
  if (!viewer.id || !(await em.count(AcademicViewer, { academy, user: viewer }))) {
    created++;
    em.create(AcademicViewer, { academy, user: viewer, createdAt: new Date() });
  }
  await em.flush();
  // The demo dashboard shows figures at once rather than after the first scheduled refresh.
  await refreshAcademyStatistics(em);
  if (created) log(`Tableau de bord académique : académie ${DEMO_ACADEMY.name} (${DEMO_ACADEMY.code}), observateur ${DEMO_VIEWER.email}`);
}
