import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type TestServer } from '../../../testing/test-server.js';
import { buildMembership, buildOrganization, buildProfileElements, buildStudent, buildUser } from '../../../testing/factories.js';
import { MembershipRole } from '../organization/membership.entity.js';
import { OrganizationType, type Organization } from '../organization/organization.entity.js';
import type { Student } from '../organization/student.entity.js';
import { expectedAnswer } from '../positioning/check-answer.js';
import { CAMPAIGN_CODE_PATTERN, generateCampaignCode } from './campaign-code.js';
import { Campaign, CampaignParticipation, CampaignType } from './campaign.entity.js';

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id code name type multipleSendings } }`;
const PREVIEW = `query($code: String!) { campaignByCode(code: $code) { code name type organizationName requiresStudentReconciliation } }`;
const JOIN = `mutation($code: String!, $identity: LearnerIdentityInput) { joinCampaign(code: $code, identity: $identity) {
  id status student { id firstName } assessment { id state nextChallenge { id } } } }`;
const SHARE = `mutation($id: ID!) { shareCampaignResults(participationId: $id) { id status sharedAt totalPix isCertifiable certifiableCompetencesCount masteryPercentage
  stage { index total title } competenceResults { competenceCode level pix masteryPercentage } } }`;
const PARTICIPANTS = `query($id: ID!, $first: Int, $after: String) { campaign(id: $id) { participations(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status progress masteryPercentage totalPix isCertifiable certifiableCompetencesCount
  participant { firstName lastName } student { division } stage { title } } } } } }`;

let server: TestServer;
let school: Organization;
let otherSchool: Organization;
const ids: Record<string, number> = {};
const students: Record<string, Student> = {};
let baseUrl = '';
const ref = () => testReferential();

beforeAll(async () => {
  server = await createTestServer();
  const port = await server.app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${port}`;
  server.app.platform.config.publicApiUrl = baseUrl;
  const em = server.em();
  const u = (firstName: string, lastName: string, extra = {}) => buildUser(em, { firstName, lastName, passwordHash: 'x', ...extra });
  school = buildOrganization(em, { name: 'Collège Jean Ferrat', type: OrganizationType.SCO, tags: ['COLLEGE'] });
  otherSchool = buildOrganization(em, { name: 'Collège Voisin', tags: ['COLLEGE'] });
  const teacher = u('Paul', 'Prof');
  const stranger = u('Alice', 'Ailleurs');
  buildMembership(em, teacher, school, MembershipRole.MEMBER);
  buildMembership(em, stranger, otherSchool, MembershipRole.ADMIN);
  const learner = u('Killian', 'Latour');
  const holder = u('Inès', 'Durand', { email: 'ines.durand@exemple.test' });
  const newcomer = u('Zoé', 'Nouvelle');
  buildProfileElements(em, ref(), learner, { '1.1': 2, '1.2': 1, '2.1': 1, '3.1': 1, '4.1': 1 });
  students.killian = buildStudent(em, school, { firstName: 'Killian', middleName: 'Jean', lastName: 'LATOUR', preferredLastName: 'Latour-Dupuis', birthdate: '2011-05-20', division: '3e1' });
  students.ines = buildStudent(em, school, { firstName: 'Inès', lastName: 'Durand', birthdate: '2011-02-01', division: '3e2', user: holder });
  students.twin1 = buildStudent(em, school, { firstName: 'Léo', lastName: 'Martin', birthdate: '2011-09-09', division: '3e1' });
  students.twin2 = buildStudent(em, school, { firstName: 'Leo', lastName: 'Martin', birthdate: '2011-09-09', division: '3e2' });
  await em.flush();
  Object.assign(ids, { teacher: teacher.id, stranger: stranger.id, learner: learner.id, holder: holder.id, newcomer: newcomer.id });
});
afterAll(() => server?.close());

async function create(input: Record<string, unknown>, userId = ids.teacher) {
  return server.execute(CREATE, { input: { organizationId: String(school.id), ...input } }, { userId });
}

describe('creating a campaign', () => {
  it('gives it a fresh code of 6 letters without I, L, O and 3 digits from 2 to 9', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await create({ name: `Collecte ${i}`, type: 'PROFILES_COLLECTION' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createCampaign.code).toMatch(CAMPAIGN_CODE_PATTERN);
      codes.add(res.data!.createCampaign.code);
    }
    expect(codes.size).toBe(5);
  });

  it('asks a target profile for an assessment, and refuses a non-member', async () => {
    expect((await create({ name: 'Parcours', type: 'ASSESSMENT' })).errors![0].extensions!.code).toBe('TARGET_PROFILE_REQUIRED');
    expect((await create({ name: 'Parcours', type: 'ASSESSMENT', targetProfileId: 'nope' })).errors![0].extensions!.code).toBe('TARGET_PROFILE_NOT_FOUND');
    expect((await create({ name: ' ', type: 'PROFILES_COLLECTION' })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await create({ name: 'Intrus', type: 'PROFILES_COLLECTION' }, ids.stranger)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lists the collège catalogue of target profiles to its members', async () => {
    const res = await server.execute(`query($id: ID!) { organization(id: $id) { targetProfiles { id name skillsCount } } }`, { id: String(school.id) }, { userId: ids.teacher });
    const names = res.data!.organization.targetProfiles.map((t: { name: string }) => t.name);
    expect(names).toContain('[CLG] Socle commun - Global');
    expect(names).toContain('Compétence 1.1 – Mener une recherche et une veille d\'information');
    expect(names).not.toContain('[LGT] EMI - Lycée');
  });
});

describe('joining a school campaign', () => {
  let code = '';
  beforeAll(async () => {
    code = (await create({ name: 'Collecte 3e', type: 'PROFILES_COLLECTION', multipleSendings: true })).data!.createCampaign.code;
  });

  it('shows a public preview that asks for reconciliation', async () => {
    const res = await server.execute(PREVIEW, { code: code.toLowerCase() });
    expect(res.data!.campaignByCode).toMatchObject({ code, organizationName: 'Collège Jean Ferrat', requiresStudentReconciliation: true, type: 'PROFILES_COLLECTION' });
  });

  it('asks for the identity, then distinguishes no match from two matches', async () => {
    expect((await server.execute(JOIN, { code }, { userId: ids.newcomer })).errors![0].extensions!.code).toBe('IDENTITY_REQUIRED');
    const none = await server.execute(JOIN, { code, identity: { firstName: 'Zoé', lastName: 'Nouvelle', birthdate: '2011-01-01' } }, { userId: ids.newcomer });
    expect(none.errors![0].extensions!.code).toBe('STUDENT_NOT_FOUND');
    const two = await server.execute(JOIN, { code, identity: { firstName: 'leo', lastName: 'MARTIN', birthdate: '2011-09-09' } }, { userId: ids.newcomer });
    expect(two.errors![0].extensions!.code).toBe('STUDENT_AMBIGUOUS');
    expect(await server.em().count(CampaignParticipation, { user: ids.newcomer })).toBe(0);
  });

  it('says which kind of account already holds a student', async () => {
    const res = await server.execute(JOIN, { code, identity: { firstName: 'Ines', lastName: 'durand', birthdate: '2011-02-01' } }, { userId: ids.newcomer });
    expect(res.errors![0].extensions).toMatchObject({ code: 'STUDENT_ALREADY_LINKED', accountKind: 'EMAIL', hint: 'in***@exemple.test' });
  });

  it('reconciles despite accents, case, hyphens, a second first name or the usage name, and joins once', async () => {
    const identity = { firstName: 'jean', lastName: 'latour dupuis', birthdate: '2011-05-20' };
    const first = await server.execute(JOIN, { code, identity }, { userId: ids.learner });
    expect(first.errors).toBeUndefined();
    expect(first.data!.joinCampaign).toMatchObject({ status: 'TO_SHARE', student: { id: String(students.killian.id), firstName: 'Killian' } });
    const again = await server.execute(JOIN, { code }, { userId: ids.learner });
    expect(again.data!.joinCampaign.id).toBe(first.data!.joinCampaign.id);
  });

  it('sends the profile, shows it to the teacher, and lets the learner send again', async () => {
    const participation = (await server.execute(JOIN, { code }, { userId: ids.learner })).data!.joinCampaign;
    const shared = await server.execute(SHARE, { id: participation.id }, { userId: ids.learner });
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareCampaignResults).toMatchObject({ status: 'SHARED', totalPix: 48, isCertifiable: true, certifiableCompetencesCount: 5 });
    expect((await server.execute(SHARE, { id: participation.id }, { userId: ids.learner })).errors![0].extensions).toMatchObject({ code: 'PARTICIPATION_NOT_SHAREABLE', reason: 'ALREADY_SHARED' });

    const campaignId = (await server.em().findOneOrFail(CampaignParticipation, { id: Number(participation.id) })).campaign.id;
    const seen = await server.execute(PARTICIPANTS, { id: String(campaignId) }, { userId: ids.teacher });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.campaign.participations.edges[0].node).toMatchObject({ status: 'SHARED', isCertifiable: true, certifiableCompetencesCount: 5, participant: { firstName: 'Killian' }, student: { division: '3e1' } });
    expect((await server.execute(PARTICIPANTS, { id: String(campaignId) }, { userId: ids.stranger })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const resend = await server.execute(JOIN, { code }, { userId: ids.learner });
    expect(resend.data!.joinCampaign).toMatchObject({ status: 'TO_SHARE' });
    expect(resend.data!.joinCampaign.id).not.toBe(participation.id);
  });

  it('refuses to join an archived campaign', async () => {
    const archived = (await create({ name: 'Ancienne', type: 'PROFILES_COLLECTION' })).data!.createCampaign;
    expect((await server.execute(`mutation($id: ID!) { archiveCampaign(campaignId: $id) { archivedAt } }`, { id: archived.id }, { userId: ids.teacher })).errors).toBeUndefined();
    expect((await server.execute(JOIN, { code: archived.code }, { userId: ids.learner })).errors![0].extensions!.code).toBe('CAMPAIGN_ARCHIVED');
  });
});

describe('an assessment campaign', () => {
  it('asks only the target profile’s skills, then shares mastery, stage and collective results', async () => {
    const tp = ref().targetProfileById.get('tp-competence-4-3')!;
    const campaign = (await create({ name: 'Santé et numérique', type: 'ASSESSMENT', targetProfileId: tp.id })).data!.createCampaign;
    const joined = await server.execute(JOIN, { code: campaign.code }, { userId: ids.learner });
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.joinCampaign.status).toBe('STARTED');
    const assessmentId = joined.data!.joinCampaign.assessment.id;
    for (let n = 0; n < 40; n++) {
      const a = (await server.execute(`query($id: ID!) { assessment(id: $id) { state nextChallenge { id } } }`, { id: assessmentId }, { userId: ids.learner })).data!.assessment;
      if (!a.nextChallenge) break;
      const loaded = ref().challengeById.get(a.nextChallenge.id)!;
      expect(tp.skillIds.has(loaded.skill.id)).toBe(true);
      const value = loaded.skill.difficulty <= 3 ? expectedAnswer(loaded.challenge) : [];
      const res = await server.execute(`mutation($input: AnswerInput!) { submitAnswer(input: $input) { status } }`, { input: { assessmentId, challengeId: a.nextChallenge.id, value, clientAnswerId: `camp-${n}` } }, { userId: ids.learner });
      expect(res.errors).toBeUndefined();
    }
    const participationId = joined.data!.joinCampaign.id;
    const shared = (await server.execute(SHARE, { id: participationId }, { userId: ids.learner })).data!.shareCampaignResults;
    expect(shared.masteryPercentage).toBe(50);
    expect(shared.stage).toMatchObject({ index: 1, total: 4, title: 'En progrès' });
    expect(shared.competenceResults.find((c: { competenceCode: string }) => c.competenceCode === '4.3')).toMatchObject({ level: 3, masteryPercentage: 50 });

    const collective = await server.execute(`query($id: ID!) { campaign(id: $id) { collectiveResults { competenceCode averageMasteryPercentage } topicsToReinforce { tubeId averageMasteryPercentage } } }`, { id: campaign.id }, { userId: ids.teacher });
    expect(collective.data!.campaign.collectiveResults).toEqual([{ competenceCode: '4.3', averageMasteryPercentage: 50 }]);
    expect(collective.data!.campaign.topicsToReinforce).toHaveLength(3);
  });
});

describe('following participants', () => {
  // Every field a participant row exposes, nested objects included.
  const EVERY_FIELD = `query($id: ID!, $first: Int, $after: String) { campaign(id: $id) { participations(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status sharedAt createdAt progress masteryPercentage totalPix isCertifiable
    certifiableCompetencesCount stage { index total title } competenceResults { competenceCode level pix masteryPercentage } assessment { id }
    campaign { id name } participant { id firstName lastName email username birthdate } student { id nationalId firstName lastName division } } } } } }`;
  type Page = { campaign: { participations: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };

  /** An assessment campaign of `count` pupils with their accounts, half still on the test (progress is computed), half shared. */
  async function campaignOf(count: number): Promise<string> {
    const em = server.em();
    const campaign = em.create(Campaign, {
      organization: school, code: generateCampaignCode(), name: `Parcours de ${count}`, type: CampaignType.ASSESSMENT, targetProfileId: 'tp-competence-4-3',
      multipleSendings: false, isSos: false, autoShare: false, createdAt: new Date(),
    });
    await em.flush();
    // One set-based statement: users, their pupils and their participations.
    await em.getConnection().execute(
      `with u as (
         insert into users (first_name, last_name, email, password_hash, birthdate)
         select 'Masse', 'Participant ' || n, 'masse-' || ?::int || '-' || n || '@exemple.test', 'x', date '2011-01-01' from generate_series(1, ?::int) n
         returning id
       ), s as (
         insert into students (organization_id, user_id, national_id, first_name, last_name, birthdate, division)
         select ?::int, u.id, 'M' || lpad(u.id::text, 10, '0'), 'Masse', 'Participant', date '2011-01-01', '3e9' from u
         returning id, user_id
       )
       insert into campaign_participations (campaign_id, user_id, student_id, status, shared_at, mastery_percentage, total_pix, is_certifiable,
         certifiable_competences_count, shared_competences, stage_index)
       select ?::int, s.user_id, s.id, shared.status::participation_status, shared.at, shared.mastery, shared.pix, shared.pix is not null,
         case when shared.pix is null then null else 1 end, shared.competences, case when shared.pix is null then null else 1 end
         from s cross join lateral (
           select case when s.id % 2 = 0 then 'SHARED' else 'STARTED' end as status,
                  case when s.id % 2 = 0 then now() end as at,
                  case when s.id % 2 = 0 then 50 end as mastery,
                  case when s.id % 2 = 0 then s.id % 64 end as pix,
                  case when s.id % 2 = 0 then '{"4.3": {"level": 2, "pix": 16, "mastery": 50}}'::jsonb end as competences
         ) shared`,
      [campaign.id, count, school.id, campaign.id],
    );
    return String(campaign.id);
  }

  it('pages through 3 000 participants with as many statements per page as for 30', async () => {
    const [small, big] = [await campaignOf(30), await campaignOf(3000)];
    const page = async (id: string, first: number, after: string | null = null) => {
      let data: Page | undefined;
      const { count } = await server.countStatements(async () => {
        const res = await server.execute<Page>(EVERY_FIELD, { id, first, after }, { userId: ids.teacher });
        expect(res.errors).toBeUndefined();
        data = res.data!;
      });
      return { count, participations: data!.campaign.participations };
    };

    const reference = await page(small, 30);
    expect(reference.participations.edges).toHaveLength(30);
    expect(reference.count).toBeGreaterThan(0);
    expect((await page(big, 30)).count).toBe(reference.count);

    // The largest pages allowed, down to the last one.
    let after: string | null = null;
    let seen = 0;
    const counts: number[] = [];
    do {
      const { count, participations } = await page(big, 500, after);
      expect(participations.totalCount).toBe(3000);
      counts.push(count);
      seen += participations.edges.length;
      after = participations.pageInfo.hasNextPage ? participations.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toBe(3000);
    expect(counts).toEqual(Array(6).fill(reference.count));
  });
});

describe('CSV export', () => {
  it('follows the format: “;”, UTF-8 BOM, one row per participant, level and pix for the 16 competences', async () => {
    const code = (await create({ name: 'Collecte CSV', type: 'PROFILES_COLLECTION' })).data!.createCampaign;
    const participation = (await server.execute(JOIN, { code: code.code }, { userId: ids.learner })).data!.joinCampaign;
    await server.execute(SHARE, { id: participation.id }, { userId: ids.learner });
    const url = (await server.execute(`query($id: ID!) { campaign(id: $id) { csvExportUrl } }`, { id: code.id }, { userId: ids.teacher })).data!.campaign.csvExportUrl;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1), { delimiter: ';' });
    expect(rows).toHaveLength(2);
    const [header, row] = rows;
    const profile = (await server.execute(`{ me { profile { totalPix certifiableCompetencesCount } } }`, {}, { userId: ids.learner })).data!.me.profile;
    expect(header.slice(0, 12)).toEqual(["Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Nom du participant', 'Prénom du participant', 'Classe', 'Envoi (O/N)', "Date de l'envoi", 'Nombre de pix total', 'Certifiable (O/N)', 'Nombre de compétences certifiables']);
    expect(header).toHaveLength(12 + 32);
    expect(row.slice(0, 12)).toEqual(['Collège Jean Ferrat', String(code.id), code.code, 'Collecte CSV', 'LATOUR', 'Killian', '3e1', 'O', expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/), String(profile.totalPix), 'O', String(profile.certifiableCompetencesCount)]);
    expect(row[12]).toBe('2'); // level 1.1
    expect(row[13]).toBe('16'); // pix 1.1

    expect((await fetch(url.replace(/token=.*/, 'token=forged'))).status).toBe(403);
    const strangerUrl = (await server.execute(`query($id: ID!) { campaign(id: $id) { csvExportUrl } }`, { id: code.id }, { userId: ids.stranger }));
    expect(strangerUrl.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('SOS campaign', () => {
  it('is created once per school, as a profile collection with multiple sendings', async () => {
    const sos = `mutation($id: ID!) { createSosCampaign(organizationId: $id) { id code name type multipleSendings isSos } }`;
    const [a, b] = await Promise.all([server.execute(sos, { id: String(school.id) }, { userId: ids.teacher }), server.execute(sos, { id: String(school.id) }, { userId: ids.teacher })]);
    expect(a.errors).toBeUndefined();
    expect(a.data!.createSosCampaign).toMatchObject({ name: 'SOS élève non certifiable', type: 'PROFILES_COLLECTION', multipleSendings: true, isSos: true });
    expect(b.data!.createSosCampaign.id).toBe(a.data!.createSosCampaign.id);
  });
});
