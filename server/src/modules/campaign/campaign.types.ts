import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { CampaignType, ParticipationStatus } from './campaign.entity.js';

registerEnumType(CampaignType, { name: 'CampaignType', description: 'ASSESSMENT : parcours évalué ; PROFILES_COLLECTION : collecte de profils' });
registerEnumType(ParticipationStatus, { name: 'ParticipationStatus', description: 'Commencée, à envoyer, envoyée' });

@ObjectType('Campaign')
export class CampaignGqlType {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CampaignType) type!: CampaignType;
  @Field(() => Boolean) multipleSendings!: boolean;
}

@ObjectType('CampaignParticipation')
export class CampaignParticipationType {
  @Field(() => ID) id!: number;
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field(() => DateTimeScalar, { nullable: true }) sharedAt?: Date | null;
  @Field(() => Int, { nullable: true }) masteryPercentage?: number | null;
  @Field(() => Int, { nullable: true }) totalPix?: number | null;
  @Field(() => Boolean, { nullable: true }) isCertifiable?: boolean | null;
  @Field(() => Int, { nullable: true }) certifiableCompetencesCount?: number | null;
}
