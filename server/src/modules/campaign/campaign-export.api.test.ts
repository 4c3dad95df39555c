import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../../testing/test-server.js';
import { buildMembership, buildOrganization, buildUser } from '../../../testing/factories.js';
import { MembershipRole } from '../organization/membership.entity.js';
import { Campaign, CampaignType } from './campaign.entity.js';
import { PAGE_SIZE } from './campaign-csv.js';
import { runCampaignExport } from './run-campaign-export.js';
import { CampaignExport, ExportStatus } from './campaign-export.entity.js';

const PARTICIPANTS = 10_000;
let server: TestServer;
let teacherId = 0;
let strangerId = 0;
let campaignId = 0;

beforeAll(async () => {
  server = await createTestServer({ jobs: true });
  const port = await server.app.listen(0, '127.0.0.1');
  server.app.platform.config.publicApiUrl = `http://127.0.0.1:${port}`;
  const em = server.em();
  const school = buildOrganization(em, { name: 'Lycée des Tests', tags: ['LYCEE'] });
  const other = buildOrganization(em);
  const teacher = buildUser(em, { passwordHash: 'x' });
  const stranger = buildUser(em, { passwordHash: 'x' });
  buildMembership(em, teacher, school, MembershipRole.MEMBER);
  buildMembership(em, stranger, other, MembershipRole.ADMIN);
  const campaign = em.create(Campaign, { organization: school, code: 'EXPORT234', name: 'Collecte de fin d’année', type: CampaignType.PROFILES_COLLECTION, multipleSendings: false, isSos: false, autoShare: false, createdAt: new Date() });
  await em.flush();
  [teacherId, strangerId, campaignId] = [teacher.id, stranger.id, campaign.id];
  // 10 000 shared participations, written in SQL: the point is the export, not the arranging.
  await em.execute(
    `with u as (
       insert into users (first_name, last_name, username, password_hash, platform_roles, created_at)
       select 'Prénom' || g, 'Nom' || g, 'export.' || g, 'x', '[]', now() from generate_series(1, ?) g returning id)
     insert into campaign_participations (campaign_id, user_id, status, shared_at, total_pix, is_certifiable, certifiable_competences_count, shared_competences, is_improved, created_at)
     select ?, u.id, 'SHARED', now(), 40, true, 5, '{"1.1": {"level": 2, "pix": 16}}', false, now() from u`,
    [PARTICIPANTS, campaign.id],
  );
}, 120_000);
afterAll(() => server?.close());

describe('campaign export job', () => {
  it('exports 10 000 participants with progress, page by page, to a download link for members only', async () => {
    const started = await server.execute(`mutation($id: ID!) { startCampaignExport(campaignId: $id) { id status totalRows } }`, { id: String(campaignId) }, { userId: teacherId });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startCampaignExport.totalRows).toBe(PARTICIPANTS);
    const id = started.data!.startCampaignExport.id;
    let job;
    for (let i = 0; i < 600; i++) {
      job = (await server.execute(`query($id: ID!) { campaignExport(id: $id) { status progress rowCount downloadUrl } }`, { id }, { userId: teacherId })).data!.campaignExport;
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100, rowCount: PARTICIPANTS });

    const response = await fetch(job.downloadUrl);
    expect(response.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(PARTICIPANTS + 1);
    expect(lines[1].split(';').slice(4, 6)).toEqual(['Nom1', 'Prénom1']);

    expect((await server.execute(`query($id: ID!) { campaignExport(id: $id) { status } }`, { id }, { userId: strangerId })).errors![0].extensions!.code).toBe('FORBIDDEN');
  }, 120_000);

  it('reads the database once per page of rows, not once per row', async () => {
    const em = server.em();
    const job = em.create(CampaignExport, { campaign: campaignId, status: ExportStatus.QUEUED, progress: 0, rowCount: 0, totalRows: PARTICIPANTS, createdAt: new Date() });
    await em.flush();
    const { count } = await server.countStatements(() => runCampaignExport(server.em(), server.app.platform, job.id));
    const pages = Math.ceil(PARTICIPANTS / PAGE_SIZE);
    // Per page: read the rows, store the chunk, report progress; plus a few statements to start and finish.
    expect(count).toBeLessThanOrEqual(3 * (pages + 1) + 10);
    expect(count).toBeGreaterThanOrEqual(3 * pages);
  }, 120_000);
});
