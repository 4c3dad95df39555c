// The participants of a campaign, page by page (keyset on id), with a constant number of statements per page.
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputInvalidError } from '../../graphql/errors.js';
import { CampaignParticipation } from './campaign.entity.js';

const MAX_PAGE = 500;

const cursorOf = (p: CampaignParticipation) => Buffer.from(String(p.id)).toString('base64url');

export async function listParticipations(em: EntityManager, campaignId: number, page: { first?: number | null; after?: string | null }) {
  const first = page.first ?? 50;
  if (first < 1 || first > MAX_PAGE) throw new InputInvalidError([{ field: 'first', message: `first doit être entre 1 et ${MAX_PAGE}.` }]);
  const afterId = page.after ? Number(Buffer.from(page.after, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(afterId) || afterId < 0) throw new InputInvalidError([{ field: 'after', message: 'Curseur de pagination invalide.' }]);
  const base = { campaign: campaignId, isImproved: false };
  const [rows, totalCount] = await Promise.all([
    em.find(CampaignParticipation, { ...base, id: { $gt: afterId } }, { orderBy: { id: 'asc' }, limit: first + 1, populate: ['campaign', 'student'] }),
    em.count(CampaignParticipation, base),
  ]);
  const nodes = rows.slice(0, first);
  return {
    edges: nodes.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null },
    totalCount,
  };
}
