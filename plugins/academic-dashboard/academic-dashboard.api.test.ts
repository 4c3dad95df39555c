// The academic dashboard through the API: every figure against a count made here from the same data (profiles
// through the core's buildProfile), the viewer role, the CSV download, the statement count and the refresh job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestServer, testReferential, type TestServer } from '../../server/testing/test-server.js';
import { buildOrganization, buildProfileElements, buildStudent, buildUser } from '../../server/testing/factories.js';
import { installedPlugins } from '../../server/src/installed-plugins.js';
import { seededRandom } from '../../seeds/demo-names.js';
import { buildProfile, type ElementFact } from '../../server/src/modules/profile/profile-rules.js';
import { KnowledgeElement } from '../../server/src/modules/profile/knowledge-element.entity.js';
import { Certificate } from '../../server/src/modules/certification/certificate.entity.js';
import { Campaign, CampaignParticipation, CampaignType, ParticipationStatus } from '../../server/src/modules/campaign/campaign.entity.js';
import type { Organization } from '../../server/src/modules/organization/organization.entity.js';
import type { User } from '../../server/src/modules/identity/user.entity.js';
import { Academy, AcademicViewer, AcademySchool } from './academy.entity.js';
import { REFRESH_JOB, refreshAcademyStatistics } from './refresh.js';
import { CSV_HEADER } from './statistics-csv.js';
import { seedAcademicDashboard, DEMO_VIEWER } from './seed.js';

const YEAR = 2025;
const NOW = new Date('2026-05-20T10:00:00Z');
const CLASS_LEVEL: Record<string, string> = { '3e1': '3e', '4e2': '4e', T1: 'Terminale', '2nde1': '2nde', '1CAP': 'CAP', ULIS: 'autre' };
const ORDER = ['6e', '5e', '4e', '3e', '2nde', '1re', 'Terminale', 'CAP', 'autre'];

const STATISTICS = `query($code: ID!, $year: Int!) { academy(code: $code) { code name schools { uai name } statistics(schoolYear: $year) {
  students certifiablePercentage certifiedPercentage meanPixScore refreshedAt
  perSchool { uai name students certifiablePercentage certifiedPercentage meanPixScore participatingStudents }
  perClassLevel { classLevel students certifiablePercentage certifiedPercentage }
  levelDistribution { competenceCode levels }
  campaignParticipation { participants shared }
  weekly { weekStart certifications meanPixScore } } } }`;

interface Pupil { org: Organization; division: string; user: User | null; left: boolean; facts: ElementFact[] }
interface Issued { user: User; pixScore: number; deliveredAt: Date; isPublished: boolean }
interface Joined { user: User; org: Organization; status: ParticipationStatus; createdAt: Date }

const round1 = (x: number) => Math.round(x * 10) / 10;
const percent = (part: number, whole: number) => (whole ? round1((100 * part) / whole) : 0);
const schoolYearOf = (d: Date) => (d.getUTCMonth() >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1);
const monday = (d: Date) => {
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  m.setUTCDate(m.getUTCDate() - ((m.getUTCDay() + 6) % 7));
  return m.toISOString().slice(0, 10);
};
const facts = (elements: KnowledgeElement[]): ElementFact[] =>
  elements.map((e) => ({ skillId: e.skillId, competenceCode: e.competenceCode, status: e.status, earnedPix: e.earnedPix, createdAt: e.createdAt }));

let server: TestServer;
let sequence = 0;

/** An academy of several schools, pupils with varied profiles (some rewritten later), certificates and campaigns. */
function arrangeAcademy(em: EntityManager, code: string, schools: { name: string; tags: string[]; classes: string[]; perClass: number }[], seed: number) {
  const referential = testReferential();
  const random = seededRandom(seed);
  const academy = em.create(Academy, { code, name: `Académie ${code}` });
  const pupils: Pupil[] = [];
  const issued: Issued[] = [];
  const joined: Joined[] = [];
  const orgs = schools.map((spec) => {
    const org = buildOrganization(em, { name: spec.name, tags: spec.tags });
    em.create(AcademySchool, { uai: org.uai!, academy });
    const campaign = em.create(Campaign, {
      organization: org, code: `T${String(++sequence).padStart(5, '0')}234`.slice(0, 9), name: 'Collecte', type: CampaignType.PROFILES_COLLECTION,
      multipleSendings: false, isSos: false, autoShare: false, createdAt: new Date('2025-09-15'),
    });
    for (const division of spec.classes) {
      for (let i = 0; i < spec.perClass; i++) {
        const withAccount = random() > 0.1;
        const user = withAccount ? buildUser(em, { passwordHash: 'x' }) : null;
        const left = random() < 0.1;
        buildStudent(em, org, { division, user, leftAt: left ? new Date('2025-12-01') : null });
        const pupil: Pupil = { org, division, user, left, facts: [] };
        pupils.push(pupil);
        if (!user) continue;
        const levels = Object.fromEntries(referential.competences.filter(() => random() < 0.6).map((c) => [c.code, Math.floor(random() * 5)]));
        pupil.facts.push(...facts(buildProfileElements(em, referential, user, levels, new Date('2025-10-01'))));
        if (random() < 0.3) {
          // A later test on some competences: only the latest element of each skill counts.
          const later = Object.fromEntries(Object.keys(levels).filter(() => random() < 0.5).map((c) => [c, Math.floor(random() * 5)]));
          pupil.facts.push(...facts(buildProfileElements(em, referential, user, later, new Date('2026-01-10'))));
        }
        if (random() < 0.1 && Object.keys(levels).length) {
          // A reset competence: every skill back to 0 pix.
          const competence = referential.competenceByCode.get(Object.keys(levels)[0])!;
          const at = new Date('2026-02-01');
          const resets = competence.tubes.flatMap((t) => t.skills).map((s) =>
            em.create(KnowledgeElement, { user, skillId: s.id, competenceCode: s.competenceCode, status: 'RESET', source: 'DIRECT', earnedPix: 0, createdAt: at }));
          pupil.facts.push(...facts(resets));
        }
        const roll = random();
        if (roll < 0.5) {
          // Certificates across the window's weeks, a few unpublished, a few from the previous school year.
          const deliveredAt = roll < 0.05 ? new Date('2025-06-10T12:00:00Z') : new Date(Date.UTC(2026, 2, 16 + Math.floor(random() * 40), 12));
          const cert = { user, pixScore: 100 + Math.floor(random() * 300), deliveredAt, isPublished: random() > 0.1 };
          issued.push(cert);
          if (random() < 0.15) issued.push({ user, pixScore: cert.pixScore + 20, deliveredAt: new Date(deliveredAt.getTime() + 9 * 86400_000), isPublished: true });
        }
        if (random() < 0.6) {
          const status = random() < 0.6 ? ParticipationStatus.SHARED : ParticipationStatus.STARTED;
          const createdAt = random() < 0.1 ? new Date('2025-05-05T12:00:00Z') : new Date('2025-11-05T12:00:00Z');
          em.create(CampaignParticipation, { campaign, user, status, sharedAt: status === ParticipationStatus.SHARED ? createdAt : null, isImproved: false, createdAt });
          joined.push({ user, org, status, createdAt });
        }
      }
    }
    return org;
  });
  for (const c of issued) {
    em.create(Certificate, {
      user: c.user, verificationCode: `P-${String(++sequence).padStart(8, '0')}`, pixScore: c.pixScore, competences: [{ competenceCode: '1.1', level: 2 }],
      certificationCenterName: 'Centre', deliveredAt: c.deliveredAt, isPublished: c.isPublished,
    });
  }
  // A school of the list whose Orga space is not activated yet.
  em.create(AcademySchool, { uai: `${String(9000000 + seed).slice(-7)}Y`, academy });
  return { academy, orgs, pupils, issued, joined };
}

/** The figures as the dashboard should show them, counted here from the arranged data. */
function expectedFigures(a: ReturnType<typeof arrangeAcademy>, year: number) {
  const referential = testReferential();
  const rules = { maxReachableLevel: server.app.platform.config.maxReachableLevel, improvingDelayDays: 4, resetDelayDays: 7 };
  const current = a.pupils.filter((p) => !p.left).map((p) => {
    const profile = buildProfile(p.facts, referential, rules, NOW);
    const certificates = p.user ? a.issued.filter((c) => c.user === p.user && c.isPublished && schoolYearOf(c.deliveredAt) === year) : [];
    const latest = certificates.sort((x, y) => y.deliveredAt.getTime() - x.deliveredAt.getTime())[0];
    const participations = p.user ? a.joined.filter((j) => j.user === p.user && j.org === p.org && schoolYearOf(j.createdAt) === year) : [];
    return {
      ...p, classLevel: CLASS_LEVEL[p.division], certifiable: Boolean(p.user) && profile.isCertifiable, levels: profile.scorecards.map((s) => s.level),
      certifiedPix: latest?.pixScore ?? null, participated: participations.length > 0, shared: participations.some((j) => j.status === ParticipationStatus.SHARED),
    };
  });
  type Row = (typeof current)[number];
  const figures = (rows: Row[]) => {
    const certified = rows.filter((r) => r.certifiedPix !== null);
    return {
      students: rows.length,
      certifiablePercentage: percent(rows.filter((r) => r.certifiable).length, rows.length),
      certifiedPercentage: percent(certified.length, rows.length),
      meanPixScore: certified.length ? round1(certified.reduce((s, r) => s + r.certifiedPix!, 0) / certified.length) : null,
    };
  };
  const weeks = new Map<string, number[]>();
  for (const c of a.issued) {
    if (!c.isPublished || schoolYearOf(c.deliveredAt) !== year || !current.some((p) => p.user === c.user)) continue;
    weeks.set(monday(c.deliveredAt), [...(weeks.get(monday(c.deliveredAt)) ?? []), c.pixScore]);
  }
  const weekly = [];
  const keys = [...weeks.keys()].sort();
  for (let d = keys[0]; keys.length && d <= keys[keys.length - 1]; d = new Date(Date.parse(d) + 7 * 86400_000).toISOString().slice(0, 10)) {
    const scores = weeks.get(d) ?? [];
    weekly.push({ weekStart: d, certifications: scores.length, meanPixScore: scores.length ? round1(scores.reduce((s, x) => s + x, 0) / scores.length) : null });
  }
  return {
    ...figures(current),
    perSchool: a.orgs.map((org) => {
      const rows = current.filter((r) => r.org === org);
      return { uai: org.uai, name: org.name, ...figures(rows), participatingStudents: rows.filter((r) => r.participated).length };
    }),
    perClassLevel: ORDER.filter((l) => current.some((r) => r.classLevel === l)).map((classLevel) => {
      const { students, certifiablePercentage, certifiedPercentage } = figures(current.filter((r) => r.classLevel === classLevel));
      return { classLevel, students, certifiablePercentage, certifiedPercentage };
    }),
    levelDistribution: referential.competences.map((c, i) => ({
      competenceCode: c.code,
      levels: Array.from({ length: rules.maxReachableLevel + 1 }, (_, level) => current.filter((r) => r.levels[i] === level).length),
    })),
    campaignParticipation: { participants: current.filter((r) => r.participated).length, shared: current.filter((r) => r.shared).length },
    weekly,
  };
}

let A: ReturnType<typeof arrangeAcademy>;
let B: ReturnType<typeof arrangeAcademy>;
let viewerA: User;
let learner: User;
let admin: User;

beforeAll(async () => {
  server = await createTestServer({ plugins: installedPlugins });
  server.setNow(NOW);
  const em = server.em();
  A = arrangeAcademy(em, 'AAA', [
    { name: 'Collège Les Allobroges', tags: ['COLLEGE'], classes: ['3e1', '4e2', 'ULIS'], perClass: 9 },
    { name: 'Lycée Champollion', tags: ['LYCEE'], classes: ['T1', '2nde1', '1CAP'], perClass: 8 },
  ], 11);
  B = arrangeAcademy(em, 'BBB', [{ name: 'Collège Voisin', tags: ['COLLEGE'], classes: ['3e1'], perClass: 6 }], 22);
  // Pupils of a school outside any academy, and a pupil of A who joined another school's campaign: not counted.
  const outside = buildOrganization(em, { name: 'Hors académie' });
  const stranger = buildUser(em, { passwordHash: 'x' });
  buildStudent(em, outside, { division: '3e1', user: stranger });
  buildProfileElements(em, testReferential(), stranger, { '1.1': 2, '1.2': 2, '2.1': 2, '3.1': 2, '4.1': 2 });
  const outsideCampaign = em.create(Campaign, { organization: outside, code: 'HORSAC234', name: 'Autre', type: CampaignType.PROFILES_COLLECTION, multipleSendings: false, isSos: false, autoShare: false, createdAt: new Date() });
  const pupilOfA = A.pupils.find((p) => p.user && !p.left && !A.joined.some((j) => j.user === p.user))!;
  em.create(CampaignParticipation, { campaign: outsideCampaign, user: pupilOfA.user!, status: ParticipationStatus.SHARED, sharedAt: new Date('2025-11-05'), isImproved: false, createdAt: new Date('2025-11-05') });
  viewerA = buildUser(em, { passwordHash: 'x' });
  learner = A.pupils.find((p) => p.user)!.user!;
  admin = buildUser(em, { passwordHash: 'x', platformRoles: ['ADMIN'] });
  em.create(AcademicViewer, { academy: A.academy, user: viewerA, createdAt: new Date() });
  await em.flush();
  await refreshAcademyStatistics(server.em());
}, 120_000);
afterAll(() => server?.close());

describe('academy statistics', () => {
  it('equal the counts made from the same data, school by school, class level by level, competence by competence', async () => {
    const res = await server.execute(STATISTICS, { code: 'AAA', year: YEAR }, { userId: viewerA.id });
    expect(res.errors).toBeUndefined();
    const academy = res.data!.academy;
    const expected = expectedFigures(A, YEAR);
    expect(academy.schools).toHaveLength(3);
    expect(academy.schools[2].name).toBeNull();
    const { refreshedAt, ...statistics } = academy.statistics;
    expect(new Date(refreshedAt).getTime()).toBeGreaterThan(Date.now() - 120_000);
    expect(statistics).toEqual({ ...expected, perSchool: [...expected.perSchool, { uai: academy.schools[2].uai, name: null, students: 0, certifiablePercentage: 0, certifiedPercentage: 0, meanPixScore: null, participatingStudents: 0 }] });
    // The data set exercises what it should: certifiable and certified pupils, weeks without certificates.
    expect(expected.students).toBeGreaterThan(30);
    expect(expected.certifiablePercentage).toBeGreaterThan(0);
    expect(expected.certifiedPercentage).toBeGreaterThan(0);
    expect(expected.weekly.some((w) => w.certifications === 0)).toBe(true);
    expect(expected.perClassLevel.map((l) => l.classLevel)).toEqual(['4e', '3e', '2nde', 'Terminale', 'CAP', 'autre']);
  });

  it('answer for another school year with that year’s certificates and campaigns', async () => {
    const res = await server.execute(STATISTICS, { code: 'aaa', year: YEAR - 1 }, { userId: viewerA.id });
    expect(res.errors).toBeUndefined();
    const { refreshedAt: _, ...statistics } = res.data!.academy.statistics;
    const expected = expectedFigures(A, YEAR - 1);
    expect(statistics.certifiedPercentage).toBe(expected.certifiedPercentage);
    expect(statistics.weekly).toEqual(expected.weekly);
    expect(statistics.campaignParticipation).toEqual(expected.campaignParticipation);
  });

  it('are for academic viewers of that academy and platform admins only', async () => {
    const code = async (query: string, variables: Record<string, unknown>, userId?: number) =>
      (await server.execute(query, variables, userId ? { userId } : {})).errors?.[0]?.extensions?.code;
    expect(await code(STATISTICS, { code: 'BBB', year: YEAR }, viewerA.id)).toBe('FORBIDDEN');
    expect(await code(STATISTICS, { code: 'AAA', year: YEAR }, learner.id)).toBe('FORBIDDEN');
    expect(await code(STATISTICS, { code: 'AAA', year: YEAR })).toBe('UNAUTHENTICATED');
    const asAdmin = await server.execute(STATISTICS, { code: 'BBB', year: YEAR }, { userId: admin.id });
    expect(asAdmin.errors).toBeUndefined();
    const { refreshedAt: _, ...statistics } = asAdmin.data!.academy.statistics;
    const expected = expectedFigures(B, YEAR);
    expect(statistics.students).toBe(expected.students);
    expect(statistics.levelDistribution).toEqual(expected.levelDistribution);

    const mine = `{ myAcademies { code name } }`;
    expect((await server.execute(mine, {}, { userId: viewerA.id })).data!.myAcademies).toEqual([{ code: 'AAA', name: 'Académie AAA' }]);
    expect((await server.execute(mine, {}, { userId: learner.id })).data!.myAcademies).toEqual([]);
    expect((await server.execute(mine, {}, { userId: admin.id })).data!.myAcademies.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['AAA', 'BBB']));
  });

  it('cost the same number of statements for 3 schools as for 30', async () => {
    const em = server.em();
    const make = (code: string, count: number, seed: number) =>
      arrangeAcademy(em, code, Array.from({ length: count }, (_, i) => ({ name: `École ${code} ${i}`, tags: ['COLLEGE'], classes: ['3e1'], perClass: 2 })), seed);
    const small = make('SML', 3, 33);
    const large = make('LRG', 30, 44);
    for (const a of [small, large]) em.create(AcademicViewer, { academy: a.academy, user: viewerA, createdAt: new Date() });
    await em.flush();
    await refreshAcademyStatistics(server.em());
    const run = (code: string) => server.countStatements(async () => {
      const res = await server.execute(STATISTICS, { code, year: YEAR }, { userId: viewerA.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.academy.statistics.perSchool).toHaveLength(code === 'SML' ? 4 : 31);
    });
    const [few, many] = [await run('SML'), await run('LRG')];
    expect(many.count).toBe(few.count);
    expect(few.count).toBeLessThanOrEqual(12);
  });

  it('download as a CSV of one line per school, through a signed link checked again when used', async () => {
    const port = await server.app.listen(0, '127.0.0.1');
    server.app.platform.config.publicApiUrl = `http://127.0.0.1:${port}`;
    const res = await server.execute(`query { academy(code: "AAA") { statisticsCsvUrl(schoolYear: ${YEAR}) } }`, {}, { userId: viewerA.id });
    expect(res.errors).toBeUndefined();
    const url: string = res.data!.academy.statisticsCsvUrl;
    expect(url).toMatch(new RegExp(`/academies/AAA/statistics\\.csv\\?schoolYear=${YEAR}&token=`));
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('statistiques-academie-AAA-2025-2026.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'));
    expect(lines[0]).toEqual(CSV_HEADER);
    const expected = expectedFigures(A, YEAR).perSchool;
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual([expected[0].uai, expected[0].name, String(expected[0].students), String(expected[0].certifiablePercentage).replace('.', ','),
      String(expected[0].certifiedPercentage).replace('.', ','), expected[0].meanPixScore === null ? '' : String(expected[0].meanPixScore).replace('.', ','), String(expected[0].participatingStudents)]);

    expect((await fetch(url.replace('/AAA/', '/BBB/'))).status).toBe(403);
    expect((await fetch(url.replace(`schoolYear=${YEAR}`, `schoolYear=${YEAR - 1}`))).status).toBe(403);
    expect((await fetch(url.slice(0, -3) + 'abc')).status).toBe(403);
    // The role withdrawn after the link was made: the link no longer works.
    const em = server.em();
    await em.nativeDelete(AcademicViewer, { user: viewerA.id, academy: { code: 'AAA' } });
    expect((await fetch(url)).status).toBe(403);
    em.create(AcademicViewer, { academy: em.getReference(Academy, 'AAA'), user: viewerA, createdAt: new Date() });
    await em.flush();
  });
});

describe('the demo academy', () => {
  it('is seeded once, with a viewer who signs in and sees the two demo schools', async () => {
    const em = server.em();
    for (const uai of ['0381234A', '0381235B']) buildOrganization(em, { uai, name: `Démo ${uai}` });
    await em.flush();
    await seedAcademicDashboard({ em: server.em(), log: () => {} });
    await seedAcademicDashboard({ em: server.em(), log: () => {} });
    expect(await server.em().count(AcademySchool, { academy: { code: 'GRE' } })).toBe(2);
    const signIn = await server.execute(`mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token } }`, { l: DEMO_VIEWER.email, p: DEMO_VIEWER.password });
    expect(signIn.errors).toBeUndefined();
    const res = await server.execute(`{ myAcademies { code schools { uai } } }`, {}, { token: signIn.data!.signIn.token });
    expect(res.data!.myAcademies).toEqual([{ code: 'GRE', schools: [{ uai: '0381234A' }, { uai: '0381235B' }] }]);
  });
});

describe('the refresh job', () => {
  it('runs on the job queue and brings new pupils into the figures', async () => {
    const withJobs = await createTestServer({ plugins: installedPlugins, jobs: true });
    try {
      const em = withJobs.em();
      const academy = em.create(Academy, { code: 'JOB', name: 'Académie JOB' });
      const org = buildOrganization(em, { name: 'Collège du Job' });
      em.create(AcademySchool, { uai: org.uai!, academy });
      const user = buildUser(em, { passwordHash: 'x' });
      buildStudent(em, org, { division: '3e1', user });
      const admin = buildUser(em, { passwordHash: 'x', platformRoles: ['ADMIN'] });
      await em.flush();
      const students = async () => (await withJobs.execute(`{ academy(code: "JOB") { statistics(schoolYear: ${YEAR}) { students } } }`, {}, { userId: admin.id })).data!.academy.statistics.students;
      await withJobs.app.platform.jobs!.send(REFRESH_JOB, {});
      let seen = 0;
      for (let i = 0; i < 100 && seen === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        seen = await students();
      }
      expect(seen).toBe(1);
    } finally {
      await withJobs.close();
    }
  }, 60_000);
});
