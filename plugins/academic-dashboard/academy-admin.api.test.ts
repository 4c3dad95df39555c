// Administration of academies through the API: only platform administrators, validation codes, the all-or-nothing
// replacement of the schools, and the viewer role granted and revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../server/testing/test-server.js';
import { buildMembership, buildOrganization, buildStudent, buildUser } from '../../server/testing/factories.js';
import { installedPlugins } from '../../server/src/installed-plugins.js';
import { MembershipRole } from '../../server/src/modules/organization/membership.entity.js';
import type { User } from '../../server/src/modules/identity/user.entity.js';
import { Academy, AcademicViewer, AcademySchool } from './academy.entity.js';

const SAVE = `mutation($code: ID!, $name: String!) { saveAcademy(code: $code, name: $name) { code name } }`;
const SET_SCHOOLS = `mutation($code: ID!, $uais: [String!]!) { setAcademySchools(code: $code, uais: $uais) { code schools { uai name } } }`;
const GRANT = `mutation($code: ID!, $email: String!) { grantAcademicViewer(code: $code, email: $email) { code viewers { id firstName lastName email } } }`;
const REVOKE = `mutation($code: ID!, $userId: ID!) { revokeAcademicViewer(code: $code, userId: $userId) { code viewers { id } } }`;
const ACADEMY = `query($code: ID!) { academy(code: $code) { code name } }`;
const VIEWERS = `query($code: ID!) { academy(code: $code) { code viewers { id email } } }`;
const MY_ACADEMIES = `query { myAcademies { code } }`;

let server: TestServer;
let admin: User;
let viewer: User;
let teacher: User;
let learner: User;
let newcomer: User;

const schoolsOf = async (code: string) =>
  (await server.em().find(AcademySchool, { academy: code }, { orderBy: { uai: 'asc' } })).map((s) => s.uai);

beforeAll(async () => {
  server = await createTestServer({ plugins: installedPlugins });
  const em = server.em();
  const school = buildOrganization(em, { name: 'Collège des Alpes', uai: '0389001A' });
  admin = buildUser(em, { passwordHash: 'x', platformRoles: ['ADMIN'] });
  viewer = buildUser(em, { passwordHash: 'x' });
  teacher = buildUser(em, { passwordHash: 'x' });
  learner = buildUser(em, { passwordHash: 'x' });
  newcomer = buildUser(em, { passwordHash: 'x', email: 'nouvelle.dane@ac-test.opencrcn.test', firstName: 'Nadia', lastName: 'Zerbib' });
  buildMembership(em, teacher, school, MembershipRole.ADMIN);
  buildStudent(em, school, { user: learner });
  const existing = em.create(Academy, { code: 'EXI', name: 'Existante' });
  em.create(AcademySchool, { uai: '0389002B', academy: existing });
  em.create(AcademySchool, { uai: '0389003C', academy: existing });
  em.create(AcademicViewer, { academy: existing, user: viewer, createdAt: new Date() });
  const other = em.create(Academy, { code: 'AUT', name: 'Autre' });
  em.create(AcademySchool, { uai: '0389009K', academy: other });
  await em.flush();
}, 60_000);
afterAll(() => server?.close());

describe('only platform administrators administer academies', () => {
  it('refuses every operation and the viewers to a viewer of the academy, a teacher and a learner', async () => {
    for (const user of [viewer, teacher, learner]) {
      const attempts = [
        await server.execute(SAVE, { code: 'EXI', name: 'Renommée' }, { userId: user.id }),
        await server.execute(SET_SCHOOLS, { code: 'EXI', uais: ['0389001A'] }, { userId: user.id }),
        await server.execute(GRANT, { code: 'EXI', email: newcomer.email }, { userId: user.id }),
        await server.execute(REVOKE, { code: 'EXI', userId: String(viewer.id) }, { userId: user.id }),
      ];
      for (const res of attempts) expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // The viewer reads the academy, not the names and addresses of the other viewers.
    const res = await server.execute(VIEWERS, { code: 'EXI' }, { userId: viewer.id });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await server.execute(SAVE, { code: 'EXI', name: 'Renommée' })).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await server.em().findOneOrFail(Academy, { code: 'EXI' })).name).toBe('Existante');
    expect(await schoolsOf('EXI')).toEqual(['0389002B', '0389003C']);
    expect(await server.em().count(AcademicViewer, { academy: 'EXI' })).toBe(1);
  });

  it('lists every academy for an administrator (myAcademies)', async () => {
    const res = await server.execute(MY_ACADEMIES, {}, { userId: admin.id });
    expect(res.data!.myAcademies.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['EXI', 'AUT']));
  });
});

describe('saveAcademy', () => {
  it('creates an academy with its code upper-cased, then renames it', async () => {
    const created = await server.execute(SAVE, { code: ' nou1 ', name: '  Nouvelle   Académie ' }, { userId: admin.id });
    expect(created.errors).toBeUndefined();
    expect(created.data!.saveAcademy).toEqual({ code: 'NOU1', name: 'Nouvelle Académie' });
    const renamed = await server.execute(SAVE, { code: 'nou1', name: 'Académie renommée' }, { userId: admin.id });
    expect(renamed.data!.saveAcademy).toEqual({ code: 'NOU1', name: 'Académie renommée' });
    expect(await server.em().count(Academy, { code: 'NOU1' })).toBe(1);
  });

  it('accepts codes of 2 to 10 letters or digits, and refuses the others and an empty name with BAD_USER_INPUT', async () => {
    expect((await server.execute(SAVE, { code: 'ABCDE12345', name: 'Dix' }, { userId: admin.id })).data!.saveAcademy.code).toBe('ABCDE12345');
    for (const code of ['A', 'ABCDE123456', 'GR-E', 'GRÉ', '']) {
      const res = await server.execute(SAVE, { code, name: 'Nom' }, { userId: admin.id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'code' }] });
    }
    const res = await server.execute(SAVE, { code: 'VIDE', name: '   ' }, { userId: admin.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: 'Le nom de l’académie est obligatoire.' }] });
    expect(await server.em().count(Academy, { code: 'VIDE' })).toBe(0);
  });
});

describe('setAcademySchools', () => {
  it('replaces the list, upper-casing and deduplicating the UAIs; schools with an Orga space get their name', async () => {
    await server.execute(SAVE, { code: 'REP', name: 'Remplacement' }, { userId: admin.id });
    const first = await server.execute(SET_SCHOOLS, { code: 'rep', uais: ['0389001a', ' 0389004D', '0389001A'] }, { userId: admin.id });
    expect(first.errors).toBeUndefined();
    expect(first.data!.setAcademySchools.schools).toEqual([{ uai: '0389001A', name: 'Collège des Alpes' }, { uai: '0389004D', name: null }]);
    const second = await server.execute(SET_SCHOOLS, { code: 'REP', uais: ['0389004D', '0389005E'] }, { userId: admin.id });
    expect(second.data!.setAcademySchools.schools.map((s: { uai: string }) => s.uai)).toEqual(['0389004D', '0389005E']);
    const emptied = await server.execute(SET_SCHOOLS, { code: 'REP', uais: [] }, { userId: admin.id });
    expect(emptied.data!.setAcademySchools.schools).toEqual([]);
  });

  it('changes nothing when one UAI is malformed, and names each one with its position', async () => {
    const res = await server.execute(SET_SCHOOLS, { code: 'EXI', uais: ['0389002B', '038900', '0389006F', 'ABCDEFGH'] }, { userId: admin.id });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].message).toBe('« 038900 », « ABCDEFGH » ne sont pas des codes UAI : 7 chiffres et une lettre, par exemple 0381234A.');
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      invalidUais: ['038900', 'ABCDEFGH'],
      fields: [{ field: 'uais.1' }, { field: 'uais.3' }],
    });
    expect(await schoolsOf('EXI')).toEqual(['0389002B', '0389003C']);
  });

  it('refuses a school of another academy with UAI_IN_OTHER_ACADEMY, naming it and that academy, and changes nothing', async () => {
    const res = await server.execute(SET_SCHOOLS, { code: 'EXI', uais: ['0389007G', '0389009K'] }, { userId: admin.id });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'UAI_IN_OTHER_ACADEMY',
      conflicts: [{ uai: '0389009K', academyCode: 'AUT', academyName: 'Autre' }],
      fields: [{ field: 'uais.1', message: '0389009K appartient déjà à l’académie Autre (AUT).' }],
    });
    expect(res.errors?.[0].message).toContain('0389009K (académie Autre, AUT)');
    // The statements before the refusal (removals, the new UAI) were rolled back.
    expect(await schoolsOf('EXI')).toEqual(['0389002B', '0389003C']);
    expect(await schoolsOf('AUT')).toEqual(['0389009K']);
    expect(await server.em().count(AcademySchool, { uai: '0389007G' })).toBe(0);
  });

  it('answers ACADEMY_NOT_FOUND for an unknown academy', async () => {
    const res = await server.execute(SET_SCHOOLS, { code: 'NONE', uais: ['0389008H'] }, { userId: admin.id });
    expect(res.errors?.[0].extensions?.code).toBe('ACADEMY_NOT_FOUND');
    expect(await server.em().count(AcademySchool, { uai: '0389008H' })).toBe(0);
  });
});

describe('grantAcademicViewer and revokeAcademicViewer', () => {
  it('granting makes the academy readable by that account; revoking takes it back', async () => {
    expect((await server.execute(ACADEMY, { code: 'EXI' }, { userId: newcomer.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const granted = await server.execute(GRANT, { code: 'exi', email: ' Nouvelle.DANE@ac-test.opencrcn.test ' }, { userId: admin.id });
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.grantAcademicViewer.viewers).toContainEqual({ id: String(newcomer.id), firstName: 'Nadia', lastName: 'Zerbib', email: 'nouvelle.dane@ac-test.opencrcn.test' });
    expect(granted.data!.grantAcademicViewer.viewers).toHaveLength(2);
    // Granting twice changes nothing.
    const again = await server.execute(GRANT, { code: 'EXI', email: newcomer.email }, { userId: admin.id });
    expect(again.data!.grantAcademicViewer.viewers).toHaveLength(2);

    expect((await server.execute(ACADEMY, { code: 'EXI' }, { userId: newcomer.id })).data!.academy).toEqual({ code: 'EXI', name: 'Existante' });
    expect((await server.execute(MY_ACADEMIES, {}, { userId: newcomer.id })).data!.myAcademies).toEqual([{ code: 'EXI' }]);

    const revoked = await server.execute(REVOKE, { code: 'EXI', userId: String(newcomer.id) }, { userId: admin.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeAcademicViewer.viewers).toEqual([{ id: String(viewer.id) }]);
    expect((await server.execute(ACADEMY, { code: 'EXI' }, { userId: newcomer.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.execute(MY_ACADEMIES, {}, { userId: newcomer.id })).data!.myAcademies).toEqual([]);
  });

  it('answers USER_NOT_FOUND for an unknown e-mail and ACADEMY_NOT_FOUND for an unknown academy', async () => {
    const unknown = await server.execute(GRANT, { code: 'EXI', email: 'personne@exemple.test' }, { userId: admin.id });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Aucun compte n’a l’adresse e-mail personne@exemple.test.', extensions: { code: 'USER_NOT_FOUND' } });
    const noAcademy = await server.execute(GRANT, { code: 'NONE', email: newcomer.email }, { userId: admin.id });
    expect(noAcademy.errors?.[0].extensions?.code).toBe('ACADEMY_NOT_FOUND');
    const revokeNoAcademy = await server.execute(REVOKE, { code: 'NONE', userId: String(viewer.id) }, { userId: admin.id });
    expect(revokeNoAcademy.errors?.[0].extensions?.code).toBe('ACADEMY_NOT_FOUND');
    expect(await server.em().count(AcademicViewer, { user: newcomer.id })).toBe(0);
  });

  it('reads the viewers of several academies in one statement', async () => {
    const query = `query { myAcademies { code viewers { id } } }`;
    const { count, statements } = await server.countStatements(() => server.execute(query, {}, { userId: admin.id }));
    expect(statements.filter((s) => s.includes('academic_viewers v join users'))).toHaveLength(1);
    expect(count).toBeLessThan(6);
  });
});
