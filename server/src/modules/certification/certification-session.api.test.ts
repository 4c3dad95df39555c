import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, testReferential, type OperationResult, type TestServer } from '../../../testing/test-server.js';
import { buildCertificationCenter, buildCertificationCenterMembership, buildMembership, buildOrganization, buildProfileElements, buildStudent, buildUser } from '../../../testing/factories.js';
import { MembershipRole } from '../organization/membership.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Answer } from '../positioning/assessment.entity.js';
import { expectedAnswer } from '../positioning/check-answer.js';
import { ACCESS_CODE_PATTERN } from './session-codes.js';

const CREATE = `mutation($input: CreateSessionInput!) { createCertificationSession(input: $input) { id accessCode invigilatorPassword status } }`;
const ENROL = `mutation($s: ID!, $ids: [ID!]!, $extra: [Int!]) { enrolCandidates(sessionId: $s, studentIds: $ids, extraTimePercentages: $extra) { id firstName extraTimePercentage } }`;
const JOIN = `mutation($s: ID!, $f: String!, $l: String!, $b: Date!) { joinCertificationSession(sessionId: $s, firstName: $f, lastName: $l, birthdate: $b) { id authorizedToStart } }`;
const INVIGILATOR = `mutation($s: ID!, $p: String!) { signInInvigilator(sessionId: $s, password: $p) { token user { id } } }`;
const START = `mutation($s: ID!, $c: String!) { startCertification(sessionId: $s, accessCode: $c) { id type state } }`;
const ENTER = `mutation($a: ID!) { enterCertification(assessmentId: $a) }`;
const NEXT = `query($a: ID!) { assessment(id: $a) { state answeredCount nextChallenge { id } } }`;
const SUBMIT = `mutation($input: AnswerInput!) { submitAnswer(input: $input) { status assessment { answeredCount state } } }`;
const LIVE = `query($s: ID!) { certificationSession(id: $s) { candidates { id firstName liveStatus answeredCount challengeCount timeLeftSeconds authorizedToStart } } }`;

let server: TestServer;
let base = '';
const ids: Record<string, number> = {};
const students: Record<string, number> = {};
const ref = () => testReferential();
const levels = { '1.1': 3, '1.2': 2, '2.1': 2, '3.1': 1, '4.1': 4, '5.1': 1 };

beforeAll(async () => {
  server = await createTestServer();
  base = `http://127.0.0.1:${await server.app.listen(0, '127.0.0.1')}`;
  server.app.platform.config.publicApiUrl = base;
  const em = server.em();
  const school = buildOrganization(em, { name: 'Collège Jean Ferrat', tags: ['COLLEGE'] });
  const centre = buildCertificationCenter(em, { organization: school });
  const otherCentre = buildCertificationCenter(em, { name: 'Autre centre' });
  const head = buildUser(em, { passwordHash: 'x' });
  const outsider = buildUser(em, { passwordHash: 'x' });
  buildMembership(em, head, school, MembershipRole.ADMIN);
  buildCertificationCenterMembership(em, head, centre);
  buildCertificationCenterMembership(em, outsider, otherCentre);
  const pupil = (first: string, last: string, birthdate: string, certifiable: boolean) => {
    const user = buildUser(em, { firstName: first, lastName: last, passwordHash: 'x' });
    buildProfileElements(em, ref(), user, certifiable ? levels : { '1.1': 1 });
    return { user, student: buildStudent(em, school, { firstName: first, lastName: last, birthdate, division: '3e1', user }) };
  };
  const killian = pupil('Killian', 'Latour', '2011-05-20', true);
  const ines = pupil('Inès', 'Dupré-Lefèvre', '2011-02-01', true);
  const mary = pupil('Mary', 'Jackson', '2011-03-03', false);
  const stranger = buildStudent(em, buildOrganization(em), { firstName: 'Autre', lastName: 'Élève' });
  await em.flush();
  Object.assign(ids, { head: head.id, outsider: outsider.id, centre: centre.id, otherCentre: otherCentre.id, killian: killian.user.id, ines: ines.user.id, mary: mary.user.id });
  Object.assign(students, { killian: killian.student.id, ines: ines.student.id, mary: mary.student.id, stranger: stranger.id });
});
afterAll(() => server?.close());

const newSession = async (centre = ids.centre, userId = ids.head) =>
  server.execute(CREATE, { input: { certificationCenterId: String(centre), address: 'Bâtiment A', room: 'Salle 12', examiner: 'M. Bernard', date: new Date().toISOString().slice(0, 10), time: '08:30' } }, { userId });

describe('sessions and candidates', () => {
  it('creates a session with its access code and invigilator password, for the centre’s members only', async () => {
    const res = await newSession();
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCertificationSession.accessCode).toMatch(ACCESS_CODE_PATTERN);
    expect(res.data!.createCertificationSession.invigilatorPassword).toMatch(/^[BCDFGHJKMPQRTVWXY2346789]{5}$/);
    expect((await newSession(ids.centre, ids.outsider)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await server.execute(CREATE, { input: { certificationCenterId: String(ids.centre), address: '', room: 'S', examiner: 'X', date: '2026-02-28', time: '25:00' } }, { userId: ids.head });
    expect((bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['address', 'time']);
  });

  it('enrols the school’s pupils once each, with their extra time, and refuses others', async () => {
    const session = (await newSession()).data!.createCertificationSession.id;
    const res = await server.execute(ENROL, { s: session, ids: [String(students.killian), String(students.ines)], extra: [0, 33] }, { userId: ids.head });
    expect(res.data!.enrolCandidates.map((c: { extraTimePercentage: number }) => c.extraTimePercentage)).toEqual([0, 33]);
    expect((await server.execute(ENROL, { s: session, ids: [String(students.killian)] }, { userId: ids.head })).errors![0].extensions!.code).toBe('CANDIDATE_ALREADY_ENROLLED');
    expect((await server.execute(ENROL, { s: session, ids: [String(students.stranger)] }, { userId: ids.head })).errors![0].extensions!.code).toBe('NOT_A_STUDENT_OF_CENTRE');
  });

  it('creates one session per class in one action, with its pupils', async () => {
    const res = await server.execute(
      `mutation($input: CreateSessionsPerClassInput!) { createCertificationSessionsPerClass(input: $input) { id room candidates { firstName } } }`,
      { input: { certificationCenterId: String(ids.centre), address: 'Bâtiment B', examiner: 'Mme Roux', enrolStudents: true, classes: [{ division: '3e1', room: 'B1', date: '2026-03-20', time: '09:00' }, { division: '3e9', room: 'B2', date: '2026-03-20', time: '14:00' }] } },
      { userId: ids.head },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCertificationSessionsPerClass.map((s: { room: string; candidates: unknown[] }) => [s.room, s.candidates.length])).toEqual([['B1', 3], ['B2', 0]]);
  });

  it('serves the documents as valid PDFs to the centre', async () => {
    const session = (await newSession()).data!.createCertificationSession.id;
    await server.execute(ENROL, { s: session, ids: [String(students.killian), String(students.ines)] }, { userId: ids.head });
    const urls = (await server.execute(`query($s: ID!) { certificationSession(id: $s) { attendanceSheetUrl invigilatorKitUrl invigilatorPackUrl } }`, { s: session }, { userId: ids.head })).data!.certificationSession;
    for (const url of Object.values(urls) as string[]) {
      const response = await fetch(url);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(0);
      if (existsSync('/usr/bin/pdftoppm')) {
        const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
        writeFileSync(join(dir, 'doc.pdf'), bytes);
        execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '1', join(dir, 'doc.pdf'), join(dir, 'page')]);
        expect(readdirSync(dir).some((f) => f.endsWith('.png'))).toBe(true);
      }
    }
    expect((await fetch(urls.attendanceSheetUrl.replace(/token=.*/, 'token=x'))).status).toBe(403);
  });
});

describe('the candidate’s test and the invigilator', () => {
  let session = '';
  let accessCode = '';
  let password = '';
  let invigilator = '';
  let candidates: Record<string, string> = {};

  beforeAll(async () => {
    const created = (await newSession()).data!.createCertificationSession;
    [session, accessCode, password] = [created.id, created.accessCode, created.invigilatorPassword];
    const enrolled = (await server.execute(ENROL, { s: session, ids: [String(students.killian), String(students.ines), String(students.mary)] }, { userId: ids.head })).data!.enrolCandidates;
    candidates = Object.fromEntries(enrolled.map((c: { id: string; firstName: string }) => [c.firstName, c.id]));
  });

  it('lets the invigilator in with the session number and password, for that session only', async () => {
    expect((await server.execute(INVIGILATOR, { s: session, p: 'WRONG' })).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    const res = await server.execute(INVIGILATOR, { s: session, p: password.toLowerCase() });
    expect(res.data!.signInInvigilator.user).toBeNull();
    invigilator = res.data!.signInInvigilator.token;
    const other = (await newSession()).data!.createCertificationSession.id;
    expect((await server.execute(LIVE, { s: other }, { token: invigilator })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const otherSessionCandidate = (await server.execute(ENROL, { s: other, ids: [String(students.killian)] }, { userId: ids.head })).data!.enrolCandidates[0].id;
    expect((await server.execute(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { id } }`, { c: otherSessionCandidate }, { token: invigilator })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('joins a candidate by identity, accent- and case-insensitive, only as their own pupil account', async () => {
    expect((await server.execute(JOIN, { s: session, f: 'Ines', l: 'dupre lefevre', b: '2011-02-01' }, { userId: ids.killian })).errors![0].extensions!.code).toBe('CANDIDATE_NOT_YOUR_STUDENT_RECORD');
    expect((await server.execute(JOIN, { s: session, f: 'Killian', l: 'Latour', b: '2011-05-21' }, { userId: ids.killian })).errors![0].extensions!.code).toBe('CANDIDATE_NOT_FOUND');
    const res = await server.execute(JOIN, { s: session, f: 'INES', l: 'Dupre-Lefevre', b: '2011-02-01' }, { userId: ids.ines });
    expect(res.data!.joinCertificationSession).toMatchObject({ authorizedToStart: false });
    await server.execute(JOIN, { s: session, f: 'killian', l: 'LATOUR', b: '2011-05-20' }, { userId: ids.killian });
    const live = (await server.execute(LIVE, { s: session }, { token: invigilator })).data!.certificationSession.candidates;
    expect(Object.fromEntries(live.map((c: { firstName: string; liveStatus: string }) => [c.firstName, c.liveStatus]))).toEqual({ Inès: 'WAITING', Killian: 'WAITING', Mary: 'NOT_JOINED' });
  });

  it('needs presence confirmed, then the access code; wrong codes lock out after 10 tries', async () => {
    expect((await server.execute(START, { s: session, c: accessCode }, { userId: ids.killian })).errors![0].extensions!.code).toBe('NOT_AUTHORIZED_TO_START');
    await server.execute(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { authorizedToStart } }`, { c: candidates.Inès }, { token: invigilator });
    for (let i = 0; i < 10; i++) expect((await server.execute(START, { s: session, c: 'BBBB22' }, { userId: ids.ines })).errors![0].extensions!.code).toBe('ACCESS_CODE_INVALID');
    const locked = await server.execute(START, { s: session, c: accessCode }, { userId: ids.ines });
    expect(locked.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    await server.em().execute('delete from rate_limits');
  });

  it('asks 3 challenges per certifiable competence, keeps answers idempotent, and needs the invigilator after a reload', async () => {
    await server.execute(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { authorizedToStart } }`, { c: candidates.Killian }, { token: invigilator });
    const started = await server.execute(START, { s: session, c: accessCode.toLowerCase() }, { userId: ids.killian });
    expect(started.data!.startCertification).toMatchObject({ type: 'CERTIFICATION', state: 'STARTED' });
    const a = started.data!.startCertification.id;
    const live = (await server.execute(LIVE, { s: session }, { token: invigilator })).data!.certificationSession.candidates.find((c: { firstName: string }) => c.firstName === 'Killian');
    expect(live).toMatchObject({ liveStatus: 'STARTED', challengeCount: 3 * Object.keys(levels).length, answeredCount: 0 });
    expect(live.timeLeftSeconds).toBeGreaterThan(104 * 60);

    const token = (await server.execute(ENTER, { a }, { userId: ids.killian })).data!.enterCertification;
    const q1 = (await server.execute(NEXT, { a }, { userId: ids.killian })).data!.assessment.nextChallenge.id;
    const input = { assessmentId: a, challengeId: q1, value: expectedAnswer(ref().challengeById.get(q1)!.challenge), clientAnswerId: 'cert-1', entryToken: token };
    expect((await server.execute(SUBMIT, { input: { ...input, entryToken: null } }, { userId: ids.killian })).errors![0].extensions!.code).toBe('RESUME_NOT_AUTHORIZED');
    const [r1, r2] = await Promise.all([server.execute(SUBMIT, { input }, { userId: ids.killian }), server.execute(SUBMIT, { input }, { userId: ids.killian })]);
    expect([r1.data!.submitAnswer.status, r2.data!.submitAnswer.status]).toEqual(['OK', 'OK']);
    expect(await server.em().count(Answer, { assessment: a })).toBe(1);

    // The page is reloaded: a new entry needs the invigilator, and the old page can no longer answer.
    expect((await server.execute(ENTER, { a }, { userId: ids.killian })).errors![0].extensions!.code).toBe('RESUME_NOT_AUTHORIZED');
    await server.execute(`mutation($c: ID!) { authorizeCandidateToResume(candidateId: $c) { authorizedToResume } }`, { c: candidates.Killian }, { token: invigilator });
    const token2 = (await server.execute(ENTER, { a }, { userId: ids.killian })).data!.enterCertification;
    const q2 = (await server.execute(NEXT, { a }, { userId: ids.killian })).data!.assessment.nextChallenge.id;
    expect((await server.execute(SUBMIT, { input: { ...input, challengeId: q2, clientAnswerId: 'cert-2', entryToken: token } }, { userId: ids.killian })).errors![0].extensions!.code).toBe('RESUME_NOT_AUTHORIZED');
    expect((await server.execute(SUBMIT, { input: { ...input, challengeId: q2, value: [], clientAnswerId: 'cert-2', entryToken: token2 } }, { userId: ids.killian })).data!.submitAnswer.status).toBe('SKIPPED');

    // Time is up (105 minutes later): answers are refused and nothing is written.
    server.setNow(new Date(Date.now() + 106 * 60_000));
    const q3 = (await server.em().execute('select challenge_id from certification_challenges where assessment_id = ? and position = 2', [a]))[0].challenge_id;
    const late = await server.execute(SUBMIT, { input: { ...input, challengeId: q3, value: [], clientAnswerId: 'cert-3', entryToken: token2 } }, { userId: ids.killian });
    expect(late.errors![0].extensions!.code).toBe('CERTIFICATION_TEST_ENDED');
    expect(await server.em().count(Answer, { assessment: a })).toBe(2);
    server.setNow(new Date());
  });

  it('refuses the test to a profile that is not certifiable', async () => {
    await server.execute(JOIN, { s: session, f: 'Mary', l: 'Jackson', b: '2011-03-03' }, { userId: ids.mary });
    await server.execute(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { authorizedToStart } }`, { c: candidates.Mary }, { token: invigilator });
    expect((await server.execute(START, { s: session, c: accessCode }, { userId: ids.mary })).errors![0].extensions!.code).toBe('NOT_CERTIFIABLE');
  });

  it('lets the invigilator end a test: later answers are refused; the session can no longer be edited', async () => {
    await server.em().execute('delete from rate_limits');
    const a = (await server.execute(START, { s: session, c: accessCode }, { userId: ids.ines })).data!.startCertification.id;
    const token = (await server.execute(ENTER, { a }, { userId: ids.ines })).data!.enterCertification;
    const ended = await server.execute(`mutation($c: ID!) { endCandidateTest(candidateId: $c) { liveStatus } }`, { c: candidates.Inès }, { token: invigilator });
    expect(ended.data!.endCandidateTest.liveStatus).toBe('ENDED_BY_INVIGILATOR');
    const q = (await server.em().execute('select challenge_id from certification_challenges where assessment_id = ? and position = 0', [a]))[0].challenge_id;
    const res = await server.execute(SUBMIT, { input: { assessmentId: a, challengeId: q, value: [], clientAnswerId: 'after-end', entryToken: token } }, { userId: ids.ines });
    expect(res.errors![0].extensions!.code).toBe('ASSESSMENT_NOT_IN_PROGRESS');
    const edit = await server.execute(`mutation($s: ID!) { deleteCertificationSession(sessionId: $s) }`, { s: session }, { userId: ids.head });
    expect(edit.errors![0].extensions!.code).toBe('SESSION_ALREADY_STARTED');
  });

  it('pushes changes to the invigilator’s live view over a subscription', async () => {
    const client = createClient({ url: `${base.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${invigilator}` } });
    const received: string[] = [];
    const subscribed = new Promise<void>((resolve, reject) => {
      const stop = client.subscribe<{ sessionSupervision: { firstName: string; authorizedToStart: boolean } }>(
        { query: `subscription($s: ID!) { sessionSupervision(sessionId: $s) { firstName authorizedToStart } }`, variables: { s: session } },
        {
          next: (value) => {
            received.push(`${value.data!.sessionSupervision.firstName}:${value.data!.sessionSupervision.authorizedToStart}`);
            stop();
            resolve();
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    await server.execute(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c, authorized: false) { id } }`, { c: candidates.Mary }, { token: invigilator });
    await subscribed;
    await client.dispose();
    expect(received).toEqual(['Mary:false']);
  });
});

describe('the live view reads', () => {
  it('as many statements for 200 candidates as for 20', async () => {
    const em = server.em();
    const org = buildOrganization(em, { name: 'Grand lycée' });
    const centre = buildCertificationCenter(em, { organization: org });
    buildCertificationCenterMembership(em, em.getReference('User', ids.head) as never, centre);
    const pupils = Array.from({ length: 200 }, (_, i) => buildStudent(em, org, { firstName: `É${i}`, lastName: `N${i}`, division: 'T1' }));
    await em.flush();
    const s20 = (await newSession(centre.id)).data!.createCertificationSession.id;
    const s200 = (await newSession(centre.id)).data!.createCertificationSession.id;
    await server.execute(ENROL, { s: s20, ids: pupils.slice(0, 20).map((p) => String(p.id)) }, { userId: ids.head });
    await server.execute(ENROL, { s: s200, ids: pupils.map((p) => String(p.id)) }, { userId: ids.head });
    const count = async (s: string) => (await server.countStatements(async () => {
      const res = await server.execute(LIVE, { s }, { userId: ids.head });
      expect(res.errors).toBeUndefined();
    })).count;
    expect(await count(s200)).toBe(await count(s20));
  });

  it('one statement for the views of several sessions asked together, each with its own candidates and its own access check', async () => {
    const em = server.em();
    const org = buildOrganization(em, { name: 'Lycée des vues ensemble' });
    const centre = buildCertificationCenter(em, { organization: org });
    buildCertificationCenterMembership(em, em.getReference('User', ids.head) as never, centre);
    const pupils = Array.from({ length: 6 }, (_, i) => buildStudent(em, org, { firstName: `Vue${i}`, lastName: 'Ensemble', division: 'T2' }));
    await em.flush();
    const sessions = await Promise.all([0, 1, 2].map(async (i) => {
      const session = (await newSession(centre.id)).data!.createCertificationSession;
      await server.execute(ENROL, { s: session.id, ids: pupils.slice(2 * i, 2 * i + 2).map((p) => String(p.id)) }, { userId: ids.head });
      const token: string = (await server.execute(INVIGILATOR, { s: session.id, p: session.invigilatorPassword })).data!.signInInvigilator.token;
      return { id: session.id as string, token, names: [`Vue${2 * i}`, `Vue${2 * i + 1}`] };
    }));
    const live = (s: { id: string }, token: string) => ({ query: LIVE, variables: { s: s.id }, token });
    const alone = await server.countStatements(() => server.executeTogether([live(sessions[0], sessions[0].token)]));

    // Each invigilator refreshes their own session at the same moment; the third also asks for another's session.
    let results: OperationResult[] = [];
    const together = await server.countStatements(async () => {
      results = await server.executeTogether([...sessions.map((s) => live(s, s.token)), live(sessions[0], sessions[2].token)]);
    });
    expect(together.count).toBe(alone.count);
    sessions.forEach((s, i) => {
      expect(results[i].errors).toBeUndefined();
      expect(results[i].data!.certificationSession.candidates.map((c: { firstName: string }) => c.firstName).sort()).toEqual(s.names);
    });
    expect(results[3].errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a whole certification test', () => {
  /** A certifiable pupil of the school, enrolled in a new session, let in by its invigilator, who has started and entered the test. */
  const candidateInTest = async (firstName: string, lastName: string, birthdate: string) => {
    const em = server.em();
    const school = await em.findOneOrFail(Organization, { name: 'Collège Jean Ferrat' });
    const user = buildUser(em, { firstName, lastName, passwordHash: 'x' });
    buildProfileElements(em, ref(), user, levels);
    const student = buildStudent(em, school, { firstName, lastName, birthdate, division: '3e2', user });
    await em.flush();
    const session = (await newSession()).data!.createCertificationSession;
    const [candidate] = (await server.execute(ENROL, { s: session.id, ids: [String(student.id)] }, { userId: ids.head })).data!.enrolCandidates;
    const invigilatorToken: string = (await server.execute(INVIGILATOR, { s: session.id, p: session.invigilatorPassword })).data!.signInInvigilator.token;
    await server.execute(JOIN, { s: session.id, f: firstName, l: lastName, b: birthdate }, { userId: user.id });
    await server.execute(`mutation($c: ID!) { authorizeCandidateToStart(candidateId: $c) { id } }`, { c: candidate.id }, { token: invigilatorToken });
    const a: string = (await server.execute(START, { s: session.id, c: session.accessCode }, { userId: user.id })).data!.startCertification.id;
    const entryToken: string = (await server.execute(ENTER, { a }, { userId: user.id })).data!.enterCertification;
    return { user, session, invigilatorToken, a, entryToken };
  };

  it('acknowledges each answer with the next question, ends after the last one, and replays a resent answer', async () => {
    const { user, session: created, invigilatorToken, a, entryToken } = await candidateInTest('Léo', 'Martin', '2011-09-09');
    const total = 3 * Object.keys(levels).length;

    const ACK = `mutation($input: AnswerInput!) { submitAnswer(input: $input) { status assessment { state answeredCount nextChallenge { id } } } }`;
    let next: string | null = (await server.execute(NEXT, { a }, { userId: user.id })).data!.assessment.nextChallenge.id;
    let last: { input: Record<string, unknown>; status: string } | null = null;
    for (let n = 0; next; n++) {
      const input = { assessmentId: a, challengeId: next, value: n % 2 ? [] : expectedAnswer(ref().challengeById.get(next)!.challenge), clientAnswerId: `whole-${n}`, entryToken };
      if (n === 2) {
        // Sent at once: the same answer twice, and another answer to the same question (another tab). One answer is
        // stored; its copies all get its acknowledgement, the other is told the question has changed.
        // The test's row is held meanwhile, so that every request has read the test before any can write.
        // (At most five connections in tests: the holder, three requests, and the watch below.)
        const sent = [input, input, { ...input, clientAnswerId: `whole-${n}-other` }];
        let release!: () => void;
        let locked!: () => void;
        const isLocked = new Promise<void>((r) => { locked = r; });
        const holder = server.em().fork().transactional(async (tx) => {
          await tx.execute('select id from assessments where id = ? for update', [a]);
          locked();
          await new Promise<void>((r) => { release = r; });
        });
        await isLocked;
        const pending = Promise.all(sent.map((i) => server.execute(ACK, { input: i }, { userId: user.id })));
        // Until every request waits on the lock: in one shared statement if they arrived together, else in several.
        for (let waited = 0, before = -1; waited < 100; waited++) {
          const [{ n: waiting }] = await server.em().execute(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`);
          if (waiting > 0 && waiting === before) break;
          before = waiting;
          await new Promise((r) => setTimeout(r, 50));
        }
        release();
        await holder;
        const results = await pending;
        const stored = await server.em().execute('select client_answer_id from answers where assessment_id = ? and challenge_id = ?', [a, next]);
        expect(stored).toHaveLength(1);
        results.forEach((r, i) => {
          if (sent[i].clientAnswerId === stored[0].client_answer_id) expect(r.data!.submitAnswer).toMatchObject({ status: 'OK', assessment: { answeredCount: n + 1 } });
          else expect(r.errors![0].extensions!.code).toBe('CHALLENGE_NOT_CURRENT');
        });
        if (stored[0].client_answer_id !== input.clientAnswerId) input.clientAnswerId = stored[0].client_answer_id;
      }
      const ack = (await server.execute(ACK, { input }, { userId: user.id })).data!.submitAnswer;
      expect(ack.status).toBe(n % 2 ? 'SKIPPED' : 'OK');
      expect(ack.assessment.answeredCount).toBe(n + 1);
      // The question the acknowledgement carries is the one the test now asks.
      const asked = (await server.execute(NEXT, { a }, { userId: user.id })).data!.assessment;
      expect(asked).toEqual(ack.assessment);
      next = ack.assessment.nextChallenge?.id ?? null;
      if (!next) expect(ack.assessment.state).toBe('COMPLETED');
      last = { input, status: ack.status };
    }
    expect(await server.em().count(Answer, { assessment: a })).toBe(total);

    // The last answer resent (its acknowledgement was lost): same status, nothing written.
    const replay = (await server.execute(ACK, { input: last!.input }, { userId: user.id })).data!.submitAnswer;
    expect(replay.status).toBe(last!.status);
    expect(await server.em().count(Answer, { assessment: a })).toBe(total);
    const live = (await server.execute(LIVE, { s: created.id }, { token: invigilatorToken })).data!.certificationSession.candidates[0];
    expect(live).toMatchObject({ liveStatus: 'COMPLETED', answeredCount: total, challengeCount: total, timeLeftSeconds: null });
  });

  it('stores the expected answer in one statement, and one given after its timer as TIMEDOUT by the server’s clock', async () => {
    const { user, a, entryToken } = await candidateInTest('Zoé', 'Morel', '2011-10-10');
    const ACK = `mutation($input: AnswerInput!) { submitAnswer(input: $input) { status assessment { answeredCount nextChallenge { id } } } }`;
    const first: string = (await server.execute(NEXT, { a }, { userId: user.id })).data!.assessment.nextChallenge.id;

    const inTime = { assessmentId: a, challengeId: first, value: expectedAnswer(ref().challengeById.get(first)!.challenge), clientAnswerId: 'one-statement', entryToken };
    let ack: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
    const { count, statements } = await server.countStatements(async () => { ack = (await server.execute(ACK, { input: inTime }, { userId: user.id })).data!.submitAnswer; });
    expect(ack).toMatchObject({ status: 'OK', assessment: { answeredCount: 1 } });
    expect(count, statements.join('\n')).toBe(1);

    // The next question becomes a timed one, asked at T0; answered right, but after its timer and the grace.
    const listed = new Set((await server.em().execute<{ challenge_id: string }[]>(`select challenge_id from certification_challenges where assessment_id = ?`, [a])).map((r) => r.challenge_id));
    const timed = [...ref().challengeById.values()].find((c) => c.challenge.timerSeconds && !listed.has(c.challenge.id))!;
    const askedAt = new Date(Date.now() - 1000);
    await server.em().execute('update certification_challenges set challenge_id = ? where assessment_id = ? and position = 1', [timed.challenge.id, a]);
    await server.em().execute('update assessments set current_challenge_id = ?, current_challenge_asked_at = ? where id = ?', [timed.challenge.id, askedAt, a]);
    const late = { assessmentId: a, challengeId: timed.challenge.id, value: expectedAnswer(timed.challenge), clientAnswerId: 'too-late', entryToken };
    try {
      server.setNow(new Date(askedAt.getTime() + (timed.challenge.timerSeconds! + 6) * 1000));
      const lateAck = (await server.execute(ACK, { input: late }, { userId: user.id })).data!.submitAnswer;
      expect(lateAck).toMatchObject({ status: 'TIMEDOUT', assessment: { answeredCount: 2 } });
    } finally {
      server.setNow(null);
    }
    const stored = await server.em().execute('select client_answer_id, status from answers where assessment_id = ? order by id', [a]);
    expect(stored).toEqual([{ client_answer_id: 'one-statement', status: 'OK' }, { client_answer_id: 'too-late', status: 'TIMEDOUT' }]);
  });

  it('stores the answers of several candidates arriving together in one statement, and refuses only the one not let in', async () => {
    const tests = [await candidateInTest('Inès', 'Roux', '2011-01-11'), await candidateInTest('Noé', 'Blanc', '2011-02-12'), await candidateInTest('Lina', 'Faure', '2011-03-13')];
    const ACK = `mutation($input: AnswerInput!) { submitAnswer(input: $input) { status assessment { state answeredCount nextChallenge { id } } } }`;
    const operations = await Promise.all(tests.map(async ({ user, a, entryToken }, i) => {
      const first: string = (await server.execute(NEXT, { a }, { userId: user.id })).data!.assessment.nextChallenge.id;
      // The third sends its answer from a page the invigilator did not let in.
      const input = { assessmentId: a, challengeId: first, value: expectedAnswer(ref().challengeById.get(first)!.challenge), clientAnswerId: `together-${i}`, entryToken: i === 2 ? 'another-page' : entryToken };
      return { query: ACK, variables: { input }, token: await server.tokenFor(user.id) };
    }));
    let results: OperationResult[] = [];
    const { count, statements } = await server.countStatements(async () => { results = await server.executeTogether(operations); });
    // One statement for the two expected answers, one read to find the precise refusal of the third.
    expect(count, statements.join('\n')).toBe(2);
    expect(results[2].errors?.[0]?.extensions?.code).toBe('RESUME_NOT_AUTHORIZED');
    for (const [i, { user, a }] of tests.slice(0, 2).entries()) {
      expect(results[i].errors).toBeUndefined();
      const ack = results[i].data!.submitAnswer;
      expect(ack).toMatchObject({ status: 'OK', assessment: { state: 'STARTED', answeredCount: 1 } });
      // Each acknowledgement carries its own test's next question.
      expect((await server.execute(NEXT, { a }, { userId: user.id })).data!.assessment).toEqual(ack.assessment);
    }
    const stored = await server.em().execute(`select assessment_id::text as a, client_answer_id from answers where client_answer_id like 'together-%' order by client_answer_id`);
    expect(stored).toEqual([{ a: tests[0].a, client_answer_id: 'together-0' }, { a: tests[1].a, client_answer_id: 'together-1' }]);
  });

});
