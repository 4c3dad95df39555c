// POST and GET /graphql served straight from node:http into Apollo. Nearly every request the API receives is one of
// these, and Express's router, body parser and Apollo's Express integration took about 7 % of the API thread's time
// at the certification peak (BENCHMARKS.md); every other route still goes through Express.
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export const GRAPHQL_PATH = '/graphql';

/** Whether a request's URL is the GraphQL endpoint (with or without a query string). */
export function isGraphqlUrl(url: string | undefined): boolean {
  if (!url?.startsWith(GRAPHQL_PATH)) return false;
  const next = url.charCodeAt(GRAPHQL_PATH.length);
  return Number.isNaN(next) || next === 63 /* ? */;
}

/**
 * The client's address: the socket's peer, or, behind `trustProxy` proxies, the address the outermost of them saw
 * (X-Forwarded-For is read from the right, one entry per trusted hop), as Express's `trust proxy` hop count does.
 */
export function clientAddress(req: IncomingMessage, trustProxy: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const header = req.headers['x-forwarded-for'];
  if (!header) return peer;
  const forwarded = (Array.isArray(header) ? header.join(',') : header).split(',').map((a) => a.trim()).filter(Boolean);
  return forwarded[Math.max(0, forwarded.length - trustProxy)] ?? peer;
}

/** The load balancer's request id, or a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return (typeof given === 'string' && given.slice(0, 100)) || randomUUID();
}

function refuse(res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

class BodyTooLarge extends Error {}
const tooLarge = (res: ServerResponse) => refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'La requête est trop volumineuse.');

/** The whole body, refused past `limit` bytes without keeping what came. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume(); // read the rest and drop it, so that the refusal can be written on a clean connection
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const isJson = (contentType: string | undefined) => {
  const type = contentType?.split(';', 1)[0].trim().toLowerCase();
  return type === 'application/json' || (type?.startsWith('application/') && type.endsWith('+json')) === true;
};

export const SERVER_BUSY = 'SERVER_BUSY';

export interface GraphqlRouteOptions<C extends BaseContext> {
  maxBodyBytes: number;
  /** Requests this instance works on at once, past which it answers 503 at once; 0 = no limit. */
  maxInFlight: number;
  /** Told of each request turned away because of maxInFlight. */
  shed?: () => void;
  context(req: IncomingMessage, requestId: string): Promise<C>;
  log(message: string): void;
}

export interface GraphqlRoute {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Requests being worked on now. */
  inFlight(): number;
}

export function graphqlRoute<C extends BaseContext>(apollo: ApolloServer<C>, o: GraphqlRouteOptions<C>): GraphqlRoute {
  let inFlight = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    // Past its capacity an instance answers "busy" in a fraction of a millisecond, rather than letting a queue grow in
    // which every request waits seconds: the client (or the load balancer) tries again shortly, or elsewhere, and
    // an answer sent again keeps its clientAnswerId, so nothing is stored twice.
    if (o.maxInFlight && inFlight >= o.maxInFlight) {
      req.resume();
      o.shed?.();
      res.setHeader('retry-after', '1');
      return refuse(res, 503, SERVER_BUSY, 'Le service est très sollicité : réessayez dans un instant.', { retryable: true });
    }
    inFlight++;
    try {
      let body: unknown;
      if (req.method === 'POST') {
        const declared = Number(req.headers['content-length']);
        if (declared > o.maxBodyBytes) {
          req.resume();
          return tooLarge(res);
        }
        const encoding = req.headers['content-encoding'];
        if (encoding && encoding !== 'identity') {
          req.resume();
          return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Le corps de la requête ne doit pas être compressé.');
        }
        const raw = await readBody(req, o.maxBodyBytes);
        if (raw.length && isJson(req.headers['content-type'])) {
          try {
            body = JSON.parse(raw.toString('utf8'));
          } catch {
            return refuse(res, 400, 'BAD_REQUEST', 'Le corps de la requête n’est pas du JSON valide.');
          }
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? GRAPHQL_PATH;
      const query = url.indexOf('?');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: query < 0 ? '' : url.slice(query), body },
        context: () => o.context(req, requestId),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (e) {
      if (e instanceof BodyTooLarge) return tooLarge(res);
      o.log(`Requête GraphQL non traitée : ${e instanceof Error ? e.stack : String(e)}`);
      if (res.headersSent) res.destroy();
      else refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Une erreur interne est survenue. Réessayez dans un instant.');
    } finally {
      inFlight--;
    }
  };
  return { handle, inFlight: () => inFlight };
}
