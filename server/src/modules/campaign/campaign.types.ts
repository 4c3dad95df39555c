import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { CampaignType, ParticipationStatus } from './campaign.entity.js';
import { PageInfoType } from '../organization/organization.types.js';

registerEnumType(CampaignType, { name: 'CampaignType', description: 'ASSESSMENT : parcours évalué ; PROFILES_COLLECTION : collecte de profils' });
registerEnumType(ParticipationStatus, { name: 'ParticipationStatus', description: 'Commencée, à envoyer, envoyée' });

@ObjectType('TargetProfile', { description: 'Un parcours : des sujets, chacun jusqu’à un niveau' })
export class TargetProfileType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Int, { description: 'Nombre d’acquis visés' }) skillsCount!: number;
}

@ObjectType('Stage', { description: 'Un palier du parcours' })
export class StageType {
  @Field(() => Int, { description: 'Rang du palier, à partir de 0' }) index!: number;
  @Field(() => Int, { description: 'Nombre de paliers du parcours' }) total!: number;
  @Field(() => Int, { description: 'Seuil en % d’acquis maîtrisés' }) threshold!: number;
  @Field(() => String) title!: string;
  @Field(() => String) message!: string;
}

@ObjectType('CompetenceResult', { description: 'Résultat envoyé pour une compétence' })
export class CompetenceResultType {
  @Field(() => String) competenceCode!: string;
  @Field(() => Int) level!: number;
  @Field(() => Int) pix!: number;
  @Field(() => Int, { nullable: true, description: '% des acquis visés maîtrisés (parcours)' }) masteryPercentage?: number | null;
}

@ObjectType('CollectiveCompetenceResult', { description: 'Résultat collectif d’une campagne sur une compétence' })
export class CollectiveCompetenceResultType {
  @Field(() => String) competenceCode!: string;
  @Field(() => String) competenceName!: string;
  @Field(() => Int, { description: 'Maîtrise moyenne des acquis visés, en %' }) averageMasteryPercentage!: number;
}

@ObjectType('TopicToReinforce', { description: 'Un sujet du parcours parmi les moins maîtrisés' })
export class TopicToReinforceType {
  @Field(() => String) tubeId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) competenceCode!: string;
  @Field(() => Int) averageMasteryPercentage!: number;
}

@ObjectType('Campaign')
export class CampaignGqlType {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: '6 lettres (sans I, L, O) et 3 chiffres de 2 à 9' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CampaignType) type!: CampaignType;
  @Field(() => Boolean) multipleSendings!: boolean;
  @Field(() => Boolean, { description: 'Campagne « SOS élève non certifiable » de l’établissement' }) isSos!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) archivedAt?: Date | null;
}

@ObjectType('CampaignPreview', { description: 'Ce qu’un apprenant voit d’une campagne avant de la rejoindre' })
export class CampaignPreviewType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CampaignType) type!: CampaignType;
  @Field(() => String) organizationName!: string;
  @Field(() => Boolean, { description: 'L’apprenant doit se rattacher à un élève importé de l’établissement' }) requiresStudentReconciliation!: boolean;
  @Field(() => Boolean) isArchived!: boolean;
  @Field(() => String, { nullable: true }) targetProfileName?: string | null;
}

@ObjectType('CampaignParticipation')
export class CampaignParticipationType {
  @Field(() => ID) id!: number;
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field(() => DateTimeScalar, { nullable: true }) sharedAt?: Date | null;
  @Field(() => Int, { nullable: true, description: '% des acquis visés maîtrisés, une fois envoyé' }) masteryPercentage?: number | null;
  @Field(() => Int, { nullable: true, description: 'Une fois envoyé' }) totalPix?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Une fois envoyé' }) isCertifiable?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Une fois envoyé' }) certifiableCompetencesCount?: number | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('CampaignParticipationEdge')
export class CampaignParticipationEdgeType {
  @Field(() => String) cursor!: string;
  @Field(() => CampaignParticipationType) node!: unknown;
}

@InputType('CreateCampaignInput')
export class CreateCampaignInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => CampaignType) type!: CampaignType;
  @Field(() => ID, { nullable: true }) targetProfileId?: string | null;
  @Field(() => Boolean, { nullable: true }) multipleSendings?: boolean | null;
}

@InputType('LearnerIdentityInput')
export class LearnerIdentityInput {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => DateScalar) birthdate!: string;
}

@ObjectType('CampaignParticipationConnection')
export class CampaignParticipationConnectionType {
  @Field(() => [CampaignParticipationEdgeType]) edges!: CampaignParticipationEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('CampaignExport', { description: 'Un export CSV des résultats, préparé en tâche de fond' })
export class CampaignExportType {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: 'QUEUED, RUNNING, SUCCEEDED ou FAILED' }) status!: string;
  @Field(() => Int, { description: 'Avancement, de 0 à 100' }) progress!: number;
  @Field(() => Int) rowCount!: number;
  @Field(() => Int) totalRows!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
}
