import { parse } from 'csv-parse/sync';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type TestServer } from '../../../testing/test-server.js';
import { buildCertificationCenter, buildCertificationCenterMembership, buildMembership, buildOrganization, buildProfileElements, buildStudent, buildUser } from '../../../testing/factories.js';
import { MembershipRole } from '../organization/membership.entity.js';
import { expectedAnswer } from '../positioning/check-answer.js';
import { CertificationChallenge } from './certification-session.entity.js';
import { VERIFICATION_CODE_PATTERN } from './verification-code.js';

const levels = { '1.1': 3, '1.2': 2, '2.1': 2, '3.1': 1, '4.1': 4 };
let server: TestServer;
let base = '';
const ids: Record<string, number> = {};
const ref = () => testReferential();

interface Pupil { userId: number; studentId: number; first: string; last: string; birthdate: string }
const pupils: Record<string, Pupil> = {};

beforeAll(async () => {
  server = await createTestServer();
  base = `http://127.0.0.1:${await server.app.listen(0, '127.0.0.1')}`;
  server.app.platform.config.publicApiUrl = base;
  const em = server.em();
  const school = buildOrganization(em, { name: 'Collège Jean Ferrat', tags: ['COLLEGE'] });
  const centre = buildCertificationCenter(em, { organization: school });
  const head = buildUser(em, { passwordHash: 'x' });
  const jury = buildUser(em, { passwordHash: 'x', firstName: 'Julie', lastName: 'Jury', platformRoles: ['JURY'] });
  buildMembership(em, head, school, MembershipRole.ADMIN);
  buildCertificationCenterMembership(em, head, centre);
  for (const [key, first, last, birthdate] of [['ana', 'Ana', 'Bellec', '2011-01-10'], ['ben', 'Ben', 'Caron', '2011-02-11'], ['chloe', 'Chloé', 'Dufour', '2011-03-12'], ['dan', 'Dan', 'Eymard', '2011-04-13']] as const) {
    const user = buildUser(em, { firstName: first, lastName: last, passwordHash: 'x' });
    buildProfileElements(em, ref(), user, levels);
    const student = buildStudent(em, school, { firstName: first, lastName: last, birthdate, division: '3e1', user });
    await em.flush();
    pupils[key] = { userId: user.id, studentId: student.id, first, last, birthdate };
  }
  await em.flush();
  Object.assign(ids, { head: head.id, jury: jury.id, centre: centre.id, school: school.id });
});
afterAll(() => server?.close());

/** A session where each pupil answers per `plan`: 'all-right', 'two-wrong-per-competence', or a number of answers then stop. */
async function runSession(plan: Record<string, 'all-right' | 'one-wrong-per-competence' | number>) {
  const created = (await server.execute(`mutation($i: CreateSessionInput!) { createCertificationSession(input: $i) { id accessCode invigilatorPassword } }`,
    { i: { certificationCenterId: String(ids.centre), address: 'Bât. A', room: 'S1', examiner: 'M. Bernard', date: new Date().toISOString().slice(0, 10), time: '08:00' } }, { userId: ids.head })).data!.createCertificationSession;
  const keys = Object.keys(plan);
  const enrolled = (await server.execute(`mutation($s: ID!, $ids: [ID!]!) { enrolCandidates(sessionId: $s, studentIds: $ids) { id firstName } }`,
    { s: created.id, ids: keys.map((k) => String(pupils[k].studentId)) }, { userId: ids.head })).data!.enrolCandidates;
  const invigilator = (await server.execute(`mutation($s: ID!, $p: String!) { signInInvigilator(sessionId: $s, password: $p) { token } }`, { s: created.id, p: created.invigilatorPassword })).data!.signInInvigilator.token;
  const candidates: Record<string, string> = {};
  for (const key of keys) {
    const p = pupils[key];
    candidates[key] = enrolled.find((c: { firstName: string }) => c.firstName === p.first).id;
    await server.execute(`mutation($s: ID!, $f: String!, $l: String!, $b: Date!) { joinCertificationSession(sessionId: $s, firstName: $f, lastName: $l, birthdate: $b) { id } }`, { s: created.id, f: p.first, l: p.last, b: p.birthdate }, { userId: p.userId });
    await server.execute(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { id } }`, { c: candidates[key] }, { token: invigilator });
    const a = (await server.execute(`mutation($s: ID!, $c: String!) { startCertification(sessionId: $s, accessCode: $c) { id } }`, { s: created.id, c: created.accessCode }, { userId: p.userId })).data!.startCertification.id;
    const token = (await server.execute(`mutation($a: ID!) { enterCertification(assessmentId: $a) }`, { a }, { userId: p.userId })).data!.enterCertification;
    const list = await server.em().find(CertificationChallenge, { assessmentId: a }, { orderBy: { position: 'asc' } });
    const limit = typeof plan[key] === 'number' ? (plan[key] as number) : list.length;
    for (const [i, c] of list.slice(0, limit).entries()) {
      const right = plan[key] === 'all-right' || typeof plan[key] === 'number' || i % 3 !== 0;
      const value = right ? expectedAnswer(ref().challengeById.get(c.challengeId)!.challenge) : [];
      const res = await server.execute(`mutation($input: AnswerInput!) { submitAnswer(input: $input) { status } }`, { input: { assessmentId: a, challengeId: c.challengeId, value, clientAnswerId: `q${i}`, entryToken: token } }, { userId: p.userId });
      expect(res.errors).toBeUndefined();
    }
  }
  return { sessionId: created.id as string, candidates, accessCode: created.accessCode as string };
}

const FINALIZE = `mutation($input: FinalizeSessionInput!) { finalizeCertificationSession(input: $input) { id status } }`;
const RESULTS = `query($s: ID!) { certificationSession(id: $s) { status results { candidate { firstName } status pixScore reproducibilityRate juryDecision competences { competence { code } level }
  explanation { rate status competences { competenceCode decision explanation } } } auditLog { action actorName reason } } }`;

describe('finalisation, automatic jury and publication', () => {
  it('refuses an unfinished test without abort reason, then neutralises or counts wrong per reason, and publishes', async () => {
    const { sessionId, candidates } = await runSession({ ana: 'all-right', ben: 'one-wrong-per-competence', chloe: 6, dan: 6 });
    const reports = (extra: Record<string, object> = {}) => Object.entries(candidates).map(([k, id]) => ({ candidateId: id, hasSeenEndTestScreen: k === 'ana' || k === 'ben', ...(extra[k] ?? {}) }));
    const missing = await server.execute(FINALIZE, { input: { sessionId, reports: reports() } }, { userId: ids.head });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'ABORT_REASON_REQUIRED', candidates: ['Chloé Dufour', 'Dan Eymard'] });

    const done = await server.execute(FINALIZE, { input: { sessionId, reports: reports({ chloe: { abortReason: 'TECHNICAL' }, dan: { abortReason: 'CANDIDATE' } }) } }, { userId: ids.head });
    expect(done.errors).toBeUndefined();
    expect(done.data!.finalizeCertificationSession.status).toBe('PROCESSED');
    expect((await server.execute(FINALIZE, { input: { sessionId, reports: reports() } }, { userId: ids.head })).errors![0].extensions!.code).toBe('SESSION_ALREADY_FINALIZED');

    const session = (await server.execute(RESULTS, { s: sessionId }, { userId: ids.jury })).data!.certificationSession;
    const byName = Object.fromEntries(session.results.map((r: { candidate: { firstName: string } }) => [r.candidate.firstName, r]));
    expect(byName.Ana).toMatchObject({ status: 'VALIDATED', reproducibilityRate: 100 });
    expect(byName.Ana.pixScore).toBe(3 * 8 + 2 * 8 + 2 * 8 + 8 + 4 * 8);
    expect(byName.Ben).toMatchObject({ status: 'VALIDATED', reproducibilityRate: 67 });
    expect(byName.Ben.explanation.competences[0].explanation).toMatch(/3 épreuves, 2 réussies/);
    // Technical abort: the 9 unanswered challenges are neutralised, leaving 6 of 15 (40 %): cancelled.
    expect(byName['Chloé'].status).toBe('CANCELLED');
    // Candidate abort: unanswered challenges count wrong: 6 right of 15 = 40 %: rejected.
    expect(byName.Dan).toMatchObject({ status: 'REJECTED', pixScore: 0, reproducibilityRate: 40 });
    expect(session.auditLog.map((e: { action: string }) => e.action)).toEqual(['AUTOMATIC_JURY', 'PUBLISH']);
  });

  it('gives validated candidates a certificate with a unique P- code that anyone can verify, and attestations', async () => {
    const me = (await server.execute(`{ me { certificates { id verificationCode pixScore validUntil attestationUrl competences { competence { code } level } } } }`, {}, { userId: pupils.ana.userId })).data!.me.certificates;
    expect(me).toHaveLength(1);
    expect(me[0].verificationCode).toMatch(VERIFICATION_CODE_PATTERN);
    expect(new Set(me[0].verificationCode.slice(2)).size).toBe(8);
    const verified = await server.execute(`query($c: String!) { verifyCertificate(code: $c) { firstName lastName birthdate pixScore isValid competences { competence { code } level } } }`, { c: me[0].verificationCode.toLowerCase() });
    expect(verified.data!.verifyCertificate).toMatchObject({ firstName: 'Ana', lastName: 'Bellec', birthdate: '2011-01-10', pixScore: me[0].pixScore, isValid: true });
    expect((await server.execute(`{ verifyCertificate(code: "P-23456789") { firstName } }`)).data!.verifyCertificate).toBeNull();
    const pdf = await fetch(me[0].attestationUrl);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()))).getPageCount()).toBe(1);

    const org = (await server.execute(`query($id: ID!) { organization(id: $id) { certificationResults(division: "3e1") { candidate { firstName } status pixScore } certificationResultsCsvUrl(division: "3e1") certificationAttestationsUrl(division: "3e1") } }`, { id: String(ids.school) }, { userId: ids.head })).data!.organization;
    expect(org.certificationResults).toHaveLength(4);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(org.certificationResultsCsvUrl)).arrayBuffer());
    const rows: string[][] = parse(csv.slice(1), { delimiter: ';' });
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveLength(9 + 16);
    expect(rows.find((r) => r[1] === 'Ana')!.slice(9, 14)).toEqual(['3', '2', '0', '2', '0']);
    const classPdf = await fetch(org.certificationAttestationsUrl);
    expect((await PDFDocument.load(new Uint8Array(await classPdf.arrayBuffer()))).getPageCount()).toBe(2);
  });
});

describe('the human jury', () => {
  it('takes sessions with a comment, neutralises, rejects for fraud, publishes and unpublishes, all audit-logged', async () => {
    const { sessionId, candidates } = await runSession({ ana: 'one-wrong-per-competence', ben: 'all-right' });
    const reports = Object.entries(candidates).map(([, id]) => ({ candidateId: id, hasSeenEndTestScreen: true }));
    const done = await server.execute(FINALIZE, { input: { sessionId, examinerGlobalComment: 'Coupure réseau de 5 minutes à 9 h 10.', reports } }, { userId: ids.head });
    expect(done.data!.finalizeCertificationSession.status).toBe('IN_PROCESS');
    expect((await server.execute(`{ sessionsToProcess { id } }`, {}, { userId: ids.jury })).data!.sessionsToProcess.map((s: { id: string }) => s.id)).toContain(sessionId);
    expect((await server.execute(`{ sessionsToProcess { id } }`, {}, { userId: ids.head })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const neutralize = `mutation($c: ID!, $q: Int!, $n: Boolean!, $r: String!) { neutralizeChallenge(candidateId: $c, questionNumber: $q, neutralized: $n, reason: $r) { reproducibilityRate } }`;
    expect((await server.execute(neutralize, { c: candidates.ana, q: 1, n: true, r: '' }, { userId: ids.jury })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const after = await server.execute(neutralize, { c: candidates.ana, q: 1, n: true, r: 'Coupure réseau pendant la question' }, { userId: ids.jury });
    expect(after.data!.neutralizeChallenge.reproducibilityRate).toBeGreaterThan(67);
    const fraud = await server.execute(`mutation($c: ID!, $r: String!) { setCertificationJuryDecision(candidateId: $c, decision: "REJECTED_FOR_FRAUD", reason: $r) { status pixScore juryDecision } }`, { c: candidates.ben, r: 'Téléphone utilisé' }, { userId: ids.jury });
    expect(fraud.data!.setCertificationJuryDecision).toEqual({ status: 'REJECTED', pixScore: 0, juryDecision: 'REJECTED_FOR_FRAUD' });

    await server.execute(`mutation($s: ID!) { publishCertificationSession(sessionId: $s) { status } }`, { s: sessionId }, { userId: ids.jury });
    const benCerts = async () => (await server.execute(`{ me { certificates { id sessionId: id } } }`, {}, { userId: pupils.ben.userId })).data!.me.certificates.length;
    const anaCerts = async () => (await server.execute(`{ me { certificates { verificationCode } } }`, {}, { userId: pupils.ana.userId })).data!.me.certificates;
    expect((await anaCerts()).length).toBe(2);
    const code = (await anaCerts())[0].verificationCode;
    await server.execute(`mutation($s: ID!) { unpublishCertificationSession(sessionId: $s, reason: "Erreur de saisie") { status } }`, { s: sessionId }, { userId: ids.jury });
    expect((await anaCerts()).length).toBe(1);
    expect((await server.execute(`query($c: String!) { verifyCertificate(code: $c) { firstName } }`, { c: code })).data!.verifyCertificate).toBeNull();
    expect(await benCerts()).toBe(1);

    const log = (await server.execute(RESULTS, { s: sessionId }, { userId: ids.jury })).data!.certificationSession.auditLog;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['AUTOMATIC_JURY', 'NEUTRALIZE_CHALLENGE', 'REJECTED_FOR_FRAUD', 'PUBLISH', 'UNPUBLISH']);
    expect(log[1]).toMatchObject({ actorName: 'Julie Jury', reason: 'Coupure réseau pendant la question' });
  });

  it('closes a finalised session to candidates', async () => {
    const { sessionId } = await runSession({ ana: 'all-right' });
    const reports = [{ candidateId: (await server.em().execute('select id from certification_candidates where session_id = ?', [sessionId]))[0].id, hasSeenEndTestScreen: true }];
    await server.execute(FINALIZE, { input: { sessionId, reports } }, { userId: ids.head });
    const join = await server.execute(`mutation($s: ID!) { joinCertificationSession(sessionId: $s, firstName: "Ana", lastName: "Bellec", birthdate: "2011-01-10") { id } }`, { s: sessionId }, { userId: pupils.ana.userId });
    expect(join.errors![0].extensions!.code).toBe('SESSION_FINALIZED');
  });
});
