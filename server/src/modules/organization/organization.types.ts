import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { OrganizationType } from './organization.entity.js';
import { MembershipRole } from './membership.entity.js';

registerEnumType(OrganizationType, { name: 'OrganizationType', description: 'SCO : collège ou lycée ; SUP : enseignement supérieur ; PRO : organisation professionnelle' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });

@ObjectType('Organization')
export class OrganizationGqlType {
  @Field(() => ID) id!: number;
  @Field(() => String) name!: string;
  @Field(() => OrganizationType) type!: OrganizationType;
  @Field(() => String, { nullable: true, description: 'Code UAI de l’établissement' }) uai?: string | null;
  @Field(() => [String], { description: 'COLLEGE, LYCEE, LYCEE_PRO…' }) tags!: string[];
}

@ObjectType('Student', { description: 'Un élève tel que l’import de l’établissement le décrit' })
export class StudentType {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: 'INE' }) nationalId!: string;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => DateScalar) birthdate!: string;
  @Field(() => String, { nullable: true, description: 'La classe' }) division?: string | null;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

@ObjectType('StudentEdge')
export class StudentEdgeType {
  @Field(() => String) cursor!: string;
  @Field(() => StudentType) node!: unknown;
}

@ObjectType('StudentConnection')
export class StudentConnectionType {
  @Field(() => [StudentEdgeType]) edges!: StudentEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('OrganizationMembership', { description: 'Le rôle de l’utilisateur connecté dans une organisation' })
export class OrganizationMembershipType {
  @Field(() => OrganizationGqlType) organization!: unknown;
  @Field(() => MembershipRole) role!: MembershipRole;
}
