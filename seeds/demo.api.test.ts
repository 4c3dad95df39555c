import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type TestServer } from '../server/testing/test-server.js';
import { installedPlugins } from '../server/src/installed-plugins.js';
import { User } from '../server/src/modules/identity/user.entity.js';
import { Student } from '../server/src/modules/organization/student.entity.js';
import { KnowledgeElement } from '../server/src/modules/profile/knowledge-element.entity.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';
import { Campaign, CampaignParticipation, ParticipationStatus } from '../server/src/modules/campaign/campaign.entity.js';

const SIGN_IN = `mutation($login: String!, $password: String!) { signIn(login: $login, password: $password) { token user {
  firstName lastName profile { isCertifiable certifiableCompetencesCount totalPix scorecards { level } }
  memberships { role organization { name uai tags divisions } } certificationCenters { name organization { uai } } platformRoles } } }`;

let server: TestServer;
const seed = () => seedDemo(server.em(), { referential: testReferential(), config: server.app.platform.config, plugins: installedPlugins, log: () => {} });

beforeAll(async () => {
  server = await createTestServer();
  await seed();
});
afterAll(() => server?.close());

const signIn = async (login: string) => {
  const res = await server.execute(SIGN_IN, { login, password: DEMO_PASSWORD });
  expect(res.errors).toBeUndefined();
  return res.data!.signIn.user;
};

describe('demo data', () => {
  it('is idempotent: a second run neither duplicates nor fails', async () => {
    const count = async () => [await server.em().count(User), await server.em().count(Student), await server.em().count(KnowledgeElement), await server.em().count(CampaignParticipation)];
    const before = await count();
    await seed();
    expect(await count()).toEqual(before);
    expect(before[1]).toBe(100);
  });

  it('gives Killian Latour, pupil of 3e1, a certifiable profile', async () => {
    const killian = await signIn('killian.latour2005');
    expect(killian).toMatchObject({ firstName: 'Killian', lastName: 'Latour' });
    expect(killian.profile.isCertifiable).toBe(true);
    expect(killian.profile.scorecards.filter((s: { level: number }) => s.level >= 1).length).toBeGreaterThanOrEqual(5);
    const student = await server.em().findOneOrFail(Student, { user: { username: 'killian.latour2005' } });
    expect(student).toMatchObject({ division: '3e1', birthdate: '2005-05-20' });
  });

  it('gives Mary Jackson level 1 or more in exactly 4 competences: not certifiable', async () => {
    const mary = await signIn('mary.jackson@opencrcn.test');
    expect(mary.profile).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4 });
  });

  it('makes each director admin of a school that is also a certification centre', async () => {
    const ferrat = await signIn('direction@ferrat.opencrcn.test');
    expect(ferrat.memberships).toEqual([{ role: 'ADMIN', organization: { name: 'Collège Jean Ferrat', uai: '0381234A', tags: ['COLLEGE'], divisions: ['3e1', '3e2'] } }]);
    expect(ferrat.certificationCenters).toEqual([{ name: 'Collège Jean Ferrat', organization: { uai: '0381234A' } }]);
    const lulli = await signIn('direction@lulli.opencrcn.test');
    expect(lulli.memberships[0].organization).toMatchObject({ name: 'Lycée Jean-Baptiste Lulli', uai: '0381235B', tags: ['LYCEE'], divisions: ['T1', 'T2'] });
  });

  it('gives each school campaigns, the collection of one class already shared', async () => {
    const ferrat = await server.em().find(Campaign, { organization: { uai: '0381234A' } }, { orderBy: { code: 'asc' } });
    expect(ferrat.map((c) => c.code)).toEqual(['FERRAT234', 'SOCLEC567']);
    expect(await server.em().count(CampaignParticipation, { campaign: ferrat[0], status: ParticipationStatus.SHARED })).toBe(25);
  });

  it('makes admin@opencrcn.test platform admin and jury', async () => {
    expect((await signIn('admin@opencrcn.test')).platformRoles).toEqual(['ADMIN', 'JURY']);
  });
});
