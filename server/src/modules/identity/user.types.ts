import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: number;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'À envoyer dans l’en-tête Authorization: Bearer <jeton>' })
  token!: string;

  @Field(() => UserType, { nullable: true, description: 'Absent pour un jeton de surveillant' })
  user?: unknown;
}

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
  @Field(() => DateScalar, { nullable: true }) birthdate?: string | null;
}
