// Starts the embedded PostgreSQL in a child process and waits until it accepts connections.
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT_DIR } from '../src/config.js';

export interface EmbeddedProcess { child: ChildProcess; port: number; url: string; stop(): Promise<void> }

export function startEmbeddedProcess(dataDir: string, { ephemeral = false } = {}): Promise<EmbeddedProcess> {
  const args = ['--import', '@swc-node/register/esm-register', 'server/testing/fixtures/embedded-postgres-process.ts', dataDir];
  if (ephemeral) args.push('--ephemeral');
  const child = spawn(process.execPath, args, { cwd: ROOT_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onExit = (code: number | null) => reject(new Error(`PostgreSQL embarqué : le processus s'est arrêté (${code})`));
    child.once('exit', onExit);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /ready (\d+) (\S+)/.exec(out);
      if (!m) return;
      child.off('exit', onExit);
      resolve({
        child,
        port: Number(m[1]),
        url: m[2],
        stop: () => new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
