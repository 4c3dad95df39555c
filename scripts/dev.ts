// npm run dev: the database stays up while the API restarts on every change (node --watch) and the web app
// is served by the Vite dev server with hot reload.
import { spawn, type ChildProcess } from 'node:child_process';
import { loadConfig, ROOT_DIR } from '../server/src/config.js';
import { resolveDatabase } from '../server/src/platform.js';

const config = loadConfig();
const db = await resolveDatabase(config, console.log);
const children: ChildProcess[] = [];
const run = (command: string, args: string[], env: Record<string, string>) => {
  const child = spawn(command, args, { cwd: ROOT_DIR, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => { if (!stopping) { console.log(`${command} ${args.join(' ')} s'est arrêté (${code})`); void stop(); } });
};

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await db.embedded?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

run(process.execPath, ['--watch', '--import', '@swc-node/register/esm-register', 'server/src/main.ts'], { DATABASE_URL: db.url, SERVE: 'api' });
run('npx', ['react-router', 'dev', 'web', '--port', String(config.webPort), '--host', '0.0.0.0'], { API_URL: `http://127.0.0.1:${config.port}/graphql` });
