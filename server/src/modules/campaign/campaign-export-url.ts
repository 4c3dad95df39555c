// Download links for a campaign's CSV: signed, short-lived, and re-checked against the membership when used.
import { SignJWT, jwtVerify } from 'jose';
import type { Platform } from '../../graphql/context.js';

const TTL_SECONDS = 15 * 60;
const AUDIENCE = 'campaign-csv';

export async function campaignCsvUrl(platform: Platform, campaignId: number, userId: number): Promise<string> {
  const token = await new SignJWT({ campaignId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`user:${userId}`)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(platform.config.authSecret);
  return `${platform.config.publicApiUrl}/exports/campaigns/${campaignId}.csv?token=${token}`;
}

export async function readCampaignCsvToken(token: string, secret: Uint8Array): Promise<{ campaignId: number; userId: number } | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { audience: AUDIENCE, algorithms: ['HS256'] });
    const userId = Number(String(payload.sub).replace('user:', ''));
    const campaignId = Number(payload.campaignId);
    return Number.isInteger(userId) && Number.isInteger(campaignId) ? { campaignId, userId } : null;
  } catch {
    return null;
  }
}
