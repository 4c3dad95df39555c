import { FieldResolver, Resolver, Root } from 'type-graphql';
import { UserType } from '../identity/user.types.js';
import { StudentType } from '../organization/organization.types.js';
import type { CampaignParticipation } from './campaign.entity.js';
import { CampaignGqlType, CampaignParticipationType } from './campaign.types.js';

@Resolver(() => CampaignParticipationType)
export class CampaignParticipationResolver {
  @FieldResolver(() => CampaignGqlType)
  campaign(@Root() participation: CampaignParticipation) {
    return participation.campaign;
  }

  @FieldResolver(() => UserType)
  participant(@Root() participation: CampaignParticipation) {
    return { id: participation.user.id };
  }

  @FieldResolver(() => StudentType, { nullable: true })
  student(@Root() participation: CampaignParticipation) {
    return participation.student ?? null;
  }
}
