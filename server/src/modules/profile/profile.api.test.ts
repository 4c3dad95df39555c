import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type TestServer } from '../../../testing/test-server.js';
import { buildMembership, buildOrganization, buildProfileElements, buildStudent, buildUser } from '../../../testing/factories.js';
import { hashPassword } from '../identity/password.js';
import type { User } from '../identity/user.entity.js';
import type { Organization } from '../organization/organization.entity.js';
import { MembershipRole } from '../organization/membership.entity.js';
import { KnowledgeElement } from './knowledge-element.entity.js';

const PROFILE = `{ me { profile { totalPix maxReachableLevel isCertifiable certifiableCompetencesCount
  scorecards { competence { code area { code } } level pix pixToNextLevel status remainingDaysBeforeImproving remainingDaysBeforeReset } } } }`;

const STUDENTS = `query($id: ID!, $first: Int) { organization(id: $id) { name students(first: $first) { totalCount edges { node {
  firstName user { firstName profile { totalPix isCertifiable certifiableCompetencesCount scorecards { level pix competence { code } } } } } } } } }`;

let server: TestServer;
let learner: User;
let teacher: User;
let otherTeacher: User;
let school: Organization;
let pupils: User[];
const ref = () => testReferential();

/** Levels on competences that the content pack fills, whatever its size. */
function playable(count: number): string[] {
  return ref().competences.filter((c) => c.tubes.length).slice(0, count).map((c) => c.code);
}

beforeAll(async () => {
  server = await createTestServer();
  const em = server.em();
  const passwordHash = await hashPassword('Secret-2026');
  const [a, b, c, d, e] = playable(5);
  learner = buildUser(em, { firstName: 'Léa', lastName: 'Martin', passwordHash });
  buildProfileElements(em, ref(), learner, { [a]: 2, [b]: 1, [c]: 1, [d]: 3, [e]: 1 }, new Date(Date.now() - 2 * 24 * 3600 * 1000));
  teacher = buildUser(em, { firstName: 'Paul', lastName: 'Prof', passwordHash });
  otherTeacher = buildUser(em, { firstName: 'Alice', lastName: 'Ailleurs', passwordHash });
  school = buildOrganization(em, { name: 'Collège des Tests', tags: ['COLLEGE'] });
  const otherSchool = buildOrganization(em, { name: 'Autre collège' });
  buildMembership(em, teacher, school, MembershipRole.MEMBER);
  buildMembership(em, otherTeacher, otherSchool, MembershipRole.ADMIN);
  pupils = [];
  for (let i = 0; i < 200; i++) {
    const pupil = buildUser(em, { firstName: `Élève${i}`, lastName: `Nom${String(i).padStart(3, '0')}`, passwordHash });
    buildStudent(em, school, { user: pupil, firstName: pupil.firstName, lastName: pupil.lastName, division: i % 2 ? '3e1' : '3e2' });
    buildProfileElements(em, ref(), pupil, { [a]: i % 4, [b]: (i + 1) % 3, [c]: 1 });
    pupils.push(pupil);
  }
  await em.flush();
});
afterAll(() => server?.close());

describe('learner profile', () => {
  it('computes levels, pix and certifiability from the knowledge elements', async () => {
    const res = await server.execute(PROFILE, {}, { userId: learner.id });
    expect(res.errors).toBeUndefined();
    const profile = res.data!.me.profile;
    expect(profile).toMatchObject({ totalPix: 64, maxReachableLevel: 6, isCertifiable: true, certifiableCompetencesCount: 5 });
    expect(profile.scorecards).toHaveLength(16);
    expect(profile.scorecards.map((s: { competence: { code: string } }) => s.competence.code)).toEqual(ref().competences.map((c) => c.code));
    const first = profile.scorecards.find((s: { competence: { code: string } }) => s.competence.code === playable(1)[0]);
    expect(first).toMatchObject({ level: 2, pix: 16, pixToNextLevel: 8, status: 'COMPLETED', remainingDaysBeforeImproving: 2, remainingDaysBeforeReset: 5 });
  });

  it('agrees with a direct sum over the stored elements', async () => {
    const rows = await server.em().find(KnowledgeElement, { user: learner, status: 'VALIDATED' });
    const expected = new Map<string, number>();
    for (const r of rows) expected.set(r.competenceCode, (expected.get(r.competenceCode) ?? 0) + r.earnedPix);
    const res = await server.execute(PROFILE, {}, { userId: learner.id });
    for (const card of res.data!.me.profile.scorecards) {
      expect(card.pix).toBe(Math.min(48, Math.floor((expected.get(card.competence.code) ?? 0) + 1e-9)));
    }
  });

  it('lets a later element on the same skill replace the earlier one', async () => {
    const em = server.em();
    const user = buildUser(em, { passwordHash: 'x' });
    const code = playable(1)[0];
    const skills = ref().competenceByCode.get(code)!.tubes.flatMap((t) => t.skills.filter((s) => s.difficulty === 1));
    const old = new Date(Date.now() - 3600_000);
    for (const s of skills) em.create(KnowledgeElement, { user, skillId: s.id, competenceCode: code, status: 'VALIDATED', source: 'DIRECT', earnedPix: s.pixValue, createdAt: old });
    em.create(KnowledgeElement, { user, skillId: skills[0].id, competenceCode: code, status: 'INVALIDATED', source: 'DIRECT', earnedPix: 0, createdAt: new Date() });
    await em.flush();
    const res = await server.execute(PROFILE, {}, { userId: user.id });
    const card = res.data!.me.profile.scorecards.find((s: { competence: { code: string } }) => s.competence.code === code);
    expect(card.level).toBe(0);
    expect(card.pix).toBe(Math.floor(skills.slice(1).reduce((t, s) => t + s.pixValue, 0) + 1e-9));
  });
});

describe('who may read a profile', () => {
  it('lets a member of the school read its pupils’ profiles', async () => {
    const res = await server.execute(STUDENTS, { id: String(school.id), first: 3 }, { userId: teacher.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.organization.students.totalCount).toBe(200);
    expect(res.data!.organization.students.edges[0].node.user.profile.scorecards).toHaveLength(16);
  });

  it('refuses the school to a teacher of another school', async () => {
    const res = await server.execute(STUDENTS, { id: String(school.id), first: 3 }, { userId: otherTeacher.id });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(res.data?.organization ?? null).toBeNull();
  });

  it('refuses the school to anonymous callers', async () => {
    const res = await server.execute(STUDENTS, { id: String(school.id), first: 3 });
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a learner the school of which they are only a pupil', async () => {
    const res = await server.execute(STUDENTS, { id: String(school.id), first: 3 }, { userId: pupils[0].id });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('batching', () => {
  it('reads 200 profiles with as many SQL statements as 20', async () => {
    const run = (first: number) => server.countStatements(async () => {
      const res = await server.execute(STUDENTS, { id: String(school.id), first }, { userId: teacher.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.organization.students.edges).toHaveLength(first);
    });
    const twenty = await run(20);
    const twoHundred = await run(200);
    expect(twoHundred.count).toBe(twenty.count);
    expect(twenty.count).toBeLessThanOrEqual(10);
  });
});
