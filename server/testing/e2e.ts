// Browser tests: the real platform (API + built web app) on a test database with the demo data, in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadConfig, ROOT_DIR } from '../src/config.js';
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

export async function startE2EPlatform(): Promise<{ webUrl: string; apiUrl: string; stop(): Promise<void> }> {
  ensureWebBuild();
  const db = await createTestDatabase();
  const config = loadConfig({ env: 'test', databaseUrl: db.url, port: 0, webPort: 0, seedDemo: true });
  const platform = await startPlatform({ config, web: true, log: () => {} });
  return {
    webUrl: `http://127.0.0.1:${platform.webPort}`,
    apiUrl: `http://127.0.0.1:${platform.apiPort}/graphql`,
    async stop() {
      await platform.stop();
      await db.drop();
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
