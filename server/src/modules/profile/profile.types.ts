import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CompetenceType } from '../referential/referential.types.js';

export enum ScorecardStatus { NOT_STARTED = 'NOT_STARTED', STARTED = 'STARTED', COMPLETED = 'COMPLETED' }
registerEnumType(ScorecardStatus, { name: 'ScorecardStatus' });

@ObjectType('Scorecard', { description: 'Le niveau et les pix d’un utilisateur sur une compétence' })
export class ScorecardType {
  @Field(() => CompetenceType)
  competence!: CompetenceType;

  @Field(() => Int)
  level!: number;

  @Field(() => Int)
  pix!: number;

  @Field(() => Int, { description: 'Pix manquants pour le niveau suivant ; 0 au niveau maximal' })
  pixToNextLevel!: number;

  @Field(() => ScorecardStatus)
  status!: ScorecardStatus;

  @Field(() => Int, { description: 'Jours avant de pouvoir retenter la compétence' })
  remainingDaysBeforeImproving!: number;

  @Field(() => Int, { description: 'Jours avant de pouvoir remettre la compétence à zéro' })
  remainingDaysBeforeReset!: number;
}

@ObjectType('Profile', { description: 'Le profil de compétences : 16 compétences, 8 niveaux' })
export class ProfileType {
  @Field(() => Int, { description: 'Somme des pix des 16 compétences' })
  totalPix!: number;

  @Field(() => Int)
  maxReachableLevel!: number;

  @Field(() => Boolean, { description: 'Niveau 1 au moins dans 5 compétences au moins' })
  isCertifiable!: boolean;

  @Field(() => Int)
  certifiableCompetencesCount!: number;

  @Field(() => [ScorecardType], { description: 'Toujours 16, dans l’ordre du référentiel' })
  scorecards!: ScorecardType[];
}
