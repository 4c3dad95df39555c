// GraphQL: an academy, its schools and its statistics for academic viewers (DANE) and platform admins.
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, DateTimeScalar, InputInvalidError, type RequestContext, Rules } from '../../server/src/plugin-api/index.js';
import { Academy, AcademicViewer } from './academy.entity.js';
import { loadersOf, type StatisticsRequest } from './loaders.js';
import { statisticsCsvUrl } from './statistics-csv.js';

/** Codes are written upper-case ("GRE"); "gre" in a URL means the same academy. */
export const normalizeCode = (code: string) => code.trim().toUpperCase();

@ObjectType('AcademySchool', { description: 'Un établissement de l’académie, repéré par son UAI' })
class AcademySchoolType {
  @Field(() => String) uai!: string;
  @Field(() => String, { nullable: true, description: 'Nom de l’établissement, une fois son espace Orga activé' }) name!: string | null;
}

@ObjectType('AcademySchoolStatistics', { description: 'Les chiffres d’un établissement pour une année scolaire' })
class SchoolStatisticsType {
  @Field(() => String) uai!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int, { description: 'Élèves actuellement inscrits' }) students!: number;
  @Field(() => Float, { description: 'Part des élèves certifiables (niveau 1 ou plus dans au moins 5 compétences), en %' }) certifiablePercentage!: number;
  @Field(() => Float, { description: 'Part des élèves ayant un certificat publié délivré dans l’année scolaire, en %' }) certifiedPercentage!: number;
  @Field(() => Float, { nullable: true, description: 'Score pix moyen des certificats de l’année (le dernier de chaque élève)' }) meanPixScore!: number | null;
  @Field(() => Int, { description: 'Élèves ayant participé dans l’année à une campagne de leur établissement' }) participatingStudents!: number;
}

@ObjectType('AcademyClassLevelStatistics', { description: 'Les chiffres d’un niveau de classe (déduit du nom de la classe)' })
class ClassLevelStatisticsType {
  @Field(() => String, { description: '6e, 5e, 4e, 3e, 2nde, 1re, Terminale, CAP ou autre' }) classLevel!: string;
  @Field(() => Int) students!: number;
  @Field(() => Float) certifiablePercentage!: number;
  @Field(() => Float) certifiedPercentage!: number;
}

@ObjectType('AcademyLevelDistribution', { description: 'Répartition des élèves par niveau sur une compétence' })
class LevelDistributionType {
  @Field(() => String) competenceCode!: string;
  @Field(() => [Int], { description: 'Nombre d’élèves à chaque niveau, du niveau 0 au niveau maximal atteignable' }) levels!: number[];
}

@ObjectType('AcademyCampaignParticipation', { description: 'Élèves ayant participé dans l’année à une campagne de leur établissement' })
class CampaignParticipationType {
  @Field(() => Int, { description: 'Élèves ayant commencé au moins une participation' }) participants!: number;
  @Field(() => Int, { description: 'Élèves ayant envoyé leurs résultats au moins une fois' }) shared!: number;
}

@ObjectType('AcademyWeeklyCertifications', { description: 'Certificats délivrés une semaine (ISO, du lundi au dimanche)' })
class WeeklyCertificationsType {
  @Field(() => DateScalar, { description: 'Le lundi de la semaine' }) weekStart!: string;
  @Field(() => Int) certifications!: number;
  @Field(() => Float, { nullable: true }) meanPixScore!: number | null;
}

/** What the statistics' fields need to find their figures; each field runs its own query, once per request. */
interface StatisticsRoot { request: StatisticsRequest }

@ObjectType('AcademyStatistics', {
  description: 'Les chiffres d’une académie pour une année scolaire (1er septembre – 31 août), sur les élèves actuellement inscrits dans ses établissements',
})
class AcademyStatisticsType {
  @Field(() => Int) schoolYear!: number;
}

@ObjectType('Academy', { description: 'Une académie : ses établissements et leurs statistiques' })
export class AcademyType {
  @Field(() => ID, { description: 'Code de l’académie, par exemple GRE' }) code!: string;
  @Field(() => String) name!: string;
}

const academyCode = ({ root }: { root: unknown }) => (root as Academy).code;

@Resolver(() => AcademyType)
export class AcademyResolver {
  @Authorized(Rules.scoped('academy', ({ args }) => normalizeCode(String(args.code))))
  @Query(() => AcademyType, { nullable: true, description: 'Une académie, pour ses observateurs académiques (DANE) et les administrateurs' })
  academy(@Arg('code', () => ID) code: string, @Ctx() ctx: RequestContext) {
    return ctx.em.findOne(Academy, { code: normalizeCode(code) });
  }

  @Authorized('USER')
  @Query(() => [AcademyType], { description: 'Les académies que l’utilisateur connecté observe (toutes pour un administrateur)' })
  async myAcademies(@Ctx() ctx: RequestContext) {
    if (await ctx.access.hasPlatformRole('ADMIN')) return ctx.em.find(Academy, {}, { orderBy: { name: 'asc' } });
    const roles = await ctx.em.find(AcademicViewer, { user: ctx.access.requireUserId() }, { populate: ['academy'], orderBy: { academy: { name: 'asc' } } });
    return roles.map((r) => r.academy);
  }

  @Authorized(Rules.scoped('academy', academyCode))
  @FieldResolver(() => [AcademySchoolType])
  schools(@Root() academy: Academy, @Ctx() ctx: RequestContext) {
    return loadersOf(ctx).schools.load(academy.code);
  }

  @Authorized(Rules.scoped('academy', academyCode))
  @FieldResolver(() => AcademyStatisticsType, { description: 'Les chiffres d’une année scolaire (2025 pour 2025-2026), mis à jour régulièrement (voir refreshedAt)' })
  statistics(@Root() academy: Academy, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: RequestContext): StatisticsRoot & { schoolYear: number } {
    checkSchoolYear(schoolYear);
    const request = { code: academy.code, schoolYear, maxLevel: ctx.config.maxReachableLevel, competenceCodes: ctx.referential.competences.map((c) => c.code) };
    return { request, schoolYear };
  }

  @Authorized(Rules.scoped('academy', academyCode))
  @FieldResolver(() => String, { description: 'Lien de téléchargement (valable 15 minutes) du fichier CSV des chiffres par établissement' })
  statisticsCsvUrl(@Root() academy: Academy, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: RequestContext) {
    checkSchoolYear(schoolYear);
    return statisticsCsvUrl(ctx.config, academy.code, schoolYear, ctx.access.requireUserId());
  }
}

function checkSchoolYear(schoolYear: number): void {
  if (schoolYear < 2000 || schoolYear > 2100) throw new InputInvalidError([{ field: 'schoolYear', message: 'L’année scolaire est l’année de la rentrée, par exemple 2025 pour 2025-2026.' }]);
}

@Resolver(() => AcademyStatisticsType)
export class AcademyStatisticsResolver {
  private async summary(root: StatisticsRoot, ctx: RequestContext) {
    const [row] = await loadersOf(ctx).summary.load(root.request);
    return row ?? { students: 0, certifiablePercentage: 0, certifiedPercentage: 0, meanPixScore: null };
  }

  @FieldResolver(() => Int, { description: 'Élèves actuellement inscrits dans les établissements de l’académie' })
  async students(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return (await this.summary(root, ctx)).students;
  }

  @FieldResolver(() => Float, { description: 'Part des élèves certifiables, en %' })
  async certifiablePercentage(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return (await this.summary(root, ctx)).certifiablePercentage;
  }

  @FieldResolver(() => Float, { description: 'Part des élèves ayant un certificat publié délivré dans l’année scolaire, en %' })
  async certifiedPercentage(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return (await this.summary(root, ctx)).certifiedPercentage;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Score pix moyen des certificats de l’année (le dernier de chaque élève)' })
  async meanPixScore(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return (await this.summary(root, ctx)).meanPixScore;
  }

  @FieldResolver(() => [SchoolStatisticsType])
  perSchool(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return loadersOf(ctx).perSchool.load(root.request);
  }

  @FieldResolver(() => [ClassLevelStatisticsType])
  perClassLevel(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return loadersOf(ctx).perClassLevel.load(root.request);
  }

  @FieldResolver(() => [LevelDistributionType], { description: 'Pour chacune des 16 compétences, dans l’ordre du cadre' })
  levelDistribution(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return loadersOf(ctx).levelDistribution.load(root.request);
  }

  @FieldResolver(() => CampaignParticipationType)
  async campaignParticipation(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    const [row] = await loadersOf(ctx).campaignParticipation.load(root.request);
    return row ?? { participants: 0, shared: 0 };
  }

  @FieldResolver(() => [WeeklyCertificationsType], { description: 'Certificats délivrés chaque semaine de l’année scolaire, de la première à la dernière semaine qui en compte' })
  weekly(@Root() root: StatisticsRoot, @Ctx() ctx: RequestContext) {
    return loadersOf(ctx).weekly.load(root.request);
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'Date de la dernière mise à jour des chiffres' })
  refreshedAt(@Ctx() ctx: RequestContext) {
    return loadersOf(ctx).refreshedAt.load('last');
  }
}
