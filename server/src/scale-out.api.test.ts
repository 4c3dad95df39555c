// Two instances on one database: a change made through one reaches a subscriber of the other; probes and metrics.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from './app.js';
import { loadConfig } from './config.js';
import { installedPlugins } from './installed-plugins.js';
import { signToken } from './modules/identity/token.js';
import { CertificationCandidate } from './modules/certification/certification-session.entity.js';
import { createTestServer, testReferential, type TestServer } from '../testing/test-server.js';
import { openTestOrm } from '../testing/database.js';
import { buildCertificationCenter, buildCertificationSession, buildOrganization, buildStudent } from '../testing/factories.js';

let a: TestServer;
let bOrm: MikroORM;
let b: App;
let urlA = '';
let urlB = '';
let sessionId = 0;
let candidateId = 0;

beforeAll(async () => {
  a = await createTestServer();
  urlA = `http://127.0.0.1:${await a.app.listen(0, '127.0.0.1')}`;
  bOrm = await openTestOrm(a.db.url, installedPlugins);
  b = await createApp({ config: loadConfig({ env: 'test', databaseUrl: a.db.url }), orm: bOrm, plugins: installedPlugins, referential: testReferential(), log: (m) => console.error(m) });
  urlB = `http://127.0.0.1:${await b.listen(0, '127.0.0.1')}`;
  const em = a.em();
  const school = buildOrganization(em);
  const centre = buildCertificationCenter(em, { organization: school });
  const session = buildCertificationSession(em, centre);
  const candidate = em.create(CertificationCandidate, { session, student: buildStudent(em, school), firstName: 'Léa', lastName: 'Martin', birthdate: '2011-01-01' });
  await em.flush();
  [sessionId, candidateId] = [session.id, candidate.id];
});
afterAll(async () => {
  await b?.close();
  await bOrm?.close(true);
  await a?.close();
});

describe('several instances behind a load balancer', () => {
  it('pushes to a subscriber of instance A a change made through instance B', async () => {
    const token = await signToken({ kind: 'invigilator', sessionId }, loadConfig({ env: 'test' }).authSecret, 600);
    const client = createClient({ url: `${urlA.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
    const received = new Promise<{ firstName: string; authorizedToStart: boolean }>((resolve, reject) => {
      const stop = client.subscribe<{ sessionSupervision: { firstName: string; authorizedToStart: boolean } }>(
        { query: `subscription($s: ID!) { sessionSupervision(sessionId: $s) { firstName authorizedToStart } }`, variables: { s: String(sessionId) } },
        { next: (v) => { stop(); resolve(v.data!.sessionSupervision); }, error: reject, complete: () => {} },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    const res = await fetch(`${urlB}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { id } }`, variables: { c: String(candidateId) } }),
    });
    expect(res.status).toBe(200);
    expect(await received).toEqual({ firstName: 'Léa', authorizedToStart: true });
    await client.dispose();
  });

  it('answers the health and readiness probes, echoes request ids and exposes metrics', async () => {
    expect(await (await fetch(`${urlB}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${urlB}/ready`)).json()).toEqual({ status: 'ready' });
    const res = await fetch(`${urlB}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'lb-1234' }, body: JSON.stringify({ query: 'query Domaines { areas { code } }' }) });
    expect(res.headers.get('x-request-id')).toBe('lb-1234');
    const metrics = await (await fetch(`${urlB}/metrics`)).text();
    expect(metrics).toMatch(/opencrcn_graphql_request_duration_seconds_count\{operation="Domaines",outcome="ok"\} 1/);
    expect(metrics).toMatch(/opencrcn_answers_stored_total 0/);
    expect(metrics).toMatch(/opencrcn_jobs_queued \d+/);
  });
});
