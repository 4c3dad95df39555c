// Every query and mutation of the schema × every role, each pointed at the real objects of someone else
// (organisation B, its campaign, centre, session and candidates, another learner's tests, another academy):
// anonymous callers are asked to sign in, the others are refused without data, except for the few calls a role
// may make (OWN_ACCOUNT and ALLOWED in server/testing/authorization-matrix.ts). An operation no list names, such
// as a new administrators' one, is expected to be refused to every role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../testing/test-server.js';
import {
  argumentTable, createFixtures, expectation, hasData, operations, ROLES, run, verdict, type Fixtures, type Operation, type Role,
} from '../../testing/authorization-matrix.js';
import { signToken } from '../modules/identity/token.js';
import { buildAppSchema } from '../schema.js';
import { installedPlugins } from '../installed-plugins.js';

let server: TestServer;
let f: Fixtures;
let table: ReturnType<typeof argumentTable>;
let ops: Operation[];

beforeAll(async () => {
  server = await createTestServer();
  f = await createFixtures(server);
  table = argumentTable(f);
  ops = operations(await buildAppSchema(installedPlugins));
});
afterAll(() => server?.close());

async function ask(token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const res = await server.execute(query, variables, { token, clientIp: 'matrice-controle' });
  return { code: res.errors?.[0]?.extensions?.code ?? null, data: (res.data as { r?: unknown } | null | undefined)?.r ?? null };
}

describe('the matrix points at real objects and real roles', () => {
  it('reaches B’s objects with its arguments: a platform admin gets each of them', async () => {
    // If an id of the table were wrong, every refusal below would be a mere "not found" and prove nothing.
    const named = ['Query.organization', 'Query.campaign', 'Query.campaignExport', 'Query.studentImport', 'Query.certificationCenter',
      'Query.certificationSession', 'Query.assessment', 'Query.challenge', 'Query.academy'];
    const missing: string[] = [];
    for (const name of named) {
      const op = ops.find((o) => o.name === name);
      const outcome = op ? await run(server, op, table, f.tokens.admin, 'matrice-admin') : null;
      if (!outcome || !hasData(outcome.data)) missing.push(`${name} : ${outcome?.code ?? 'absente du schéma'}`);
    }
    expect(missing).toEqual([]);
  });

  it('reaches B’s candidates: the invigilator of session B acts on them', async () => {
    const config = server.app.platform.config;
    const token = await signToken({ kind: 'invigilator', sessionId: f.b.sessionId }, config.authSecret, 600);
    const res = await ask(token, `mutation($id: ID!) { r: authorizeCandidateToStart(candidateId: $id, authorized: false) { id } }`, { id: String(f.b.candidateId) });
    expect(res).toEqual({ code: null, data: { id: String(f.b.candidateId) } });
  });

  // Each role reaches its own side (A) with a call, and the same call on B's object is refused.
  const pairs: [Role, string, (x: Fixtures) => [Record<string, unknown>, Record<string, unknown>], string][] = [
    ['learner', `query($id: ID!) { r: assessment(id: $id) { id } }`, ({ a, b }) => [{ id: a.ownAssessmentId }, { id: b.assessmentId }], 'ASSESSMENT_NOT_FOUND'],
    ['teacher', `query($id: ID!) { r: organization(id: $id) { name } }`, ({ a, b }) => [{ id: a.organizationId }, { id: b.organizationId }], 'FORBIDDEN'],
    ['schoolAdmin', `query($id: ID!) { r: organization(id: $id) { pendingInvitations { email } } }`, ({ a, b }) => [{ id: a.organizationId }, { id: b.organizationId }], 'FORBIDDEN'],
    ['centreMember', `query($id: ID!) { r: certificationCenter(id: $id) { sessions { id } } }`, ({ a, b }) => [{ id: a.centreId }, { id: b.centreId }], 'FORBIDDEN'],
    ['centreMember', `query($id: ID!) { r: certificationSession(id: $id) { invigilatorPassword } }`, ({ a, b }) => [{ id: a.sessionId }, { id: b.sessionId }], 'FORBIDDEN'],
    ['invigilator', `query($id: ID!) { r: certificationSession(id: $id) { accessCode candidates { id } } }`, ({ a, b }) => [{ id: a.sessionId }, { id: b.sessionId }], 'FORBIDDEN'],
    ['invigilator', `mutation($id: ID!) { r: authorizeCandidateToStart(candidateId: $id) { id } }`, ({ a, b }) => [{ id: a.candidateId }, { id: b.candidateId }], 'FORBIDDEN'],
    ['academicViewer', `query($code: ID!) { r: academy(code: $code) { name schools { uai } } }`, ({ a, b }) => [{ code: a.academyCode }, { code: b.academyCode }], 'FORBIDDEN'],
  ];
  it.each(pairs)('%s: %s', async (role, query, vars, refusal) => {
    const [own, other] = vars(f).map((v) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])));
    const mine = await ask(f.tokens[role], query, own);
    expect(mine.code).toBeNull();
    expect(hasData(mine.data)).toBe(true);
    expect(await ask(f.tokens[role], query, other)).toEqual({ code: refusal, data: null });
  });

  it('lists only the academic viewer’s own academy', async () => {
    expect(await ask(f.tokens.academicViewer, `{ r: myAcademies { code } }`)).toEqual({ code: null, data: [{ code: f.a.academyCode }] });
  });
});

describe('the invigilator of session A, about session B', () => {
  it('is refused session B and every supervision action on its candidates', async () => {
    const id = String(f.b.candidateId);
    const calls: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { r: certificationSession(id: $id) { id } }`, { id: String(f.b.sessionId) }],
      [`mutation($id: ID!) { r: authorizeCandidateToStart(candidateId: $id) { id } }`, { id }],
      [`mutation($id: ID!) { r: authorizeCandidateToResume(candidateId: $id) { id } }`, { id }],
      [`mutation($id: ID!) { r: endCandidateTest(candidateId: $id) { id } }`, { id }],
      [`mutation($id: ID!) { r: grantExtraTime(candidateId: $id, extraTimePercentage: 33) { id } }`, { id }],
      [`mutation($id: ID!) { r: removeCertificationCandidate(candidateId: $id) }`, { id }],
      [`mutation($id: ID!) { r: updateCertificationSession(sessionId: $id, input: { address: "Ailleurs", room: "S", examiner: "X", date: "2026-06-01", time: "09:00" }) { id } }`, { id: String(f.b.sessionId) }],
    ];
    for (const [query, variables] of calls) expect(await ask(f.tokens.invigilator, query, variables), query).toEqual({ code: 'FORBIDDEN', data: null });
  });
});

describe('authorisation matrix', () => {
  it.each(ROLES)('%s: every operation on B’s objects', async (role) => {
    expect(ops.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const op of ops) {
      if (expectation(role, op.name) === 'skip') continue;
      const problem = verdict(role, op.name, await run(server, op, table, f.tokens[role], `matrice-${role}`));
      if (problem) wrong.push(problem);
    }
    expect(wrong).toEqual([]);
  });
});
