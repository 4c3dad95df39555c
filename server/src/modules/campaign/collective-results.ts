// Collective results computed in SQL over the shared snapshots: one statement, whatever the number of participants.
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '../../db/sql.js';
import type { Referential } from '../referential/load-content.js';

export async function collectiveResults(em: EntityManager, referential: Referential, campaignId: number) {
  const rows = await selectRows<{ code: string; average: string }>(
    em,
    `select c.key as code, avg((c.value->>'mastery')::numeric) as average
       from campaign_participations p, jsonb_each(p.shared_competences) c
      where p.campaign_id = ? and p.status = 'SHARED' and not p.is_improved and c.value->>'mastery' is not null
      group by c.key`,
    [campaignId],
  );
  const byCode = new Map(rows.map((r) => [r.code, Math.round(Number(r.average))]));
  return referential.competences
    .filter((c) => byCode.has(c.code))
    .map((c) => ({ competenceCode: c.code, competenceName: c.name, averageMasteryPercentage: byCode.get(c.code)! }));
}

export async function topicsToReinforce(em: EntityManager, referential: Referential, campaignId: number, first: number) {
  const rows = await selectRows<{ tube_id: string; average: string }>(
    em,
    `select t.key as tube_id, avg(t.value::numeric) as average
       from campaign_participations p, jsonb_each_text(p.shared_tube_mastery) t
      where p.campaign_id = ? and p.status = 'SHARED' and not p.is_improved
      group by t.key order by average asc, t.key limit ?`,
    [campaignId, first],
  );
  const tubes = new Map(referential.competences.flatMap((c) => c.tubes).map((t) => [t.id, t]));
  return rows.flatMap((r) => {
    const tube = tubes.get(r.tube_id);
    return tube ? [{ tubeId: tube.id, title: tube.title, competenceCode: tube.competenceCode, averageMasteryPercentage: Math.round(100 * Number(r.average)) }] : [];
  });
}
