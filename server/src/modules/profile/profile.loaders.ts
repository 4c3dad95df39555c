// One SQL statement per batch of users, however many profiles a request asks for.
import DataLoader from 'dataloader';
import { intArray } from '../../db/sql.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referential } from '../referential/load-content.js';
import { buildProfile, type ElementFact, type ProfileRules, type ProfileView } from './profile-rules.js';

interface Row { user_id: number; skill_id: string; competence_code: string; status: ElementFact['status']; earned_pix: number; created_at: Date }

export async function latestElementsOfUsers(em: EntityManager, userIds: readonly number[]): Promise<Map<number, ElementFact[]>> {
  const rows: Row[] = await em.getConnection().execute(
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

export function createProfileLoader(em: EntityManager, referential: Referential, rules: ProfileRules, now: () => Date) {
  return new DataLoader<number, ProfileView>(async (userIds) => {
    const elements = await latestElementsOfUsers(em, userIds);
    return userIds.map((id) => buildProfile(elements.get(id) ?? [], referential, rules, now()));
  });
}
