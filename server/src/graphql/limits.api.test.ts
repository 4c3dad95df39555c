import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { installedPlugins } from '../installed-plugins.js';
import { createTestServer, testReferential, type TestServer } from '../../testing/test-server.js';
import { LIMITS } from './limits.js';

let server: TestServer;
let production: App;
let base = '';
let prodBase = '';

beforeAll(async () => {
  server = await createTestServer();
  base = `http://127.0.0.1:${await server.app.listen(0, '127.0.0.1')}`;
  production = await createApp({ config: loadConfig({ env: 'production', maxBodyBytes: 64 * 1024 }), orm: server.orm, plugins: installedPlugins, referential: testReferential(), log: () => {} });
  prodBase = `http://127.0.0.1:${await production.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await production?.close();
  await server?.close();
});

const post = (url: string, body: unknown) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const firstError = async (url: string, query: string) => ((await (await post(url, { query })).json()) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors?.[0];

describe('request limits', () => {
  it('refuses a query deeper than the limit', async () => {
    let q = 'code';
    for (let i = 0; i < LIMITS.maxDepth; i++) q = i % 2 ? `competences { ${q} }` : `area { ${q} }`;
    const error = await firstError(base, `{ competence(code: "1.1") { ${q} } }`);
    expect(error?.message).toMatch(/depth/i);
    expect(await firstError(base, `{ competence(code: "1.1") { area { competences { area { code } } } } }`)).toBeUndefined();
  });

  it('refuses too many aliases, directives or tokens', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: areas { code }`).join(' ');
    expect((await firstError(base, `{ ${aliases} }`))?.message).toMatch(/alias/i);
    const directives = Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect((await firstError(base, `{ areas ${directives} { code } }`))?.message).toMatch(/directive/i);
    const tokens = Array.from({ length: LIMITS.maxTokens }, () => 'code').join(' ');
    expect((await firstError(base, `{ areas { ${tokens} } }`))?.message).toMatch(/token/i);
  });

  it('refuses a query whose cost is too high', async () => {
    const deep = "areas { competences { area { competences { area { competences { area { competences { area { competences { area { competences { area { code title } } } } } } } } } } } } }";
    const wide = Array.from({ length: LIMITS.maxAliases }, (_, i) => `a${i}: ${deep}`).join(" ");
    expect((await firstError(base, `{ ${wide} }`))?.message).toMatch(/cost/i);
  });

  it('turns introspection and field suggestions off in production, and limits the body size', async () => {
    expect((await firstError(prodBase, '{ __schema { types { name } } }'))?.message).toMatch(/introspection/i);
    expect(await firstError(base, '{ __schema { types { name } } }')).toBeUndefined();
    expect((await firstError(prodBase, '{ areaz { code } }'))?.message).not.toMatch(/Did you mean/);
    const big = await post(prodBase, { query: '{ areas { code } }', variables: { padding: 'x'.repeat(100 * 1024) } });
    expect(big.status).toBe(413);
  });
});
