import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { OrganizationType } from '../organization/organization.entity.js';
import { OrganizationGqlType } from '../organization/organization.types.js';
import { CompetenceType } from '../referential/referential.types.js';

@ObjectType('CertificationCenter')
export class CertificationCenterType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => OrganizationType) type!: OrganizationType;
  @Field(() => OrganizationGqlType, { nullable: true, description: 'L’établissement dont les élèves sont les candidats' })
  organization?: unknown;
}

@ObjectType('CertifiedCompetence')
export class CertifiedCompetenceType {
  @Field(() => CompetenceType) competence!: unknown;
  @Field(() => Int) level!: number;
}

@ObjectType('Certificate', { description: 'Une certification validée et publiée' })
export class CertificateType {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: '« P- » suivi de 8 caractères' }) verificationCode!: string;
  @Field(() => Int) pixScore!: number;
  @Field(() => DateTimeScalar) deliveredAt!: Date;
  @Field(() => String) certificationCenterName!: string;
  @Field(() => [CertifiedCompetenceType]) competences!: unknown[];
}
