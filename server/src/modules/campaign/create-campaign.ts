import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Platform } from '../../graphql/context.js';
import { fromZod } from '../../graphql/errors.js';
import { User } from '../identity/user.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Campaign, CampaignType } from './campaign.entity.js';
import { generateCampaignCode } from './campaign-code.js';
import { TargetProfileNotFoundError, TargetProfileRequiredError } from './errors.js';

const schema = z.object({
  organizationId: z.coerce.number().int().positive(),
  name: z.string().trim().min(1, 'Le nom de la campagne est obligatoire.').max(255, 'Le nom de la campagne est trop long.'),
  type: z.enum(CampaignType),
  targetProfileId: z.string().nullish(),
  multipleSendings: z.boolean().nullish(),
});
export type CreateCampaignData = z.input<typeof schema>;

/** Creates a campaign with a fresh code; a code already taken (rare) is drawn again. */
export async function createCampaign(em: EntityManager, platform: Platform, creatorId: number, data: CreateCampaignData, extra: { isSos?: boolean; autoShare?: boolean } = {}): Promise<Campaign> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw fromZod(parsed.error);
  const input = parsed.data;
  if (input.type === CampaignType.ASSESSMENT) {
    if (!input.targetProfileId) throw new TargetProfileRequiredError();
    if (!platform.referential.targetProfileById.has(input.targetProfileId)) throw new TargetProfileNotFoundError();
  }
  for (let attempt = 0; ; attempt++) {
    try {
      // A savepoint when called inside a transaction: a code already taken only rolls back this attempt.
      return await em.transactional(async (tx) => {
        const campaign = tx.create(Campaign, {
          organization: tx.getReference(Organization, input.organizationId),
          code: generateCampaignCode(),
          name: input.name,
          type: input.type,
          targetProfileId: input.type === CampaignType.ASSESSMENT ? input.targetProfileId : null,
          multipleSendings: input.multipleSendings ?? false,
          isSos: extra.isSos ?? false,
          autoShare: extra.autoShare ?? false,
          creator: tx.getReference(User, creatorId),
          createdAt: platform.now(),
        });
        await tx.flush();
        return campaign;
      });
    } catch (e) {
      if (!(e instanceof UniqueConstraintViolationException) || attempt >= 5) throw e;
    }
  }
}
