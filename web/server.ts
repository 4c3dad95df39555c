// Serves the built web app (react-router build) for `npm start`; `npm run dev` uses the Vite dev server instead.
import { createRequestHandler } from '@react-router/express';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT_DIR } from '../server/src/config.js';

const BUILD_DIR = join(ROOT_DIR, 'web/build');

export interface WebServer { port: number; close(): Promise<void> }

export async function startWebServer({ port, apiUrl, host = '0.0.0.0' }: { port: number; apiUrl: string; host?: string }): Promise<WebServer> {
  const serverBuild = join(BUILD_DIR, 'server/index.js');
  if (!existsSync(serverBuild)) throw new Error("L'application web n'est pas construite : lancez « npm run build » (npm start le fait).");
  // Read by the app's server-side GraphQL client (web/app/lib/graphql.server.ts).
  process.env.API_URL = apiUrl;
  const build = await import(pathToFileURL(serverBuild).href);
  const app = express();
  app.disable('x-powered-by');
  app.use('/assets', express.static(join(BUILD_DIR, 'client/assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(join(BUILD_DIR, 'client'), { maxAge: '1h' }));
  app.all('/{*path}', createRequestHandler({ build, mode: process.env.NODE_ENV === 'production' ? 'production' : 'development' }));
  const http = createServer(app);
  const actual = await new Promise<number>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve((http.address() as { port: number }).port));
  });
  return {
    port: actual,
    close: () => new Promise((resolve) => { http.closeAllConnections(); http.close(() => resolve()); }),
  };
}
