// What the school-level rules (collège, lycée plugins) show: the "to certify" list and the certification windows.
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Rules } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { InputInvalidError } from '../../graphql/errors.js';
import { DateScalar } from '../../graphql/scalars.js';
import { intArray, selectRows } from '../../db/sql.js';
import type { Organization } from '../organization/organization.entity.js';
import { OrganizationGqlType, StudentType } from '../organization/organization.types.js';
import { Student } from '../organization/student.entity.js';
import { CertificationWindowOverride, schoolYearOf, windowFor } from './certification-window.js';

@ObjectType('StudentToCertify', { description: 'Un élève d’une classe concernée par la certification obligatoire' })
class StudentToCertifyType {
  @Field(() => StudentType) student!: unknown;
  @Field(() => String, { description: 'CERTIFIED, CERTIFIABLE ou NOT_YET_CERTIFIABLE' }) status!: string;
  @Field(() => Int, { nullable: true, description: 'Score du certificat, une fois certifié' }) pixScore?: number | null;
}

@ObjectType('CertificationWindowInfo', { description: 'La fenêtre de certification d’une année scolaire' })
class CertificationWindowType {
  @Field(() => String) plugin!: string;
  @Field(() => String) audience!: string;
  @Field(() => Int) schoolYear!: number;
  @Field(() => DateScalar) start!: string;
  @Field(() => DateScalar) end!: string;
  @Field(() => DateScalar, { nullable: true }) makeUpStart?: string | null;
  @Field(() => DateScalar, { nullable: true }) makeUpEnd?: string | null;
}

@Resolver(() => OrganizationGqlType)
export class SchoolRulesResolver {
  @Authorized(Rules.organizationMember(({ root }) => (root as Organization).id))
  @FieldResolver(() => String, { nullable: true, description: 'Les classes concernées par la certification obligatoire, selon le type d’établissement' })
  mandatoryCertificationClasses(@Root() organization: Organization, @Ctx() ctx: RequestContext) {
    return ctx.rules.for('mandatoryCertification', organization)?.label ?? null;
  }

  @Authorized(Rules.organizationMember(({ root }) => (root as Organization).id))
  @FieldResolver(() => [StudentToCertifyType], { description: 'Les élèves à certifier cette année : certifiés, certifiables, pas encore certifiables' })
  async studentsToCertify(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Arg('division', () => String, { nullable: true }) division?: string) {
    const rule = ctx.rules.for('mandatoryCertification', organization);
    if (!rule) return [];
    const students = (await ctx.em.find(Student, { organization: organization.id, leftAt: null, ...(division ? { division } : {}) }, { orderBy: { division: 'asc', lastName: 'asc', firstName: 'asc' } }))
      .filter((s) => rule.concerns({ division: s.division, mefCode: s.mefCode }));
    const userIds = students.flatMap((s) => (s.user ? [s.user.id] : []));
    const certified = new Map((await selectRows<{ user_id: number; pix_score: number }>(ctx.em,
      'select user_id, max(pix_score) as pix_score from certificates where is_published and user_id = any(?::int[]) group by user_id', [intArray(userIds)])).map((r) => [r.user_id, r.pix_score]));
    const profiles = await ctx.loaders.profile.loadMany(userIds);
    const certifiable = new Set(userIds.filter((_, i) => (profiles[i] as { isCertifiable?: boolean })?.isCertifiable));
    return students.map((student) => {
      const userId = student.user?.id;
      const status = userId && certified.has(userId) ? 'CERTIFIED' : userId && certifiable.has(userId) ? 'CERTIFIABLE' : 'NOT_YET_CERTIFIABLE';
      return { student, status, pixScore: userId ? certified.get(userId) ?? null : null };
    });
  }

  @Authorized(Rules.organizationMember(({ root }) => (root as Organization).id))
  @FieldResolver(() => CertificationWindowType, { nullable: true, description: 'La fenêtre de certification de l’année scolaire en cours' })
  async certificationWindow(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Arg('schoolYear', () => Int, { nullable: true }) schoolYear?: number) {
    const year = schoolYear ?? schoolYearOf(ctx.now().toISOString().slice(0, 10));
    const found = await windowFor(ctx.em, ctx, organization, year);
    const source = ctx.rules.source('certificationWindow', organization);
    return found && source ? { plugin: source.plugin, audience: found.audience, ...found.window } : null;
  }

  @Authorized('PLATFORM_ADMIN')
  @Query(() => [CertificationWindowType], { description: 'Administrateurs : les fenêtres de certification de chaque type d’établissement pour une année' })
  async certificationWindows(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: RequestContext) {
    const overrides = await ctx.em.find(CertificationWindowOverride, { schoolYear });
    return ctx.rules.fillers('certificationWindow').flatMap(({ plugin, value }) => {
      if (!value) return [];
      const o = overrides.find((x) => x.plugin === plugin);
      const w = o ? { schoolYear, start: o.start, end: o.end, makeUpStart: o.makeUpStart, makeUpEnd: o.makeUpEnd } : value.windows.find((x) => x.schoolYear === schoolYear);
      return w ? [{ plugin, audience: value.audience, ...w }] : [];
    });
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => CertificationWindowType, { description: 'Administrateurs : fixe la fenêtre de certification d’une année pour un type d’établissement (plugin)' })
  async setCertificationWindow(
    @Arg('plugin', () => ID) plugin: string, @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('start', () => DateScalar) start: string, @Arg('end', () => DateScalar) end: string,
    @Arg('makeUpStart', () => DateScalar, { nullable: true }) makeUpStart: string | null, @Arg('makeUpEnd', () => DateScalar, { nullable: true }) makeUpEnd: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const filler = ctx.rules.fillers('certificationWindow').find((f) => f.plugin === plugin);
    if (!filler?.value) throw new InputInvalidError([{ field: 'plugin', message: `Aucun plugin installé « ${plugin} » ne fixe de fenêtre de certification.` }]);
    if (end < start || (makeUpStart && makeUpEnd && makeUpEnd < makeUpStart) || !!makeUpStart !== !!makeUpEnd) {
      throw new InputInvalidError([{ field: 'end', message: 'Les dates de fin suivent les dates de début ; le rattrapage a un début et une fin.' }]);
    }
    if (schoolYearOf(start) !== schoolYear) throw new InputInvalidError([{ field: 'start', message: `Le début doit tomber dans l’année scolaire ${schoolYear}-${schoolYear + 1}.` }]);
    await ctx.em.upsert(CertificationWindowOverride, { plugin, schoolYear, start, end, makeUpStart, makeUpEnd });
    return { plugin, audience: filler.value.audience, schoolYear, start, end, makeUpStart, makeUpEnd };
  }
}
