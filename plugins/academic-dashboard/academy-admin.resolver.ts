// GraphQL for platform administrators: academies, their schools and their academic viewers.
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../server/src/plugin-api/index.js';
import type { Academy } from './academy.entity.js';
import { AcademyType } from './academy.resolver.js';
import { grantAcademicViewer, revokeAcademicViewer, saveAcademy, setAcademySchools } from './academy-admin.js';
import { loadersOf } from './loaders.js';
import { REFRESH_JOB } from './refresh.js';

@ObjectType('AcademyViewer', { description: 'Un observateur académique (DANE) : un compte qui lit les statistiques de l’académie' })
class AcademyViewerType {
  @Field(() => ID) id!: number;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
}

@Resolver(() => AcademyType)
export class AcademyAdminResolver {
  // Names and e-mail addresses: administrators only, even for the academy's own viewers.
  @Authorized('PLATFORM_ADMIN')
  @FieldResolver(() => [AcademyViewerType], { description: 'Administrateurs : les observateurs académiques de l’académie' })
  viewers(@Root() academy: Academy, @Ctx() ctx: RequestContext) {
    return loadersOf(ctx).viewers.load(academy.code);
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => AcademyType, { description: 'Administrateurs : crée une académie ou la renomme (code de 2 à 10 lettres ou chiffres)' })
  saveAcademy(@Arg('code', () => ID) code: string, @Arg('name', () => String) name: string, @Ctx() ctx: RequestContext) {
    return saveAcademy(ctx.em, { code, name });
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => AcademyType, {
    description: 'Administrateurs : remplace la liste des établissements (UAI) de l’académie, tout ou rien ; un établissement appartient à une seule académie',
  })
  async setAcademySchools(@Arg('code', () => ID) code: string, @Arg('uais', () => [String]) uais: string[], @Ctx() ctx: RequestContext) {
    const academy = await setAcademySchools(ctx.em, { code, uais });
    // The statistics follow the new list at once rather than at the next scheduled refresh; if the job cannot
    // be queued, that refresh still comes.
    await ctx.jobs?.send(REFRESH_JOB, {}).catch(() => undefined);
    return academy;
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => AcademyType, { description: 'Administrateurs : donne le rôle d’observateur de l’académie au compte de cette adresse e-mail' })
  grantAcademicViewer(@Arg('code', () => ID) code: string, @Arg('email', () => String) email: string, @Ctx() ctx: RequestContext) {
    return grantAcademicViewer(ctx.em, { code, email });
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => AcademyType, { description: 'Administrateurs : retire le rôle d’observateur de l’académie à ce compte' })
  revokeAcademicViewer(@Arg('code', () => ID) code: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext) {
    return revokeAcademicViewer(ctx.em, { code, userId: Number(userId) });
  }
}
