import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../../testing/test-server.js';
import { buildMembership, buildOrganization, buildUser } from '../../../testing/factories.js';
import { generatedStudents, siecleXml, studentsCsv, zipArchive, type FixtureStudent } from '../../../testing/siecle-file.js';
import { MembershipRole } from './membership.entity.js';
import type { Organization } from './organization.entity.js';
import { Student } from './student.entity.js';

const IMPORT = `mutation($org: ID!, $file: String!, $format: StudentFileFormat!) { importStudents(organizationId: $org, file: $file, format: $format) { id status } }`;
const STATUS = `query($id: ID!) { studentImport(id: $id) { id status progress importedCount createdCount skippedCount leftCount errors { line studentId field code message } } }`;

let server: TestServer;
let school: Organization;
const ids: Record<string, number> = {};
const UAI = '0381234A';

beforeAll(async () => {
  server = await createTestServer({ jobs: true });
  const em = server.em();
  school = buildOrganization(em, { name: 'Collège Jean Ferrat', uai: UAI, tags: ['COLLEGE'] });
  const other = buildOrganization(em, { name: 'Autre collège' });
  const admin = buildUser(em, { passwordHash: 'x' });
  const member = buildUser(em, { passwordHash: 'x' });
  const stranger = buildUser(em, { passwordHash: 'x' });
  buildMembership(em, admin, school, MembershipRole.ADMIN);
  buildMembership(em, member, school, MembershipRole.MEMBER);
  buildMembership(em, stranger, other, MembershipRole.ADMIN);
  await em.flush();
  Object.assign(ids, { admin: admin.id, member: member.id, stranger: stranger.id });
}, 60_000);
afterAll(() => server?.close());

async function runImport(file: string, format: 'SIECLE_XML' | 'CSV', userId = ids.admin) {
  const started = await server.execute(IMPORT, { org: String(school.id), file, format }, { userId });
  if (started.errors) return { errors: started.errors };
  const id = started.data!.importStudents.id;
  const progress: number[] = [];
  for (let i = 0; i < 600; i++) {
    const res = await server.execute(STATUS, { id }, { userId });
    const job = res.data!.studentImport;
    progress.push(job.progress);
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return { job, progress };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import trop long');
}

const xml = (students: Partial<FixtureStudent>[], uai = UAI) => siecleXml({ uai, students }).toString('base64');
const asDataUrl = (b64: string) => `data:application/xml;base64,${b64}`;
const count = () => server.em().count(Student, { organization: school, leftAt: null });

describe('refused files write nothing and list their problems with a stable code', () => {
  const cases: [string, Partial<FixtureStudent>[], string, string?][] = [
    ['a missing INE', [{}, { nationalId: '' }], 'NATIONAL_ID_MISSING'],
    ['a duplicate INE', [{ nationalId: '1234567890A' }, { nationalId: '1234567890A' }], 'NATIONAL_ID_DUPLICATE'],
    ['an impossible birthdate', [{ birthdate: '2011-02-31' }], 'BIRTHDATE_INVALID'],
    ['a French birth without commune code', [{ birthCountryCode: '100', birthCityCode: '' }], 'BIRTH_CITY_CODE_MISSING'],
  ];
  for (const [what, students, code] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await count();
      const { job } = await runImport(asDataUrl(xml(students)), 'SIECLE_XML');
      expect(job.status).toBe('FAILED');
      expect(job.errors.map((e: { code: string }) => e.code)).toContain(code);
      expect(job.errors.find((e: { code: string }) => e.code === code).message).toMatch(/Élève|élève/);
      expect(await count()).toBe(before);
    });
  }

  it('refuses another school’s file, naming both UAIs', async () => {
    const { job } = await runImport(asDataUrl(xml([{}], '0999999Z')), 'SIECLE_XML');
    expect(job.errors).toEqual([expect.objectContaining({ code: 'UAI_MISMATCH', message: expect.stringContaining('0999999Z') })]);
  });

  it('lists every problem of the file, not only the first', async () => {
    const { job } = await runImport(asDataUrl(xml([{ nationalId: '' }, { birthdate: '2011-02-31' }, { birthCountryCode: '100', birthCityCode: '' }, {}])), 'SIECLE_XML');
    expect(job.errors.map((e: { code: string }) => e.code).sort()).toEqual(['BIRTHDATE_INVALID', 'BIRTH_CITY_CODE_MISSING', 'NATIONAL_ID_MISSING']);
  });

  it('gives CSV problems their line', async () => {
    const { job } = await runImport(studentsCsv([{}, { birthdate: '2011-02-31' }]).toString('utf8'), 'CSV');
    expect(job.errors).toEqual([expect.objectContaining({ code: 'BIRTHDATE_INVALID', line: 3 })]);
  });

  it('is for the school’s admins only', async () => {
    expect((await runImport(asDataUrl(xml([{}])), 'SIECLE_XML', ids.member)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const other = await server.execute(IMPORT, { org: String(school.id), file: 'x', format: 'CSV' }, { userId: ids.stranger });
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('a valid 2 000-pupil file', () => {
  const students = generatedStudents(2000, 7);

  it('imports with progress, then again idempotently; a re-import moves pupils and marks the absent as left', async () => {
    const first = await runImport(asDataUrl(xml(students)), 'SIECLE_XML');
    expect(first.job).toMatchObject({ status: 'SUCCEEDED', progress: 100, importedCount: 2000, createdCount: 2000, leftCount: 0, errors: [] });
    expect(first.progress!.some((p) => p > 0 && p < 100) || first.progress!.length <= 2).toBe(true);
    expect(await count()).toBe(2000);

    const again = await runImport(asDataUrl(xml(students)), 'SIECLE_XML');
    expect(again.job).toMatchObject({ status: 'SUCCEEDED', importedCount: 2000, createdCount: 0, leftCount: 0 });
    expect(await count()).toBe(2000);

    const moved = students.slice(1).map((s, i) => (i === 0 ? { ...s, division: '3E8' } : s));
    const zipped = zipArchive({ 'ElevesSansAdresses.xml': siecleXml({ uai: UAI, students: moved }) }).toString('base64');
    const third = await runImport(zipped, 'SIECLE_XML');
    expect(third.job).toMatchObject({ status: 'SUCCEEDED', importedCount: 1999, createdCount: 0, leftCount: 1 });
    const em = server.em();
    expect((await em.findOneOrFail(Student, { organization: school, nationalId: students[1].nationalId! })).division).toBe('3E8');
    expect((await em.findOneOrFail(Student, { organization: school, nationalId: students[0].nationalId! })).leftAt).not.toBeNull();
  }, 120_000);

  it('shows the classes and pupils to members of the school', async () => {
    const res = await server.execute(`query($id: ID!) { organization(id: $id) { divisions students(division: "3E8", first: 5) { totalCount edges { node { lastName division } } } } }`, { id: String(school.id) }, { userId: ids.member });
    expect(res.data!.organization.divisions).toEqual(expect.arrayContaining(['3E1', '3E8']));
    expect(res.data!.organization.students.edges.every((e: { node: { division: string } }) => e.node.division === '3E8')).toBe(true);
  });
});
