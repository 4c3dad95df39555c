import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { installedPlugins } from '../installed-plugins.js';
import { createTestServer, testReferential, type TestServer } from '../../testing/test-server.js';
import { clientAddress, isGraphqlUrl } from './graphql-route.js';

let server: TestServer;
let app: App;
let port = 0;
const MAX_IN_FLIGHT = 2;

beforeAll(async () => {
  server = await createTestServer();
  app = await createApp({ config: loadConfig({ env: 'test', maxInFlight: MAX_IN_FLIGHT, maxBodyBytes: 64 * 1024, seedDemo: false }), orm: server.orm, plugins: installedPlugins, referential: testReferential(), log: () => {} });
  port = await app.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await app?.close();
  await server?.close();
});

interface Reply { status: number; headers: IncomingMessage['headers']; body: string }

/** A request written by hand, so that its body can be held back or sent as the test needs. */
function open(headers: Record<string, string | number>, method = 'POST', path = '/graphql'): { req: ClientRequest; reply: Promise<Reply> } {
  const req = request({ host: '127.0.0.1', port, path, method, headers });
  const reply = new Promise<Reply>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
  return { req, reply };
}

const AREAS = JSON.stringify({ query: '{ areas { code } }' });
const post = (body: string | Buffer, headers: Record<string, string | number> = {}) => {
  const { req, reply } = open({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  req.end(body);
  return reply;
};
const codeOf = (reply: Reply) => (JSON.parse(reply.body) as { errors?: { extensions?: { code?: string; retryable?: boolean } }[] }).errors?.[0]?.extensions;

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

describe('GraphQL over HTTP', () => {
  it('turns requests away at once with a retryable 503 while the instance works on as many as it may, and serves them again after', async () => {
    // Two requests whose bodies have not all arrived: the instance holds them.
    const held = Array.from({ length: MAX_IN_FLIGHT }, () => {
      const r = open({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(AREAS) });
      r.req.write(AREAS.slice(0, 5));
      return r;
    });
    for (let i = 0; i < 100 && (await metric('opencrcn_graphql_requests_in_flight')) < MAX_IN_FLIGHT; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await metric('opencrcn_graphql_requests_in_flight')).toBe(MAX_IN_FLIGHT);
    const shedBefore = await metric('opencrcn_graphql_requests_shed_total');

    const busy = await post(AREAS);
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('1');
    expect(codeOf(busy)).toEqual({ code: 'SERVER_BUSY', retryable: true });
    expect(await metric('opencrcn_graphql_requests_shed_total')).toBe(shedBefore + 1);

    // The held requests are served in full, and once they are done the next one is too.
    for (const h of held) h.req.end(AREAS.slice(5));
    for (const reply of await Promise.all(held.map((h) => h.reply))) {
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body).data.areas.length).toBeGreaterThan(0);
    }
    expect((await post(AREAS)).status).toBe(200);
    expect(await metric('opencrcn_graphql_requests_in_flight')).toBe(0);
  });

  it('answers bodies it cannot read with a clear code, and keeps the request id it was given', async () => {
    const badJson = await post('{"query": ', { 'x-request-id': 'lb-42' });
    expect(badJson.status).toBe(400);
    expect(codeOf(badJson)?.code).toBe('BAD_REQUEST');
    expect(badJson.headers['x-request-id']).toBe('lb-42');

    const compressed = await post(gzipSync(AREAS), { 'content-encoding': 'gzip' });
    expect(compressed.status).toBe(415);
    expect(codeOf(compressed)?.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    // Too large, whether the size is declared or only found while reading (chunked, no length given).
    const padding = JSON.stringify({ query: '{ areas { code } }', variables: { padding: 'x'.repeat(100 * 1024) } });
    expect(codeOf(await post(padding))?.code).toBe('PAYLOAD_TOO_LARGE');
    const chunked = open({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    for (let i = 0; i < 10; i++) chunked.req.write(padding.slice(i * 11_000, (i + 1) * 11_000));
    chunked.req.end(padding.slice(110_000));
    const streamed = await chunked.reply;
    expect(streamed.status).toBe(413);
    expect(codeOf(streamed)?.code).toBe('PAYLOAD_TOO_LARGE');

    // The instance serves the next request normally, with a request id of its own.
    const fine = await post(AREAS);
    expect(fine.status).toBe(200);
    expect(fine.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves queries sent by GET, with the query string', async () => {
    const { req, reply } = open({ 'apollo-require-preflight': 'true' }, 'GET', `/graphql?query=${encodeURIComponent('{ areas { code } }')}`);
    req.end();
    const got = await reply;
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body).data.areas.length).toBeGreaterThan(0);
  });

  it('keeps an idle connection open longer than a load balancer does, and says so', async () => {
    const got = await post(AREAS, { connection: 'keep-alive' });
    expect(got.headers['keep-alive']).toBe(`timeout=${loadConfig({ env: 'test' }).keepAliveSeconds}`);
    expect(loadConfig({ env: 'test' }).keepAliveSeconds).toBeGreaterThan(60);
  });
});

describe('the GraphQL route’s address and client', () => {
  it('is /graphql, with or without a query string, and nothing else', () => {
    expect(isGraphqlUrl('/graphql')).toBe(true);
    expect(isGraphqlUrl('/graphql?query=x')).toBe(true);
    expect(isGraphqlUrl('/graphqlx')).toBe(false);
    expect(isGraphqlUrl('/graphql/x')).toBe(false);
    expect(isGraphqlUrl('/health')).toBe(false);
  });

  it('takes the client’s address from the socket, or from X-Forwarded-For one entry per trusted proxy', () => {
    const req = (forwarded?: string) => ({ socket: { remoteAddress: '10.0.0.9' }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;
    expect(clientAddress(req('203.0.113.7'), 0)).toBe('10.0.0.9');
    expect(clientAddress(req(), 1)).toBe('10.0.0.9');
    expect(clientAddress(req('198.51.100.1, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(req('198.51.100.1, 203.0.113.7'), 2)).toBe('198.51.100.1');
    expect(clientAddress(req('203.0.113.7'), 3)).toBe('203.0.113.7');
  });
});
