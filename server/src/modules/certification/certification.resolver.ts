import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import type { Organization } from '../organization/organization.entity.js';
import type { Certificate } from './certificate.entity.js';
import type { CertificationCenter } from './certification-center.entity.js';
import { CertificateType, CertificationCenterType, CertifiedCompetenceType } from './certification.types.js';
import { OrganizationGqlType } from '../organization/organization.types.js';

@Resolver(() => CertificationCenterType)
export class CertificationCenterResolver {
  @FieldResolver(() => OrganizationGqlType, { nullable: true })
  async organization(@Root() centre: CertificationCenter, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    if (!centre.organization) return null;
    return ctx.loaders.organization.load(centre.organization.id);
  }
}

@Resolver(() => CertificateType)
export class CertificateResolver {
  @FieldResolver(() => [CertifiedCompetenceType], { description: 'Niveau certifié par compétence, dans l’ordre du référentiel' })
  competences(@Root() certificate: Certificate, @Ctx() ctx: RequestContext) {
    const levels = new Map(certificate.competences.map((c) => [c.competenceCode, c.level]));
    return ctx.referential.competences.filter((c) => levels.has(c.code)).map((competence) => ({ competence, level: levels.get(competence.code)! }));
  }
}
