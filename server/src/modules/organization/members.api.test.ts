import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../../testing/test-server.js';
import { buildOrganization, buildStudent, buildUser } from '../../../testing/factories.js';
import type { Organization } from './organization.entity.js';
import { OutboxEmail } from '../mail/outbox-email.entity.js';

let server: TestServer;
let school: Organization;
const ids: Record<string, number> = {};
const DAY = 24 * 3600 * 1000;

const tokenIn = (text: string) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)![1];

beforeAll(async () => {
  server = await createTestServer();
  const em = server.em();
  school = buildOrganization(em, { name: 'Collège Jean Ferrat', uai: '0381234A', email: 'ce.0381234A@ac-grenoble.fr', tags: ['COLLEGE'] });
  const head = buildUser(em, { passwordHash: 'x', firstName: 'Claire' });
  const colleague = buildUser(em, { passwordHash: 'x', email: 'paul.prof@exemple.test' });
  const teacher = buildUser(em, { passwordHash: 'x' });
  buildStudent(em, school, { firstName: 'Léa', lastName: 'Martin', birthdate: '2011-05-03', division: '3e1' });
  buildStudent(em, school, { firstName: 'Léa', lastName: 'Martin', birthdate: '2011-05-03', division: '3e1', nationalId: '1234567890Z' });
  await em.flush();
  Object.assign(ids, { head: head.id, colleague: colleague.id, teacher: teacher.id });
});
afterAll(() => server?.close());

describe('activating a school’s space and inviting members', () => {
  it('sends the activation link to the school’s official address, and its acceptance makes the head admin', async () => {
    const res = await server.execute(`mutation { requestOrganizationActivation(uai: "0381234a") { emailHint } }`);
    expect(res.data!.requestOrganizationActivation.emailHint).toBe('ce.0***@ac-grenoble.fr');
    const email = await server.em().findOneOrFail(OutboxEmail, { to: 'ce.0381234A@ac-grenoble.fr' });
    const token = tokenIn(email.text);
    const preview = await server.execute(`query($t: String!) { invitation(token: $t) { organizationName role isExpired isAccepted } }`, { t: token });
    expect(preview.data!.invitation).toEqual({ organizationName: 'Collège Jean Ferrat', role: 'ADMIN', isExpired: false, isAccepted: false });
    const accepted = await server.execute(`mutation($t: String!) { acceptInvitation(token: $t) { role organization { name } } }`, { t: token }, { userId: ids.head });
    expect(accepted.data!.acceptInvitation).toEqual({ role: 'ADMIN', organization: { name: 'Collège Jean Ferrat' } });
    expect((await server.execute(`mutation($t: String!) { acceptInvitation(token: $t) { role } }`, { t: token }, { userId: ids.teacher })).errors![0].extensions!.code).toBe('INVITATION_ALREADY_ACCEPTED');
    expect((await server.execute(`mutation { requestOrganizationActivation(uai: "0381234A") { emailHint } }`)).errors![0].extensions!.code).toBe('ORGANIZATION_ALREADY_ACTIVE');
    expect((await server.execute(`mutation { requestOrganizationActivation(uai: "0000000X") { emailHint } }`)).errors![0].extensions!.code).toBe('ORGANIZATION_NOT_FOUND');
  });

  it('lets an admin invite members by e-mail; invitations expire after 7 days', async () => {
    const invite = `mutation($org: ID!, $emails: [String!]!) { inviteMembers(organizationId: $org, emails: $emails) { email role } }`;
    expect((await server.execute(invite, { org: String(school.id), emails: ['paul.prof@exemple.test'] }, { userId: ids.teacher })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const res = await server.execute(invite, { org: String(school.id), emails: ['Paul.Prof@exemple.test', 'pas-une-adresse'] }, { userId: ids.head });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const ok = await server.execute(invite, { org: String(school.id), emails: ['Paul.Prof@exemple.test', 'marie.doc@exemple.test'] }, { userId: ids.head });
    expect(ok.data!.inviteMembers.map((i: { email: string }) => i.email).sort()).toEqual(['marie.doc@exemple.test', 'paul.prof@exemple.test']);
    const tokens = await Promise.all(['paul.prof@exemple.test', 'marie.doc@exemple.test'].map(async (to) => tokenIn((await server.em().findOneOrFail(OutboxEmail, { to })).text)));
    const joined = await server.execute(`mutation($t: String!) { acceptInvitation(token: $t) { role } }`, { t: tokens[0] }, { userId: ids.colleague });
    expect(joined.data!.acceptInvitation.role).toBe('MEMBER');
    server.setNow(new Date(Date.now() + 8 * DAY));
    expect((await server.execute(`mutation($t: String!) { acceptInvitation(token: $t) { role } }`, { t: tokens[1] }, { userId: ids.teacher })).errors![0].extensions!.code).toBe('INVITATION_EXPIRED');
    server.setNow(new Date());
    const members = await server.execute(`query($id: ID!) { organization(id: $id) { members { firstName role } } }`, { id: String(school.id) }, { userId: ids.colleague });
    expect(members.data!.organization.members.map((m: { role: string }) => m.role).sort()).toEqual(['ADMIN', 'MEMBER']);
  });
});

describe('student accounts', () => {
  it('gives pupils without account a unique username and a temporary password, shown once', async () => {
    const generate = `mutation($org: ID!) { generateStudentAccounts(organizationId: $org, division: "3e1") { firstName username temporaryPassword } }`;
    const res = await server.execute(generate, { org: String(school.id) }, { userId: ids.colleague });
    expect(res.errors).toBeUndefined();
    const list = res.data!.generateStudentAccounts;
    expect(list.map((c: { username: string }) => c.username).sort()).toEqual(['lea.martin0305', 'lea.martin03052']);
    expect(list.every((c: { temporaryPassword: string }) => /^[A-Za-z2-9]{10}$/.test(c.temporaryPassword))).toBe(true);
    const signIn = await server.execute(`mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { user { mustChangePassword } } }`, { l: list[0].username, p: list[0].temporaryPassword });
    expect(signIn.data!.signIn.user.mustChangePassword).toBe(true);
    const again = await server.execute(generate, { org: String(school.id) }, { userId: ids.colleague });
    expect(again.data!.generateStudentAccounts.every((c: { temporaryPassword: string | null }) => c.temporaryPassword === null)).toBe(true);
  });
});
