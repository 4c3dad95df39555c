// Every setting comes from the environment, read once; the README lists them.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is), whether running from sources or from the compiled dist/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir.endsWith('/') ? dir : `${dir}/`;
}

export const ROOT_DIR = findRoot();

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  webPort: number;
  /** Unset: an embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  /** Read replicas for heavy read-only queries (dashboards), comma-separated URLs. */
  readReplicaUrls: string[];
  dataDir: string;
  authSecret: Uint8Array;
  tokenTtlSeconds: number;
  maxReachableLevel: number;
  improvingDelayDays: number;
  resetDelayDays: number;
  seedDemo: boolean;
  /** Public URL of the GraphQL endpoint as the web server reaches it. */
  apiUrl: string;
  /** The API's address as browsers reach it (download links). */
  publicApiUrl: string;
  /** The web app's address, for links in e-mails. */
  publicWebUrl: string;
  logQueries: boolean;
  /** Number of proxies in front (load balancer) whose X-Forwarded-For is trusted; 0 = none. */
  trustProxy: number;
  /** Largest accepted request body (student files are sent base64-encoded). */
  maxBodyBytes: number;
  /** GraphQL requests one instance works on at once; past it, 503 SERVER_BUSY at once (0 = no limit). */
  maxInFlight: number;
  /** How long an idle kept-alive connection stays open: longer than the load balancer's own idle timeout. */
  keepAliveSeconds: number;
}

function int(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} doit être un entier entre ${min} et ${max} (reçu « ${raw} »)`);
  return n;
}

/** In development a secret is generated once and kept in .data so tokens survive a restart. */
function authSecret(env: Config['env'], dataDir: string): Uint8Array {
  const given = process.env.AUTH_SECRET;
  if (given) {
    if (given.length < 32) throw new Error('AUTH_SECRET doit contenir au moins 32 caractères');
    return new TextEncoder().encode(given);
  }
  if (env === 'production') throw new Error('AUTH_SECRET est obligatoire en production (toutes les instances doivent partager le même)');
  if (env === 'test') return new TextEncoder().encode('test-secret-test-secret-test-secret-0123');
  const file = join(dataDir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = (process.env.NODE_ENV === 'production' ? 'production' : process.env.NODE_ENV === 'test' ? 'test' : 'development') as Config['env'];
  const dataDir = process.env.DATA_DIR ?? join(ROOT_DIR, '.data');
  const port = int('PORT', 4000, 1, 65535);
  const config: Config = {
    env,
    port,
    webPort: int('WEB_PORT', 3000, 1, 65535),
    databaseUrl: process.env.DATABASE_URL || undefined,
    readReplicaUrls: (process.env.DATABASE_READ_REPLICA_URLS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    dataDir,
    authSecret: overrides.authSecret ?? authSecret(env, dataDir),
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    maxReachableLevel: int('MAX_REACHABLE_LEVEL', 6, 1, 8),
    improvingDelayDays: int('IMPROVING_DELAY_DAYS', 4, 0, 365),
    resetDelayDays: int('RESET_DELAY_DAYS', 7, 0, 365),
    seedDemo: process.env.SEED_DEMO ? process.env.SEED_DEMO !== 'false' : env !== 'production',
    apiUrl: process.env.API_URL ?? `http://127.0.0.1:${port}/graphql`,
    publicWebUrl: (process.env.PUBLIC_WEB_URL ?? `http://localhost:${int('WEB_PORT', 3000, 1, 65535)}`).replace(/\/$/, ''),
    publicApiUrl: (process.env.PUBLIC_API_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    logQueries: process.env.LOG_QUERIES === 'true',
    trustProxy: int('TRUST_PROXY', 0, 0, 10),
    maxBodyBytes: int('MAX_BODY_BYTES', 45 * 1024 * 1024, 1024, 200 * 1024 * 1024),
    maxInFlight: int('MAX_IN_FLIGHT', 512, 0, 100_000),
    keepAliveSeconds: int('KEEP_ALIVE_SECONDS', 65, 1, 3600),
  };
  return { ...config, ...overrides };
}
