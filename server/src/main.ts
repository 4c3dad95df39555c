// npm start: the platform in one process, stopped cleanly on Ctrl+C or SIGTERM.
import 'reflect-metadata';
import { loadConfig } from './config.js';
import { startPlatform } from './platform.js';

const config = loadConfig();
const web = process.env.SERVE !== 'api';
try {
  const platform = await startPlatform({ config, web });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} reçu : arrêt en cours…`);
    // An orchestrator waits a bounded time before SIGKILL: stop within it, whatever is still pending.
    setTimeout(() => {
      console.error('Arrêt forcé : des requêtes ou des tâches ne se sont pas terminées à temps.');
      process.exit(1);
    }, 25_000).unref();
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (e) {
  console.error(`Démarrage impossible : ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
