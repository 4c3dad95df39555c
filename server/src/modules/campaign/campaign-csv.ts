// The campaign results CSV (domain.md §3): ";" separator, UTF-8 with BOM, one row per participant.
// Rows are read in pages of PAGE_SIZE by keyset, so memory stays flat and statements grow per page, not per row.
import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import { selectRows, textArray } from '../../db/sql.js';
import type { Referential } from '../referential/load-content.js';
import { CampaignType, type Campaign, type SharedCompetence } from './campaign.entity.js';

export const PAGE_SIZE = 500;
const BOM = '\uFEFF';

interface Row {
  id: number; status: string; shared_at: Date | null; total_pix: number | null; is_certifiable: boolean | null;
  certifiable_competences_count: number | null; mastery_percentage: number | null; stage_index: number | null;
  shared_competences: Record<string, SharedCompetence> | null; first_name: string; last_name: string; division: string | null;
  progress: number | null;
}

const yesNo = (b: boolean | null | undefined) => (b ? 'O' : 'N');
const frenchDate = (d: Date | null) => (d ? new Date(d).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' }) : '');

export function csvHeader(referential: Referential, campaign: Campaign): string[] {
  const header = ["Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Nom du participant', 'Prénom du participant', 'Classe'];
  if (campaign.type === CampaignType.ASSESSMENT) header.push('% de progression', 'Envoi (O/N)', "Date de l'envoi", 'Palier atteint', '% de maîtrise des acquis du parcours');
  else header.push('Envoi (O/N)', "Date de l'envoi");
  header.push('Nombre de pix total', 'Certifiable (O/N)', 'Nombre de compétences certifiables');
  for (const c of referential.competences) header.push(`Niveau pour la compétence ${c.code} ${c.name}`, `Nombre de pix pour la compétence ${c.code}`);
  if (campaign.type === CampaignType.ASSESSMENT) {
    for (const c of referential.competences) header.push(`% de maîtrise des acquis de la compétence ${c.code}`);
    for (const a of referential.areas) header.push(`% de maîtrise des acquis du domaine ${a.code} ${a.title}`);
  }
  return header;
}

function toRecord(referential: Referential, campaign: Campaign, organizationName: string, r: Row, stageCount: number): (string | number)[] {
  const shared = r.status === 'SHARED';
  const record: (string | number)[] = [organizationName, campaign.id, campaign.code, campaign.name, r.last_name, r.first_name, r.division ?? ''];
  if (campaign.type === CampaignType.ASSESSMENT) {
    record.push(r.status === 'STARTED' ? r.progress ?? 0 : 100, yesNo(shared), frenchDate(r.shared_at));
    record.push(shared && r.stage_index != null ? `${r.stage_index}/${stageCount - 1}` : '', shared ? r.mastery_percentage ?? '' : '');
  } else {
    record.push(yesNo(shared), frenchDate(r.shared_at));
  }
  record.push(shared ? r.total_pix ?? '' : '', shared ? yesNo(r.is_certifiable) : '', shared ? r.certifiable_competences_count ?? '' : '');
  const comp = r.shared_competences ?? {};
  for (const c of referential.competences) record.push(shared ? comp[c.code]?.level ?? 0 : '', shared ? comp[c.code]?.pix ?? 0 : '');
  if (campaign.type === CampaignType.ASSESSMENT) {
    for (const c of referential.competences) record.push(shared && comp[c.code]?.mastery != null ? comp[c.code].mastery! : '');
    for (const a of referential.areas) {
      const values = a.competences.map((c) => comp[c.code]?.mastery).filter((m): m is number => m != null);
      record.push(shared && values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : '');
    }
  }
  return record;
}

/** Yields the CSV text page by page; `onPage` reports how many rows were written so far. */
export async function* campaignCsv(em: EntityManager, referential: Referential, campaign: Campaign, onPage?: (rows: number) => Promise<void> | void): AsyncGenerator<string> {
  const [{ name: organizationName }] = await selectRows<{ name: string }>(em, 'select name from organizations where id = ?', [campaign.organization.id]);
  const profile = referential.targetProfileById.get(campaign.targetProfileId ?? '');
  yield BOM + stringify([csvHeader(referential, campaign)], { delimiter: ';' });
  let after = 0;
  let written = 0;
  for (;;) {
    const rows = await selectRows<Row>(
      em,
      `select p.id, p.status, p.shared_at, p.total_pix, p.is_certifiable, p.certifiable_competences_count, p.mastery_percentage,
              p.stage_index, p.shared_competences, coalesce(s.first_name, u.first_name) as first_name,
              coalesce(s.last_name, u.last_name) as last_name, s.division,
              (select round(100.0 * count(*) / nullif(?, 0)) from (
                 select distinct on (k.skill_id) k.status from knowledge_elements k
                  where k.user_id = p.user_id and k.skill_id = any(?::text[]) order by k.skill_id, k.created_at desc, k.id desc) latest
                where latest.status <> 'RESET') as progress
         from campaign_participations p
         join users u on u.id = p.user_id
         left join students s on s.id = p.student_id
        where p.campaign_id = ? and not p.is_improved and p.id > ?
        order by p.id limit ?`,
      [profile?.skillIds.size ?? 0, textArray([...(profile?.skillIds ?? [])]), campaign.id, after, PAGE_SIZE],
    );
    if (!rows.length) return;
    yield stringify(rows.map((r) => toRecord(referential, campaign, organizationName, r, profile?.stages.length ?? 0)), { delimiter: ';' });
    written += rows.length;
    after = rows[rows.length - 1].id;
    await onPage?.(written);
    if (rows.length < PAGE_SIZE) return;
  }
}
