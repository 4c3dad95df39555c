// What the engine knows of a learner on a competence: the latest knowledge element of each skill.
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows, textArray } from '../../db/sql.js';
import type { KnowledgeStatus, KnownSkill } from './engine.js';

const DAY_MS = 24 * 3600 * 1000;

export interface KnowledgeOptions {
  /** When improving, invalidated skills older than this date are forgotten so they can be asked again. */
  forgetInvalidatedBefore?: Date;
}

type Row = { skill_id: string; status: KnowledgeStatus | 'RESET'; source: KnownSkill['source']; created_at: Date };

export async function currentKnowledge(em: EntityManager, userId: number, competenceCode: string, o: KnowledgeOptions = {}): Promise<Map<string, KnownSkill>> {
  const rows = await selectRows<Row>(
    em,
    `select distinct on (skill_id) skill_id, status, source, created_at
       from knowledge_elements
      where user_id = ? and competence_code = ?
      order by skill_id, created_at desc, id desc`,
    [userId, competenceCode],
  );
  return toKnowledge(rows, o);
}

/** The same, for a set of skills across competences (a campaign's target profile). */
export async function knowledgeOfSkills(em: EntityManager, userId: number, skillIds: string[], o: KnowledgeOptions = {}): Promise<Map<string, KnownSkill>> {
  const rows = await selectRows<Row>(
    em,
    `select distinct on (skill_id) skill_id, status, source, created_at
       from knowledge_elements
      where user_id = ? and skill_id = any(?::text[])
      order by skill_id, created_at desc, id desc`,
    [userId, textArray(skillIds)],
  );
  return toKnowledge(rows, o);
}

function toKnowledge(rows: Row[], o: KnowledgeOptions): Map<string, KnownSkill> {
  const known = new Map<string, KnownSkill>();
  for (const r of rows) {
    if (r.status === 'RESET') continue;
    if (r.status === 'INVALIDATED' && o.forgetInvalidatedBefore && new Date(r.created_at) < o.forgetInvalidatedBefore) continue;
    known.set(r.skill_id, { status: r.status, source: r.source });
  }
  return known;
}

/** A retry may ask again the skills invalidated more than the improving delay before it started. */
export function improvingCutoff(assessment: { isImproving: boolean; createdAt: Date }, improvingDelayDays: number): Date | undefined {
  return assessment.isImproving ? new Date(assessment.createdAt.getTime() - improvingDelayDays * DAY_MS + 1) : undefined;
}

/** Challenges the learner already answered in any test: variants they have not seen are preferred. */
export async function seenChallengeIds(em: EntityManager, userId: number): Promise<Set<string>> {
  const rows = await selectRows<{ challenge_id: string }>(
    em,
    'select distinct an.challenge_id from answers an join assessments a on a.id = an.assessment_id where a.user_id = ?',
    [userId],
  );
  return new Set(rows.map((r) => r.challenge_id));
}
