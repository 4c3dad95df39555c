import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, selectRows } from '../../db/sql.js';
import { Organization } from './organization.entity.js';

export function createDivisionsLoader(em: EntityManager) {
  return new DataLoader<number, string[]>(async (organizationIds) => {
    const rows = await selectRows<{ organization_id: number; division: string }>(
      em,
      `select distinct organization_id, division from students
        where organization_id = any(?::int[]) and division is not null and left_at is null
        order by organization_id, division`,
      [intArray(organizationIds)],
    );
    return organizationIds.map((id) => rows.filter((r) => r.organization_id === id).map((r) => r.division));
  });
}

export function createOrganizationLoader(em: EntityManager) {
  return new DataLoader<number, Organization | null>(async (ids) => {
    const rows = await em.find(Organization, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
