// Every kind of access rule, checked through a plugin's resolver: who gets in, who is refused, with which code.
import { Arg, Authorized, Int, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, Rules } from '../plugin-api/index.js';
import { installedPlugins } from '../installed-plugins.js';
import { createTestServer, type TestServer } from '../../testing/test-server.js';
import { buildCertificationCenter, buildCertificationCenterMembership, buildMembership, buildOrganization, buildStudent, buildUser } from '../../testing/factories.js';
import { signToken } from '../modules/identity/token.js';
import { loadConfig } from '../config.js';
import { MembershipRole } from '../modules/organization/membership.entity.js';
import { UserType } from '../modules/identity/user.types.js';

const byArg = ({ args }: { args: Record<string, unknown> }) => args.id as number;

@Resolver()
class ProbeResolver {
  @Authorized() @Query(() => Boolean) probeAnyone() { return true; }
  @Authorized('USER') @Query(() => Boolean) probeUser() { return true; }
  @Authorized('PLATFORM_ADMIN') @Query(() => Boolean) probeAdmin() { return true; }
  @Authorized('JURY') @Query(() => Boolean) probeJury() { return true; }
  @Authorized(Rules.organizationMember(byArg)) @Query(() => Boolean) probeOrg(@Arg('id', () => Int) _id: number) { return true; }
  @Authorized(Rules.organizationAdmin(byArg)) @Query(() => Boolean) probeOrgAdmin(@Arg('id', () => Int) _id: number) { return true; }
  @Authorized(Rules.certificationCenterMember(byArg)) @Query(() => Boolean) probeCentre(@Arg('id', () => Int) _id: number) { return true; }
  @Authorized(Rules.invigilatorOf(byArg)) @Query(() => Boolean) probeSession(@Arg('id', () => Int) _id: number) { return true; }
  @Authorized(Rules.scoped('probeScope', byArg)) @Query(() => Boolean) probeAcademy(@Arg('id', () => Int) _id: number) { return true; }
  @Query(() => UserType) probeUserById(@Arg('id', () => Int) id: number) { return { id }; }
}

let viewerId = 0;
const probe = definePlugin({
  name: 'probe',
  resolvers: [ProbeResolver],
  accessScopes: { probeScope: async (ctx, id) => ctx.access.userId === viewerId && Number(id) === 7 },
});

let server: TestServer;
const ids: Record<string, number> = {};
const tokens: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = await createTestServer({ plugins: [...installedPlugins, probe] });
  const em = server.em();
  const u = (name: string, extra = {}) => buildUser(em, { firstName: name, passwordHash: 'x', ...extra });
  const users = {
    learner: u('Léa'), pupil: u('Killian'), teacher: u('Paul'), director: u('Claire'), otherTeacher: u('Alice'),
    centre: u('Nora'), admin: u('Alix', { platformRoles: ['ADMIN'] }), jury: u('Jules', { platformRoles: ['JURY'] }), viewer: u('Dana'),
  };
  const school = buildOrganization(em);
  const other = buildOrganization(em);
  buildMembership(em, users.teacher, school, MembershipRole.MEMBER);
  buildMembership(em, users.director, school, MembershipRole.ADMIN);
  buildMembership(em, users.otherTeacher, other, MembershipRole.ADMIN);
  buildStudent(em, school, { user: users.pupil });
  const centre = buildCertificationCenter(em);
  buildCertificationCenterMembership(em, users.centre, centre);
  await em.flush();
  for (const [k, v] of Object.entries(users)) { ids[k] = v.id; tokens[k] = await server.tokenFor(v.id); }
  ids.school = school.id; ids.other = other.id; ids.centreId = centre.id;
  viewerId = users.viewer.id;
  const config = loadConfig();
  tokens.invigilator = await signToken({ kind: 'invigilator', sessionId: 5 }, config.authSecret, 600);
  tokens.anonymous = undefined;
});
afterAll(() => server?.close());

async function outcome(who: string, query: string): Promise<string> {
  const res = await server.execute(`{ ${query} }`, {}, { token: tokens[who] });
  return res.errors ? String(res.errors[0].extensions?.code) : 'OK';
}

describe('access rules', () => {
  const cases: [string, Record<string, string>][] = [
    ['probeAnyone', { anonymous: 'UNAUTHENTICATED', learner: 'OK', invigilator: 'OK' }],
    ['probeUser', { anonymous: 'UNAUTHENTICATED', learner: 'OK', invigilator: 'FORBIDDEN', admin: 'OK' }],
    ['probeAdmin', { learner: 'FORBIDDEN', jury: 'FORBIDDEN', teacher: 'FORBIDDEN', admin: 'OK' }],
    ['probeJury', { learner: 'FORBIDDEN', jury: 'OK', admin: 'OK' }],
    ['probeOrg(id: SCHOOL)', { anonymous: 'UNAUTHENTICATED', teacher: 'OK', director: 'OK', otherTeacher: 'FORBIDDEN', pupil: 'FORBIDDEN', admin: 'OK' }],
    ['probeOrgAdmin(id: SCHOOL)', { teacher: 'FORBIDDEN', director: 'OK', otherTeacher: 'FORBIDDEN' }],
    ['probeCentre(id: CENTRE)', { centre: 'OK', teacher: 'FORBIDDEN', invigilator: 'FORBIDDEN' }],
    ['probeSession(id: 5)', { invigilator: 'OK', learner: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' }],
    ['probeSession(id: 6)', { invigilator: 'FORBIDDEN' }],
    ['probeAcademy(id: 7)', { viewer: 'OK', learner: 'FORBIDDEN' }],
    ['probeAcademy(id: 8)', { viewer: 'FORBIDDEN' }],
  ];
  for (const [query, expected] of cases) {
    it(`${query}: ${Object.entries(expected).map(([w, o]) => `${w} ${o}`).join(', ')}`, async () => {
      const q = query.replace('SCHOOL', String(ids.school)).replace('CENTRE', String(ids.centreId));
      const actual: Record<string, string> = {};
      for (const who of Object.keys(expected)) actual[who] = await outcome(who, q);
      expect(actual).toEqual(expected);
    });
  }
});

describe('personal data of a user', () => {
  const read = (who: string, target: string) => outcome(who, `probeUserById(id: ${ids[target]}) { firstName }`);

  it('is readable by the user, a platform admin, and staff of the pupil’s school only', async () => {
    expect(await read('pupil', 'pupil')).toBe('OK');
    expect(await read('admin', 'pupil')).toBe('OK');
    expect(await read('teacher', 'pupil')).toBe('OK');
    expect(await read('otherTeacher', 'pupil')).toBe('FORBIDDEN');
    expect(await read('learner', 'pupil')).toBe('FORBIDDEN');
    expect(await read('teacher', 'learner')).toBe('FORBIDDEN');
    expect(await read('invigilator', 'pupil')).toBe('FORBIDDEN');
    expect(await read('anonymous', 'pupil')).toBe('UNAUTHENTICATED');
  });
});
