// Certification windows: a school's sessions must fall in the window its plugin sets for the school year (or the
// make-up week); a platform admin can set another window for a year. Organisations no plugin covers have no window.
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import type { CertificationWindow } from '../../plugin-api/rule-slots.js';
import type { Organization } from '../organization/organization.entity.js';

@Entity({ tableName: 'certification_window_overrides' })
export class CertificationWindowOverride {
  @PrimaryKey({ type: 'string', length: 60 })
  plugin!: string;

  @PrimaryKey({ type: 'integer' })
  schoolYear!: number;

  @Property({ type: 'date' }) start!: string;
  @Property({ type: 'date' }) end!: string;
  @Property({ type: 'date', nullable: true }) makeUpStart?: string | null;
  @Property({ type: 'date', nullable: true }) makeUpEnd?: string | null;
}

export class SessionOutsideWindowError extends AppError {
  constructor(audience: string, w: CertificationWindow) {
    const fr = (d: string) => d.split('-').reverse().join('/');
    const makeUp = w.makeUpStart && w.makeUpEnd ? ` (rattrapage du ${fr(w.makeUpStart)} au ${fr(w.makeUpEnd)})` : '';
    super('SESSION_OUTSIDE_CERTIFICATION_WINDOW', `Les sessions de certification des ${audience} ont lieu du ${fr(w.start)} au ${fr(w.end)}${makeUp} pour l’année ${w.schoolYear}-${w.schoolYear + 1}.`, { window: w });
  }
}

/** The school year of a date: September to August, named by the year it starts. */
export function schoolYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return month >= 9 ? year : year - 1;
}

export async function windowFor(em: EntityManager, platform: Platform, organization: Organization, schoolYear: number) {
  const rule = platform.rules.source('certificationWindow', organization);
  if (!rule?.value) return null;
  const override = await em.findOne(CertificationWindowOverride, { plugin: rule.plugin, schoolYear });
  const window = override
    ? { schoolYear, start: override.start, end: override.end, makeUpStart: override.makeUpStart ?? undefined, makeUpEnd: override.makeUpEnd ?? undefined }
    : rule.value.windows.find((w) => w.schoolYear === schoolYear) ?? null;
  return window ? { audience: rule.value.audience, window } : null;
}

export async function assertInCertificationWindow(em: EntityManager, platform: Platform, organization: Organization | null | undefined, date: string): Promise<void> {
  if (!organization) return;
  const found = await windowFor(em, platform, organization, schoolYearOf(date));
  if (!found) return;
  const { window: w } = found;
  const inMain = date >= w.start && date <= w.end;
  const inMakeUp = !!w.makeUpStart && !!w.makeUpEnd && date >= w.makeUpStart && date <= w.makeUpEnd;
  if (!inMain && !inMakeUp) throw new SessionOutsideWindowError(found.audience, w);
}
