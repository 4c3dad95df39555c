// Download links: signed, short-lived, and re-checked against the membership when used.
import { readLink, signLink } from '../../http/signed-link.js';
import type { Platform } from '../../graphql/context.js';

const AUDIENCE = 'download';

export type Download = { kind: 'campaign-csv' | 'export-file'; id: number };

export function signDownload(platform: Platform, download: Download, userId: number): Promise<string> {
  return signLink(platform.config.authSecret, AUDIENCE, { kind: download.kind, id: download.id }, userId);
}

export async function readDownload(token: string, secret: Uint8Array): Promise<(Download & { userId: number }) | null> {
  const link = await readLink(secret, AUDIENCE, token);
  if (!link) return null;
  const id = Number(link.payload.id);
  const kind = link.payload.kind;
  if (!Number.isInteger(id) || (kind !== 'campaign-csv' && kind !== 'export-file')) return null;
  return { kind, id, userId: link.userId };
}

/** The live CSV of a campaign, streamed from the database when downloaded. */
export async function campaignCsvUrl(platform: Platform, campaignId: number, userId: number): Promise<string> {
  return `${platform.config.publicApiUrl}/exports/campaigns/${campaignId}.csv?token=${await signDownload(platform, { kind: 'campaign-csv', id: campaignId }, userId)}`;
}

/** A finished export job's file. */
export async function exportFileUrl(platform: Platform, exportId: number, userId: number): Promise<string> {
  return `${platform.config.publicApiUrl}/exports/files/${exportId}.csv?token=${await signDownload(platform, { kind: 'export-file', id: exportId }, userId)}`;
}
