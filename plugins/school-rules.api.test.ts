// The collège and lycée plugins' rules, through the API, with and without the plugins installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type TestServer } from '../server/testing/test-server.js';
import { buildCertificationCenter, buildCertificationCenterMembership, buildMembership, buildOrganization, buildProfileElements, buildStudent, buildUser } from '../server/testing/factories.js';
import { MembershipRole } from '../server/src/modules/organization/membership.entity.js';
import college from './college/index.js';
import lycee from './lycee/index.js';

const CREATE = `mutation($i: CreateSessionInput!) { createCertificationSession(input: $i) { id } }`;
const ENROL = `mutation($s: ID!, $ids: [ID!]!) { enrolCandidates(sessionId: $s, studentIds: $ids) { id } }`;

async function arrange(server: TestServer) {
  const em = server.em();
  const head = buildUser(em, { passwordHash: 'x' });
  const admin = buildUser(em, { passwordHash: 'x', platformRoles: ['ADMIN'] });
  const make = (name: string, tags: string[], classes: string[]) => {
    const org = buildOrganization(em, { name, tags });
    const centre = buildCertificationCenter(em, { organization: org });
    buildMembership(em, head, org, MembershipRole.ADMIN);
    buildCertificationCenterMembership(em, head, centre);
    const students = classes.flatMap((division) => Array.from({ length: 11 }, (_, i) => buildStudent(em, org, { division, firstName: `${division}-${i}` })));
    return { org, centre, students };
  };
  const schools = { college: make('Collège', ['COLLEGE'], ['3e1', '4e2']), lycee: make('Lycée', ['LYCEE'], ['T1', '2nde3']), other: make('École de la deuxième chance', [], ['G1', 'G2']) };
  const pupil = buildUser(em, { passwordHash: 'x' });
  schools.college.students[0].user = pupil;
  buildProfileElements(em, testReferential(), pupil, { '1.1': 1, '1.2': 1, '2.1': 1, '3.1': 1, '4.1': 1 });
  await em.flush();
  const session = (centre: { id: number }, date: string) => server.execute(CREATE, { i: { certificationCenterId: String(centre.id), address: 'A', room: 'B', examiner: 'C', date, time: '09:00' } }, { userId: head.id });
  return { schools, head, admin, session };
}

describe('with the collège and lycée plugins', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof arrange>>;
  beforeAll(async () => { server = await createTestServer({ plugins: [college, lycee] }); a = await arrange(server); });
  afterAll(() => server?.close());

  it('refuses a collège session outside its window, naming the window; accepts inside and in the make-up week', async () => {
    const refused = await a.session(a.schools.college.centre, '2026-07-01');
    expect(refused.errors![0].extensions!.code).toBe('SESSION_OUTSIDE_CERTIFICATION_WINDOW');
    expect(refused.errors![0].message).toBe('Les sessions de certification des collèges ont lieu du 16/03/2026 au 13/06/2026 (rattrapage du 15/06/2026 au 19/06/2026) pour l’année 2025-2026.');
    expect((await a.session(a.schools.college.centre, '2026-04-02')).errors).toBeUndefined();
    expect((await a.session(a.schools.college.centre, '2026-06-17')).errors).toBeUndefined();
  });

  it('applies the lycée window to lycées, and no window to a school of neither kind', async () => {
    const refused = await a.session(a.schools.lycee.centre, '2026-04-02');
    expect(refused.errors![0].message).toMatch(/des lycées ont lieu du 03\/11\/2025 au 06\/03\/2026/);
    expect((await a.session(a.schools.lycee.centre, '2025-12-01')).errors).toBeUndefined();
    expect((await a.session(a.schools.other.centre, '2026-07-14')).errors).toBeUndefined();
  });

  it('lets a platform admin set another window for a year', async () => {
    const set = await server.execute(`mutation { setCertificationWindow(plugin: "college", schoolYear: 2025, start: "2026-06-20", end: "2026-07-10", makeUpStart: null, makeUpEnd: null) { start end } }`, {}, { userId: a.admin.id });
    expect(set.errors).toBeUndefined();
    expect((await a.session(a.schools.college.centre, '2026-07-01')).errors).toBeUndefined();
    expect((await a.session(a.schools.college.centre, '2026-04-02')).errors![0].extensions!.code).toBe('SESSION_OUTSIDE_CERTIFICATION_WINDOW');
    expect((await server.execute(`mutation { setCertificationWindow(plugin: "college", schoolYear: 2025, start: "2026-06-20", end: "2026-07-10", makeUpStart: null, makeUpEnd: null) { start } }`, {}, { userId: a.head.id })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses the 21st candidate per invigilator', async () => {
    const s = (await a.session(a.schools.lycee.centre, '2025-12-02')).data!.createCertificationSession.id;
    const ids = a.schools.lycee.students.map((st) => String(st.id));
    expect((await server.execute(ENROL, { s, ids: ids.slice(0, 20) }, { userId: a.head.id })).errors).toBeUndefined();
    expect((await server.execute(ENROL, { s, ids: ids.slice(20, 21) }, { userId: a.head.id })).errors![0].extensions!.code).toBe('CANDIDATE_LIMIT_PER_INVIGILATOR');
  });

  it('lists the 3e pupils to certify with their status, and offers the collège catalogue', async () => {
    const res = await server.execute(`query($id: ID!) { organization(id: $id) { mandatoryCertificationClasses studentsToCertify { student { division } status } targetProfiles { name } } }`, { id: String(a.schools.college.org.id) }, { userId: a.head.id });
    const org = res.data!.organization;
    expect(org.mandatoryCertificationClasses).toBe('3e');
    expect(org.studentsToCertify).toHaveLength(11);
    expect(org.studentsToCertify.every((s: { student: { division: string } }) => s.student.division === '3e1')).toBe(true);
    expect(org.studentsToCertify.filter((s: { status: string }) => s.status === 'CERTIFIABLE')).toHaveLength(1);
    const names = org.targetProfiles.map((t: { name: string }) => t.name);
    expect(names.filter((n: string) => n.startsWith('[')).every((n: string) => n.startsWith('[CLG]'))).toBe(true);
  });
});

describe('without the plugins', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof arrange>>;
  beforeAll(async () => { server = await createTestServer({ plugins: [] }); a = await arrange(server); });
  afterAll(() => server?.close());

  it('leaves the core working with its defaults: no window, no ratio, no mandatory list', async () => {
    const s = (await a.session(a.schools.college.centre, '2026-07-01')).data!.createCertificationSession.id;
    expect((await server.execute(ENROL, { s, ids: a.schools.college.students.map((st) => String(st.id)) }, { userId: a.head.id })).errors).toBeUndefined();
    const res = await server.execute(`query($id: ID!) { organization(id: $id) { mandatoryCertificationClasses studentsToCertify { status } } }`, { id: String(a.schools.college.org.id) }, { userId: a.head.id });
    expect(res.data!.organization).toEqual({ mandatoryCertificationClasses: null, studentsToCertify: [] });
  });
});
