// Download links: signed, short-lived, and re-checked against the membership when used.
import { SignJWT, jwtVerify } from 'jose';
import type { Platform } from '../../graphql/context.js';

const TTL_SECONDS = 15 * 60;
const AUDIENCE = 'download';

export type Download = { kind: 'campaign-csv' | 'export-file'; id: number };

export async function signDownload(platform: Platform, download: Download, userId: number): Promise<string> {
  return new SignJWT({ kind: download.kind, id: download.id })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`user:${userId}`)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(platform.config.authSecret);
}

export async function readDownload(token: string, secret: Uint8Array): Promise<(Download & { userId: number }) | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { audience: AUDIENCE, algorithms: ['HS256'] });
    const userId = Number(String(payload.sub).replace('user:', ''));
    const id = Number(payload.id);
    const kind = payload.kind;
    if (!Number.isInteger(userId) || !Number.isInteger(id) || (kind !== 'campaign-csv' && kind !== 'export-file')) return null;
    return { kind, id, userId };
  } catch {
    return null;
  }
}

/** The live CSV of a campaign, streamed from the database when downloaded. */
export async function campaignCsvUrl(platform: Platform, campaignId: number, userId: number): Promise<string> {
  return `${platform.config.publicApiUrl}/exports/campaigns/${campaignId}.csv?token=${await signDownload(platform, { kind: 'campaign-csv', id: campaignId }, userId)}`;
}

/** A finished export job's file. */
export async function exportFileUrl(platform: Platform, exportId: number, userId: number): Promise<string> {
  return `${platform.config.publicApiUrl}/exports/files/${exportId}.csv?token=${await signDownload(platform, { kind: 'export-file', id: exportId }, userId)}`;
}
