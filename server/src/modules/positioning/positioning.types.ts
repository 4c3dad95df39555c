import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { CompetenceType } from '../referential/referential.types.js';
import { AssessmentState, AssessmentType } from './assessment.entity.js';

registerEnumType(AssessmentType, { name: 'AssessmentType' });
registerEnumType(AssessmentState, { name: 'AssessmentState' });

export enum ChallengeTypeEnum { QCU = 'QCU', QCM = 'QCM', QROC = 'QROC', QROCM_IND = 'QROCM_IND', QROCM_DEP = 'QROCM_DEP' }
registerEnumType(ChallengeTypeEnum, { name: 'ChallengeType', description: 'QCU : un choix ; QCM : plusieurs choix ; QROC : une réponse libre ; QROCM : plusieurs réponses libres' });

export enum AnswerStatusEnum { OK = 'OK', KO = 'KO', SKIPPED = 'SKIPPED', TIMEDOUT = 'TIMEDOUT', FOCUSED_OUT = 'FOCUSED_OUT', PARTIALLY = 'PARTIALLY' }
registerEnumType(AnswerStatusEnum, { name: 'AnswerStatus' });

@ObjectType('Illustration')
export class IllustrationType {
  @Field(() => String) url!: string;
  @Field(() => String, { description: 'Texte alternatif' }) alt!: string;
}

@ObjectType('Attachment')
export class AttachmentType {
  @Field(() => String) name!: string;
  @Field(() => String) url!: string;
}

@ObjectType('Embed')
export class EmbedType {
  @Field(() => String) url!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { nullable: true }) height?: number;
}

@ObjectType('Challenge', { description: 'Une épreuve' })
export class ChallengeGqlType {
  @Field(() => ID) id!: string;
}

@ObjectType('Tutorial')
export class TutorialType {
  @Field(() => String) title!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { description: 'vidéo, page, pdf, outil, jeu' }) format!: string;
  @Field(() => Int) durationMinutes!: number;
}

@ObjectType('AnswerReview', { description: 'Une réponse revue au point d’étape : la bonne réponse et des tutoriels' })
export class AnswerReviewType {
  @Field(() => ChallengeGqlType) challenge!: unknown;
  @Field(() => AnswerStatusEnum) status!: AnswerStatusEnum;
  @Field(() => [String], { description: 'Ce que l’apprenant a répondu' }) givenAnswer!: string[];
  @Field(() => [String], { description: 'Une réponse juste' }) correctAnswer!: string[];
  @Field(() => [TutorialType]) tutorials!: TutorialType[];
}

@ObjectType('Assessment', { description: 'Un test : positionnement, campagne ou certification' })
export class AssessmentGqlType {
  @Field(() => ID) id!: string;
  @Field(() => AssessmentType) type!: AssessmentType;
  @Field(() => AssessmentState) state!: AssessmentState;
  @Field(() => Int) answeredCount!: number;
  @Field(() => Boolean, { description: 'Une nouvelle tentative après le délai' }) isImproving!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt?: Date | null;
}

@ObjectType('AnswerResult')
export class AnswerResultType {
  @Field(() => AnswerStatusEnum) status!: AnswerStatusEnum;
  @Field(() => AssessmentGqlType) assessment!: unknown;
}

@InputType('AnswerInput')
export class AnswerInput {
  @Field(() => ID) assessmentId!: string;
  @Field(() => ID) challengeId!: string;
  @Field(() => [String], { description: 'Propositions choisies, ou réponses saisies dans l’ordre des champs ; [] pour « Je passe »' }) value!: string[];
  @Field(() => ID, { description: 'Choisi par le client ; le même identifiant deux fois n’enregistre qu’une réponse' }) clientAnswerId!: string;
  @Field(() => Int, { nullable: true }) timeSpentSeconds?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'L’apprenant a quitté la page pendant une épreuve surveillée' }) focusedOut?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Certification : le jeton de la page autorisée (enterCertification)' }) entryToken?: string | null;
}

export { CompetenceType };
