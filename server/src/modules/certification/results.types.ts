import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { CertificationStatus } from './certification-result.entity.js';
import { CertificationCandidateType } from './session.types.js';
import { CertifiedCompetenceType } from './certification.types.js';

export enum AbortReasonEnum { CANDIDATE = 'CANDIDATE', TECHNICAL = 'TECHNICAL' }
export enum IssueReportCategoryEnum {
  CANDIDATE_INFORMATIONS_CHANGES = 'CANDIDATE_INFORMATIONS_CHANGES',
  IN_CHALLENGE = 'IN_CHALLENGE',
  FRAUD = 'FRAUD',
  NON_BLOCKING_CANDIDATE_ISSUE = 'NON_BLOCKING_CANDIDATE_ISSUE',
  NON_BLOCKING_TECHNICAL_ISSUE = 'NON_BLOCKING_TECHNICAL_ISSUE',
}
registerEnumType(AbortReasonEnum, { name: 'AbortReason', description: 'Abandon du candidat, ou problème technique' });
registerEnumType(IssueReportCategoryEnum, { name: 'IssueReportCategory' });
registerEnumType(CertificationStatus, { name: 'CertificationStatus' });

@InputType('IssueReportInput')
export class IssueReportInput {
  @Field(() => IssueReportCategoryEnum) category!: IssueReportCategoryEnum;
  @Field(() => String, { nullable: true, description: 'Pour IN_CHALLENGE : IMAGE_NOT_DISPLAYING, EMBED_NOT_WORKING, FILE_NOT_OPENING, WEBSITE_UNAVAILABLE, WEBSITE_BLOCKED, SOFTWARE_NOT_WORKING, EXTRA_TIME_EXCEEDED, UNINTENTIONAL_FOCUS_OUT, SKIP_ON_OOPS, ACCESSIBILITY_ISSUE ; pour CANDIDATE_INFORMATIONS_CHANGES : NAME_OR_BIRTHDATE, EXTRA_TIME_PERCENTAGE' })
  subcategory?: string | null;
  @Field(() => Int, { nullable: true }) questionNumber?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType('CandidateReportInput')
export class CandidateReportInput {
  @Field(() => ID) candidateId!: string;
  @Field(() => Boolean) hasSeenEndTestScreen!: boolean;
  @Field(() => AbortReasonEnum, { nullable: true }) abortReason?: AbortReasonEnum | null;
  @Field(() => [IssueReportInput], { nullable: true }) issueReports?: IssueReportInput[] | null;
}

@InputType('FinalizeSessionInput')
export class FinalizeSessionInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => String, { nullable: true, description: '500 caractères au plus' }) examinerGlobalComment?: string | null;
  @Field(() => [CandidateReportInput]) reports!: CandidateReportInput[];
}

@ObjectType('CertificationResult')
export class CertificationResultType {
  @Field(() => CertificationCandidateType) candidate!: unknown;
  @Field(() => CertificationStatus) status!: CertificationStatus;
  @Field(() => Int) pixScore!: number;
  @Field(() => Int, { description: 'Taux de reproductibilité en %' }) reproducibilityRate!: number;
  @Field(() => [CertifiedCompetenceType]) competences!: unknown[];
  @Field(() => String, { nullable: true, description: 'Décision du jury : REJECTED_FOR_FRAUD, CANCELLED_BY_JURY' }) juryDecision?: string | null;
}

@ObjectType('CompetenceExplanation', { description: 'Pourquoi une compétence est certifiée à ce niveau' })
export class CompetenceExplanationType {
  @Field(() => String) competenceCode!: string;
  @Field(() => String, { description: 'KEEP, DOWN ou NOT_CERTIFIED' }) decision!: string;
  @Field(() => Int) level!: number;
  @Field(() => String) explanation!: string;
}

@ObjectType('ResultExplanation', { description: 'L’explication du score, pour le jury' })
export class ResultExplanationType {
  @Field(() => String) rate!: string;
  @Field(() => String) neutralization!: string;
  @Field(() => String) status!: string;
  @Field(() => [CompetenceExplanationType]) competences!: CompetenceExplanationType[];
}

@ObjectType('IssueReport')
export class IssueReportType {
  @Field(() => ID) id!: number;
  @Field(() => IssueReportCategoryEnum) category!: string;
  @Field(() => String, { nullable: true }) subcategory?: string | null;
  @Field(() => Int, { nullable: true }) questionNumber?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Résolution ; vide tant qu’il attend le jury' }) resolution?: string | null;
  @Field(() => Boolean) impactful!: boolean;
}

@ObjectType('AuditEntry', { description: 'Une décision : qui, quand, quoi, pourquoi' })
export class AuditEntryType {
  @Field(() => String) action!: string;
  @Field(() => String, { nullable: true }) actorName?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'Détails (JSON)' }) data?: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('CertificateVerification', { description: 'Ce que montre la vérification publique d’un certificat, et rien de plus' })
export class CertificateVerificationType {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => DateScalar) birthdate!: string;
  @Field(() => Int) pixScore!: number;
  @Field(() => DateTimeScalar) deliveredAt!: Date;
  @Field(() => DateTimeScalar, { description: 'Valable 3 ans' }) validUntil!: Date;
  @Field(() => Boolean) isValid!: boolean;
  @Field(() => [CertifiedCompetenceType]) competences!: unknown[];
}

@ObjectType('SessionDocument', { description: 'Un document joint à la session' })
export class SessionDocumentType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => String) contentType!: string;
  @Field(() => DateTimeScalar) uploadedAt!: Date;
}
