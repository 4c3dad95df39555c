// A constant number of SQL statements per batch of users, however many profiles a request asks for.
import DataLoader from 'dataloader';
import { intArray, selectRows } from '../../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referential } from '../referential/load-content.js';
import { buildProfile, type ElementFact, type ProfileRules, type ProfileView } from './profile-rules.js';

interface Row { user_id: number; skill_id: string; competence_code: string; status: ElementFact['status']; earned_pix: number; created_at: Date }

export async function latestElementsOfUsers(em: EntityManager, userIds: readonly number[]): Promise<Map<number, ElementFact[]>> {
  const rows = await selectRows<Row>(
    em,
    `select distinct on (user_id, skill_id) user_id, skill_id, competence_code, status, earned_pix, created_at
       from knowledge_elements
      where user_id = any(?::int[])
      order by user_id, skill_id, created_at desc, id desc`,
    [intArray(userIds)],
  );
  const byUser = new Map<number, ElementFact[]>();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ skillId: r.skill_id, competenceCode: r.competence_code, status: r.status, earnedPix: Number(r.earned_pix), createdAt: new Date(r.created_at) });
    byUser.set(r.user_id, list);
  }
  return byUser;
}

/** Competences with a positioning test in progress, per user. */
export async function startedCompetencesOfUsers(em: EntityManager, userIds: readonly number[]): Promise<Map<number, Set<string>>> {
  const rows = await selectRows<{ user_id: number; competence_code: string }>(
    em,
    `select user_id, competence_code from assessments
      where user_id = any(?::int[]) and type = 'COMPETENCE_EVALUATION' and state = 'STARTED'`,
    [intArray(userIds)],
  );
  const byUser = new Map<number, Set<string>>();
  for (const r of rows) byUser.set(r.user_id, (byUser.get(r.user_id) ?? new Set()).add(r.competence_code));
  return byUser;
}

export function createProfileLoader(em: EntityManager, referential: Referential, rules: ProfileRules, now: () => Date) {
  return new DataLoader<number, ProfileView>(async (userIds) => {
    const [elements, started] = await Promise.all([latestElementsOfUsers(em, userIds), startedCompetencesOfUsers(em, userIds)]);
    return userIds.map((id) => buildProfile(elements.get(id) ?? [], referential, rules, now(), started.get(id)));
  });
}
