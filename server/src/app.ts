// Builds the HTTP application: GraphQL on /graphql, health probes, content media. No state of its own.
import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config.js';
import { ROOT_DIR } from './config.js';
import { createRequestContext, principalFromHeader, type Platform, type RequestContext } from './graphql/context.js';
import { loadContent, type Referential } from './modules/referential/load-content.js';
import type { Plugin } from './plugin-api/index.js';
import type { JobQueue } from './jobs/job-queue.js';
import { checkPlugins, RuleRegistry } from './plugin-host.js';
import { buildAppSchema } from './schema.js';
import { armor } from './graphql/limits.js';
import { createLogger, createMetrics, observabilityPlugin, registerMetricsRoute } from './observability.js';
import { clientAddress, graphqlRoute, isGraphqlUrl, requestIdOf, type GraphqlRoute } from './http/graphql-route.js';
import { coreEntities } from './entities.js';
import { registerCampaignExportRoute } from './modules/campaign/export-route.js';
import { registerSessionDocumentsRoute } from './modules/certification/session-documents-route.js';
import { registerResultsFileRoutes } from './modules/certification/results-files.js';
import { SessionChangeHub } from './modules/certification/session-events.js';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { join } from 'node:path';
import { DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './db/unavailable.js';

export interface AppOptions {
  config: Config;
  orm: MikroORM;
  plugins: readonly Plugin[];
  referential?: Referential;
  now?: () => Date;
  log?: (message: string) => void;
  jobs?: JobQueue | null;
}

export interface App {
  platform: Platform;
  http: Server;
  apollo: ApolloServer<RequestContext>;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/** Expected errors keep their code and message; anything else is logged and masked. */
export function formatError(log: (m: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code && code !== INTERNAL) return formatted;
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && original.extensions?.code && original.extensions.code !== INTERNAL) return formatted;
    if (isDatabaseUnavailable(original)) {
      log(`Base de données injoignable : ${original instanceof Error ? original.message : String(original)}`);
      return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: DATABASE_UNAVAILABLE, retryable: true } };
    }
    log(`Erreur interne : ${original instanceof Error ? original.stack : String(original)}`);
    return { message: 'Une erreur interne est survenue. Réessayez dans un instant.', path: formatted.path, extensions: { code: INTERNAL } };
  };
}

export async function createApp(o: AppOptions): Promise<App> {
  const log = o.log ?? ((m: string) => console.log(m));
  checkPlugins(o.plugins, coreEntities.map((e) => e.name));
  const logger = createLogger(o.config.env);
  const metrics = createMetrics(o.orm);
  const platform: Platform = {
    config: o.config,
    referential: o.referential ?? loadContent(),
    rules: new RuleRegistry(o.plugins),
    pluginLoaders: o.plugins.filter((p) => p.loaders).map((p) => ({ name: p.name, create: p.loaders! })),
    accessScopes: new Map(o.plugins.flatMap((p) => Object.entries(p.accessScopes ?? {}))),
    jobs: o.jobs ?? null,
    metrics,
    supervision: new SessionChangeHub(String(o.orm.config.get('clientUrl')), log),
    now: o.now ?? (() => new Date()),
  };
  await platform.supervision.start();
  const schema = await buildAppSchema(o.plugins);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: hashing every response body costs processor time, and no GraphQL client revalidates.
  app.set('etag', false);
  // Behind a load balancer, the client's address (rate limits) comes from X-Forwarded-For.
  if (o.config.trustProxy) app.set('trust proxy', o.config.trustProxy);
  // GraphQL goes straight to Apollo (see graphql-route.ts); everything else to Express. Set once Apollo has started.
  let graphql: GraphqlRoute | null = null;
  const http = createServer((req, res) => {
    if (graphql && isGraphqlUrl(req.url)) void graphql.handle(req, res);
    else app(req, res);
  });
  // A connection the server closes just as the load balancer (or a client) sends on it loses that request: idle
  // connections stay open longer than the balancer keeps them (Node's 5 s is shorter than most balancers' 60 s).
  http.keepAliveTimeout = o.config.keepAliveSeconds * 1000;
  http.headersTimeout = Math.max(http.headersTimeout, http.keepAliveTimeout + 1000);
  // Subscriptions (the invigilator's live view) over WebSocket on the same path, with the same context.
  const wsServer = new WebSocketServer({ server: http, path: '/graphql' });
  const wsCleanup = useServer(
    {
      schema,
      context: async (ctx) => {
        const auth = (ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization) as string | undefined;
        const principal = await principalFromHeader(auth, o.config.authSecret);
        return createRequestContext(platform, o.orm.em, principal, clientAddress((ctx.extra as { request: IncomingMessage }).request, o.config.trustProxy));
      },
    },
    wsServer,
  );
  const plugins: ApolloServerPlugin<RequestContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer: http }),
    // No @cacheControl hints in the schema: the default plugin would only add work to every field.
    ApolloServerPluginCacheControlDisabled(),
    { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
  ];
  plugins.push(observabilityPlugin(logger, metrics));
  // A database outage answers 503 with Retry-After: load balancers and clients know to try again shortly.
  plugins.push({
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '2');
          }
        },
      };
    },
  });
  const protection = armor(o.config.env === 'production');
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: o.config.env !== 'production',
    formatError: formatError(log),
    plugins: [...plugins, ...(protection.plugins as ApolloServerPlugin<RequestContext>[])],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals and stops everything in order; Apollo's own handler would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  graphql = graphqlRoute(apollo, {
    // Student files (up to 30 MB) arrive base64-encoded in the request.
    maxBodyBytes: o.config.maxBodyBytes,
    maxInFlight: o.config.maxInFlight,
    shed: () => metrics.requestsShed.inc(),
    context: async (req, requestId) => {
      const principal = await principalFromHeader(req.headers.authorization, o.config.authSecret);
      return createRequestContext(platform, o.orm.em, principal, clientAddress(req, o.config.trustProxy), requestId);
    },
    log,
  });
  metrics.watchInFlight(graphql.inFlight);
  // A request id for the logs on the other routes too: the load balancer's, or a new one; sent back to the client.
  app.use((req, res, next) => {
    res.setHeader('x-request-id', requestIdOf(req));
    next();
  });
  registerMetricsRoute(app, metrics);
  app.get('/health', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/ready', async (_req, res) => {
    try {
      await o.orm.em.getConnection().execute('select 1');
      const pending = await o.orm.getMigrator().getPendingMigrations();
      if (pending.length) res.status(503).json({ status: 'migrations-pending', pending: pending.map((m) => m.name) });
      else res.json({ status: 'ready' });
    } catch (e) {
      log(`Sonde /ready : ${(e as Error).message}`);
      res.status(503).json({ status: 'database-unreachable' });
    }
  });
  registerCampaignExportRoute(app, platform, o.orm);
  registerSessionDocumentsRoute(app, platform, o.orm);
  registerResultsFileRoutes(app, platform, o.orm);
  for (const plugin of o.plugins) plugin.routes?.(app, platform, o.orm);
  app.use('/content/media', express.static(join(ROOT_DIR, 'seeds/content/media'), { maxAge: '1h', fallthrough: false }));
  return {
    platform,
    http,
    apollo,
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as { port: number }).port));
      });
    },
    async close() {
      await apollo.stop();
      await platform.supervision.stop();
      if (http.listening) await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
