import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { Area, Competence } from './load-content.js';
import { AreaType, CompetenceType } from './referential.types.js';

@Resolver(() => AreaType)
export class AreaResolver {
  @Query(() => [AreaType], { description: 'Les 5 domaines et leurs compétences, dans l’ordre du référentiel' })
  areas(@Ctx() ctx: RequestContext): Area[] {
    return ctx.referential.areas;
  }

  @FieldResolver(() => [CompetenceType])
  competences(@Root() area: Area): Competence[] {
    return area.competences;
  }
}

@Resolver(() => CompetenceType)
export class CompetenceResolver {
  @Query(() => CompetenceType, { nullable: true, description: 'Une compétence par son code (« 1.1 » … « 5.2 »)' })
  competence(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Competence | null {
    return ctx.referential.competenceByCode.get(code.trim()) ?? null;
  }

  @FieldResolver(() => AreaType)
  area(@Root() competence: Competence, @Ctx() ctx: RequestContext): Area {
    return ctx.referential.areas.find((a) => a.code === competence.areaCode)!;
  }
}
