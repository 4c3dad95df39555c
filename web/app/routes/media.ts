// The images, attachments and embedded pages of the questions, streamed from the content pack.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Route } from './+types/media';
import { ROOT_DIR } from '../../../server/src/config';

const MEDIA_DIR = join(ROOT_DIR, 'seeds/content/media');

// Only the kinds of files the content pack uses: anything else is not served.
const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function notFound(): Response {
  return new Response('Fichier introuvable', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function loader({ params }: Route.LoaderArgs) {
  const relative = params['*'] ?? '';
  const path = resolve(MEDIA_DIR, relative);
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  // resolve() has already applied any "..": what is left must still be inside the media folder.
  if (!contentType || relative.includes('\0') || !path.startsWith(MEDIA_DIR + sep)) throw notFound();
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) throw notFound();

  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Content-Length': String(file.size),
    'Cache-Control': 'public, max-age=3600',
    'X-Content-Type-Options': 'nosniff',
  };
  // Embedded pages and SVG can hold scripts: opened directly, they run in an origin of their own, away from the app.
  if (contentType.startsWith('text/html') || contentType.startsWith('image/svg')) {
    headers['Content-Security-Policy'] = 'sandbox allow-scripts allow-forms';
  }
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers });
}
