import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { SessionStatus } from './certification-session.entity.js';
import { CandidateLiveStatus } from './live-status.js';

registerEnumType(SessionStatus, { name: 'SessionStatus', description: 'Créée, finalisée, en traitement par le jury, traitée' });
registerEnumType(CandidateLiveStatus, { name: 'CandidateLiveStatus', description: 'Non arrivé, en attente, en cours, terminé, arrêté par le surveillant' });

@ObjectType('CertificationSession', { description: 'Une session de certification surveillée ; son id est le numéro de session' })
export class CertificationSessionType {
  @Field(() => ID, { description: 'Le numéro de session' }) id!: number;
  @Field(() => String, { description: 'Le site' }) address!: string;
  @Field(() => String) room!: string;
  @Field(() => String, { description: 'Le ou les surveillants' }) examiner!: string;
  @Field(() => Int) invigilatorCount!: number;
  @Field(() => DateScalar) date!: string;
  @Field(() => String, { description: 'Heure locale de début, HH:MM' }) time!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => DateTimeScalar, { nullable: true }) finalizedAt?: Date | null;
}

@ObjectType('CertificationCandidate')
export class CertificationCandidateType {
  @Field(() => ID) id!: number;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => DateScalar) birthdate!: string;
  @Field(() => String, { nullable: true }) division?: string | null;
  @Field(() => Int, { description: 'Temps majoré en %' }) extraTimePercentage!: number;
  @Field(() => Boolean, { description: 'Présence confirmée par le surveillant : le candidat peut commencer' }) authorizedToStart!: boolean;
  @Field(() => Boolean, { description: 'Reprise autorisée après une déconnexion' }) authorizedToResume!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) joinedAt?: Date | null;
}

@InputType('CreateSessionInput')
export class CreateSessionInput {
  @Field(() => ID) certificationCenterId!: string;
  @Field(() => String) address!: string;
  @Field(() => String) room!: string;
  @Field(() => String) examiner!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => String) time!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true, description: 'Nombre de surveillants (1 pour 20 candidats au moins)' }) invigilatorCount?: number | null;
}

@InputType('UpdateSessionInput')
export class UpdateSessionInput {
  @Field(() => String) address!: string;
  @Field(() => String) room!: string;
  @Field(() => String) examiner!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => String) time!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) invigilatorCount?: number | null;
}

@InputType('ClassSessionInput', { description: 'La session d’une classe : salle, date, heure' })
export class ClassSessionInput {
  @Field(() => String) division!: string;
  @Field(() => String) room!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => String) time!: string;
  @Field(() => Int, { nullable: true, description: 'Nombre de surveillants ; par défaut un pour 20 élèves' }) invigilatorCount?: number | null;
}

@InputType('CreateSessionsPerClassInput')
export class CreateSessionsPerClassInput {
  @Field(() => ID) certificationCenterId!: string;
  @Field(() => String) address!: string;
  @Field(() => String) examiner!: string;
  @Field(() => [ClassSessionInput]) classes!: ClassSessionInput[];
  @Field(() => Boolean, { nullable: true, description: 'Inscrire aussi les élèves de chaque classe' }) enrolStudents?: boolean | null;
}
