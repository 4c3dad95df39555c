// Browser tests: the real platform (API + built web app) on a test database with the demo data, in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, ROOT_DIR, type Config } from '../src/config.js';
import { startPlatform } from '../src/platform.js';
import { createTestDatabase } from './database.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let warned = false;
export function chromiumPath(): string | null {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (!warned) console.warn(`Tests navigateur IGNORÉS : Chromium est absent (${CHROMIUM}). Installez-le avec « apt-get install -y chromium ».`);
  warned = true;
  return null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when the build is missing or older than its sources. */
export function ensureWebBuild(): void {
  const built = join(ROOT_DIR, 'web/build/server/index.js');
  const sources = Math.max(newestMtime(join(ROOT_DIR, 'web/app')), statSync(join(ROOT_DIR, 'web/vite.config.ts')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync('npx', ['react-router', 'build', 'web'], { cwd: ROOT_DIR, stdio: 'pipe' });
}

export interface E2EOptions {
  /** Settings over the test ones (fixed ports, public addresses…). */
  config?: Partial<Config>;
  /** Environment variables for the platform's lifetime (plugins read their settings from it at start). */
  env?: Record<string, string>;
}

export async function startE2EPlatform(options: E2EOptions = {}): Promise<{ webUrl: string; apiUrl: string; orm: MikroORM; stop(): Promise<void> }> {
  ensureWebBuild();
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  const restoreEnv = () => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  };
  Object.assign(process.env, options.env);
  const db = await createTestDatabase();
  const config = loadConfig({ env: 'test', databaseUrl: db.url, port: 0, webPort: 0, seedDemo: true, ...options.config });
  const platform = await startPlatform({ config, web: true, log: () => {} }).catch(async (e) => {
    restoreEnv();
    await db.drop();
    throw e;
  });
  return {
    webUrl: `http://127.0.0.1:${platform.webPort}`,
    apiUrl: `http://127.0.0.1:${platform.apiPort}/graphql`,
    orm: platform.orm,
    async stop() {
      await platform.stop();
      await db.drop();
      restoreEnv();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const path = chromiumPath();
  if (!path) throw new Error(`Chromium absent (${CHROMIUM}) : apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: path,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  // The suite runs browser tests beside API tests on two cores: give pages more time than Playwright's 30 s.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(60_000);
    context.setDefaultNavigationTimeout(60_000);
    return context;
  };
  return browser;
}

export const DEMO_PASSWORD = 'Demo-2026!';

export interface BrowserSuite {
  /** The running platform (after the file's beforeAll). */
  readonly platform: Awaited<ReturnType<typeof startE2EPlatform>>;
  /** A page in a browser context of its own (cookies never shared), closed with the suite. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A new page signed in through the sign-in form with a demo account, on /profil. */
  signedIn(login: string, options?: BrowserContextOptions): Promise<Page>;
  /** A GraphQL request straight to the API, for what a test needs to know beforehand; throws on an error. */
  api<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** The API token of a demo account. */
  apiToken(login: string): Promise<string>;
}

/**
 * The platform with the demo data and Chromium for one test file, started in its beforeAll and stopped in its
 * afterAll. Call it inside the file's describe.
 */
export function browserSuite(options: E2EOptions = {}): BrowserSuite {
  let platform: Awaited<ReturnType<typeof startE2EPlatform>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    platform = await startE2EPlatform(options);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await platform?.stop();
  }, 30_000);
  const newPage = async (contextOptions?: BrowserContextOptions) => {
    const context = await browser!.newContext(contextOptions);
    contexts.push(context);
    return context.newPage();
  };
  const api = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(platform!.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data!;
  };
  return {
    get platform() { return platform!; },
    newPage,
    api,
    async apiToken(login) {
      const data = await api<{ signIn: { token: string } }>('mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { token } }', { l: login, p: DEMO_PASSWORD });
      return data.signIn.token;
    },
    async signedIn(login, contextOptions) {
      const page = await newPage(contextOptions);
      await page.goto(`${platform!.webUrl}/connexion`);
      await page.getByLabel('Identifiant ou adresse e-mail').fill(login);
      await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((url) => url.pathname === '/profil');
      return page;
    },
  };
}
