import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Area', { description: 'Un des 5 domaines du CRCN' })
export class AreaType {
  @Field(() => String, { description: 'De « 1 » à « 5 »' })
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType('Competence', { description: 'Une des 16 compétences du CRCN' })
export class CompetenceType {
  @Field(() => String, { description: 'De « 1.1 » à « 5.2 »' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'Rang dans le référentiel, de 0 à 15' })
  index!: number;
}
