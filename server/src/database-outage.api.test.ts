// PostgreSQL goes away under a running server (restart, failover): requests fail at once with a retriable
// DATABASE_UNAVAILABLE and HTTP 503, /ready says so, and when the database is back the same server recovers on its
// own, live views included, without a restart.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { signToken } from './modules/identity/token.js';
import { CertificationCandidate } from './modules/certification/certification-session.entity.js';
import { createTestServer, type TestServer } from '../testing/test-server.js';
import { buildCertificationCenter, buildCertificationSession, buildOrganization, buildStudent } from '../testing/factories.js';
import { startTcpProxy, viaProxy, type TcpProxy } from '../testing/tcp-proxy.js';

let proxy: TcpProxy;
let server: TestServer;
let url = '';
let token = '';
let sessionId = 0;
let candidateId = 0;

const SESSION_QUERY = `query($s: ID!) { certificationSession(id: $s) { id candidates { firstName } } }`;

async function post(query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

beforeAll(async () => {
  proxy = await startTcpProxy();
  server = await createTestServer({ connectVia: (dbUrl) => viaProxy(dbUrl, proxy) });
  url = `http://127.0.0.1:${await server.app.listen(0, '127.0.0.1')}`;
  const em = server.em();
  const school = buildOrganization(em);
  const centre = buildCertificationCenter(em, { organization: school });
  const session = buildCertificationSession(em, centre);
  const candidate = em.create(CertificationCandidate, { session, student: buildStudent(em, school), firstName: 'Léa', lastName: 'Martin', birthdate: '2011-01-01' });
  await em.flush();
  [sessionId, candidateId] = [session.id, candidate.id];
  token = await signToken({ kind: 'invigilator', sessionId }, loadConfig({ env: 'test' }).authSecret, 600);
});
afterAll(async () => {
  proxy?.restore();
  await server?.close();
  await proxy?.close();
});

describe('database outage', () => {
  it('fails fast with a retriable code while PostgreSQL is away, and recovers on its own', async () => {
    expect((await post(SESSION_QUERY, { s: String(sessionId) })).body.data).toEqual({ certificationSession: { id: String(sessionId), candidates: [{ firstName: 'Léa' }] } });

    proxy.cut();
    const started = Date.now();
    const during = await post(SESSION_QUERY, { s: String(sessionId) });
    expect(Date.now() - started).toBeLessThan(5000); // well under the 60 s a client would otherwise hang
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe('2');
    expect(during.body.errors?.[0]?.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(during.body.errors?.[0]?.message).toMatch(/momentanément indisponible/);
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);

    proxy.restore();
    const after = await post(SESSION_QUERY, { s: String(sessionId) });
    expect(after.status).toBe(200);
    expect(after.body.data).toEqual({ certificationSession: { id: String(sessionId), candidates: [{ firstName: 'Léa' }] } });
    expect((await fetch(`${url}/ready`)).status).toBe(200);
  });

  it('keeps live views alive: the LISTEN connection comes back and tells subscribers to refresh', async () => {
    const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
    const received: unknown[] = [];
    const unsubscribe = client.subscribe<{ sessionSupervision: { firstName: string } | null }>(
      { query: `subscription($s: ID!) { sessionSupervision(sessionId: $s) { firstName authorizedToStart } }`, variables: { s: String(sessionId) } },
      { next: (v) => received.push(v.data?.sessionSupervision ?? null), error: () => {}, complete: () => {} },
    );
    await new Promise((r) => setTimeout(r, 300));

    proxy.cut();
    await new Promise((r) => setTimeout(r, 300));
    proxy.restore();
    // The reconnection announces a whole-session change: the view refreshes what it may have missed.
    await waitFor(() => received.length >= 1);

    // And changes made after the outage are heard again.
    const before = received.length;
    const res = await post(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { id } }`, { c: String(candidateId) });
    expect(res.body.errors).toBeUndefined();
    await waitFor(() => received.length > before);
    expect(received.at(-1)).toEqual({ firstName: 'Léa', authorizedToStart: true });
    unsubscribe();
    await client.dispose();
  });
});

async function waitFor(condition: () => boolean, ms = 15_000) {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('attente dépassée');
    await new Promise((r) => setTimeout(r, 50));
  }
}
