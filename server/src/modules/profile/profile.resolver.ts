import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { Competence } from '../referential/load-content.js';
import { CompetenceType } from '../referential/referential.types.js';
import type { ScorecardView } from './profile-rules.js';
import { ScorecardType } from './profile.types.js';

@Resolver(() => ScorecardType)
export class ScorecardResolver {
  @FieldResolver(() => CompetenceType)
  competence(@Root() scorecard: ScorecardView, @Ctx() ctx: RequestContext): Competence {
    return ctx.referential.competenceByCode.get(scorecard.competenceCode)!;
  }
}
