// The authorisation matrix: every query and mutation of the schema, called by each role with the ids of real
// objects that belong to someone else (organisation B, its campaign, centre, session, candidates; another
// learner's tests; another academy). The fixtures, the argument table and the expected answers per role.
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { Academy, AcademicViewer, AcademySchool } from '../../plugins/academic-dashboard/academy.entity.js';
import { generateCampaignCode } from '../src/modules/campaign/campaign-code.js';
import { CampaignExport, ExportStatus } from '../src/modules/campaign/campaign-export.entity.js';
import { Campaign, CampaignType } from '../src/modules/campaign/campaign.entity.js';
import { CertificationIssueReport } from '../src/modules/certification/certification-result.entity.js';
import { CertificationCandidate, CertificationSession } from '../src/modules/certification/certification-session.entity.js';
import { generateAccessCode, generateInvigilatorPassword } from '../src/modules/certification/session-codes.js';
import { signToken } from '../src/modules/identity/token.js';
import { MembershipRole } from '../src/modules/organization/membership.entity.js';
import { OrganizationType } from '../src/modules/organization/organization.entity.js';
import { ImportStatus, StudentFileFormat, StudentImport } from '../src/modules/organization/student-import.entity.js';
import { Assessment, AssessmentState, AssessmentType } from '../src/modules/positioning/assessment.entity.js';
import {
  buildCertificationCenter, buildCertificationCenterMembership, buildMembership, buildOrganization, buildProfileElements, buildStudent, buildUser,
} from './factories.js';
import { testReferential, type OperationResult, type TestServer } from './test-server.js';

export const ROLES = ['anonymous', 'learner', 'teacher', 'schoolAdmin', 'centreMember', 'invigilator', 'jury', 'academicViewer'] as const;
export type Role = (typeof ROLES)[number];

/** Anyone may call these (outboxEmails only outside production, which the tests are). */
export const PUBLIC = new Set([
  'Query.areas', 'Query.competence', 'Query.me', 'Query.campaignByCode', 'Query.verifyCertificate', 'Query.invitation', 'Query.outboxEmails',
  'Mutation.signIn', 'Mutation.signUp', 'Mutation.signInInvigilator', 'Mutation.requestOrganizationActivation', 'Mutation.completeExternalSignIn',
]);

/**
 * About the caller's own account only, whatever the arguments: any signed-in user may call them and get an answer
 * (joinCampaign: the campaign code is what lets anyone in). An invigilator token is not an account: refused.
 */
export const OWN_ACCOUNT = new Set([
  'Query.myAcademies', 'Query.myExternalIdentities', 'Query.portalLearnerSummary',
  'Mutation.startCompetenceEvaluation', 'Mutation.resetCompetence', 'Mutation.changePassword', 'Mutation.acceptInvitation', 'Mutation.joinCampaign',
]);

/** What a role may legitimately do to B's objects, beyond its own account. Everything else is refused. */
export const ALLOWED: Record<Role, ReadonlySet<string>> = {
  anonymous: new Set(),
  learner: new Set(),
  teacher: new Set(),
  schoolAdmin: new Set(),
  centreMember: new Set(),
  invigilator: new Set(),
  // The jury works on every centre's sessions: it reads them and takes the decisions on their results.
  jury: new Set([
    'Query.certificationSession', 'Query.sessionsToProcess',
    'Mutation.publishCertificationSession', 'Mutation.unpublishCertificationSession', 'Mutation.rescoreCertificationSession',
    'Mutation.commentCertificationSession', 'Mutation.neutralizeChallenge', 'Mutation.setCertificationJuryDecision',
    'Mutation.correctCandidateIdentity', 'Mutation.resolveIssueReport',
  ]),
  academicViewer: new Set(),
};

/** A refusal that reveals nothing: not allowed, or nothing found (the same answer as for an id that does not exist). */
const REFUSED = /^(FORBIDDEN|[A-Z_]+_NOT_FOUND)$/;

export interface Fixtures {
  /** Caller ids (user accounts) by role. */
  users: Record<Exclude<Role, 'anonymous' | 'invigilator'> | 'admin', number>;
  tokens: Record<Role | 'admin', string | undefined>;
  /** The callers' own side. */
  a: { organizationId: number; centreId: number; sessionId: number; candidateId: number; academyCode: string; ownAssessmentId: string };
  /** The other party's objects, which every role is pointed at. */
  b: {
    organizationId: number; uai: string; division: string; ownerId: number; learnerId: number; learnerEmail: string; studentId: number;
    campaignId: number; campaignCode: string; participationId: number; exportId: number; importId: number;
    assessmentId: string; challengeId: string;
    centreId: number; sessionId: number; accessCode: string; candidateId: number; certificationAssessmentId: string; reportId: number;
    academyCode: string;
  };
}

async function graphql(server: TestServer, query: string, variables: Record<string, unknown>, userId: number) {
  const res = await server.execute(query, variables, { userId });
  if (res.errors) throw new Error(`Données de test : ${res.errors[0].message}`);
  return res.data!;
}

/**
 * Organisation A (the callers' school, its centre, session A and its candidate, academy X) and organisation B
 * (another school with its pupil, campaign, participation, tests, centre, session B and candidate, academy Y).
 */
export async function createFixtures(server: TestServer): Promise<Fixtures> {
  const em = server.em();
  const ref = testReferential();
  const u = (firstName: string, extra = {}) => buildUser(em, { firstName, passwordHash: 'x', ...extra });
  const users = {
    learner: u('Léa'), teacher: u('Paul'), schoolAdmin: u('Claire'), centreMember: u('Nora'),
    jury: u('Jules', { platformRoles: ['JURY'] }), academicViewer: u('Dana'), admin: u('Alix', { platformRoles: ['ADMIN'] }),
  };

  // A: the callers' side.
  const orgA = buildOrganization(em, { name: 'Collège A', type: OrganizationType.SCO, tags: ['COLLEGE'] });
  buildMembership(em, users.teacher, orgA, MembershipRole.MEMBER);
  buildMembership(em, users.schoolAdmin, orgA, MembershipRole.ADMIN);
  buildStudent(em, orgA, { user: users.learner, division: '3e1' });
  const centreA = buildCertificationCenter(em, { organization: orgA });
  buildCertificationCenterMembership(em, users.centreMember, centreA);
  const pupilA = buildStudent(em, orgA, { firstName: 'Anna', lastName: 'Alpha', division: '3e1' });
  const session = (centre: typeof centreA, room: string) => em.create(CertificationSession, {
    certificationCenter: centre, address: 'Bâtiment principal', room, examiner: 'M. Martin', date: new Date().toISOString().slice(0, 10), time: '08:30',
    accessCode: generateAccessCode(), invigilatorPassword: generateInvigilatorPassword(),
  });
  const sessionA = session(centreA, 'Salle A');
  const candidateA = em.create(CertificationCandidate, { session: sessionA, student: pupilA, firstName: 'Anna', lastName: 'Alpha', birthdate: pupilA.birthdate, division: '3e1' });

  // B: someone else's school, with everything a missing scope check could leak.
  const orgB = buildOrganization(em, { name: 'Collège B', type: OrganizationType.SCO, tags: ['COLLEGE'] });
  const ownerB = u('Bruno');
  buildMembership(em, ownerB, orgB, MembershipRole.ADMIN);
  const learnerB = u('Bérénice', { lastName: 'Bravo' });
  buildProfileElements(em, ref, learnerB, { '1.1': 2, '1.2': 1, '2.1': 1, '3.1': 1, '4.1': 1 });
  const studentB = buildStudent(em, orgB, { firstName: 'Bérénice', lastName: 'Bravo', birthdate: '2011-04-04', division: '3e2', user: learnerB });
  const campaignB = em.create(Campaign, {
    organization: orgB, code: generateCampaignCode(), name: 'Parcours B', type: CampaignType.ASSESSMENT, targetProfileId: ref.targetProfiles.find((t) => !t.audienceTags.length)!.id,
    creator: ownerB, multipleSendings: false, isSos: false, autoShare: false, createdAt: new Date(),
  });
  const exportB = em.create(CampaignExport, { campaign: campaignB, requestedBy: ownerB, status: ExportStatus.QUEUED, progress: 0, rowCount: 0, totalRows: 0, createdAt: new Date() });
  const importB = em.create(StudentImport, {
    organization: orgB, format: StudentFileFormat.CSV, createdBy: ownerB, status: ImportStatus.SUCCEEDED, progress: 100,
    importedCount: 1, createdCount: 1, skippedCount: 0, leftCount: 0, errors: [], createdAt: new Date(),
  });
  const centreB = buildCertificationCenter(em, { organization: orgB });
  buildCertificationCenterMembership(em, ownerB, centreB);
  const sessionB = session(centreB, 'Salle B');
  const candidateB = em.create(CertificationCandidate, {
    session: sessionB, student: studentB, user: learnerB, firstName: 'Bérénice', lastName: 'Bravo', birthdate: '2011-04-04', division: '3e2', joinedAt: new Date(),
  });
  const certificationB = em.create(Assessment, {
    user: learnerB, type: AssessmentType.CERTIFICATION, state: AssessmentState.STARTED, certificationCandidate: candidateB, endsAt: new Date(Date.now() + 2 * 3600_000),
    isImproving: false, answeredCount: 0, createdAt: new Date(),
  });
  const reportB = em.create(CertificationIssueReport, { candidate: candidateB, category: 'FRAUD', description: 'Téléphone' });

  // Academy X holds school A and is observed by the viewer; academy Y holds school B.
  const academyX = em.create(Academy, { code: 'AXA', name: 'Académie X' });
  const academyY = em.create(Academy, { code: 'AYB', name: 'Académie Y' });
  em.create(AcademySchool, { uai: orgA.uai!, academy: academyX });
  em.create(AcademySchool, { uai: orgB.uai!, academy: academyY });
  em.create(AcademicViewer, { academy: academyX, user: users.academicViewer, createdAt: new Date() });
  await em.flush();

  // Tests started through the API, so that they are in progress with a question asked, as in real use.
  const started = (userId: number) => graphql(server, `mutation { r: startCompetenceEvaluation(competenceCode: "5.2") { id nextChallenge { id } } }`, {}, userId);
  const own = (await started(users.learner.id)).r;
  const other = (await started(learnerB.id)).r;
  const joined = (await graphql(server, `mutation($code: String!, $identity: LearnerIdentityInput) { r: joinCampaign(code: $code, identity: $identity) { id } }`,
    { code: campaignB.code, identity: { firstName: 'Bérénice', lastName: 'Bravo', birthdate: '2011-04-04' } }, learnerB.id)).r;

  const config = server.app.platform.config;
  const tokens = { anonymous: undefined } as Fixtures['tokens'];
  for (const [role, user] of Object.entries(users)) tokens[role as keyof typeof users] = await server.tokenFor(user.id);
  tokens.invigilator = await signToken({ kind: 'invigilator', sessionId: sessionA.id }, config.authSecret, config.tokenTtlSeconds);

  return {
    users: Object.fromEntries(Object.entries(users).map(([k, v]) => [k, v.id])) as Fixtures['users'],
    tokens,
    a: { organizationId: orgA.id, centreId: centreA.id, sessionId: sessionA.id, candidateId: candidateA.id, academyCode: academyX.code, ownAssessmentId: own.id },
    b: {
      organizationId: orgB.id, uai: orgB.uai!, division: '3e2', ownerId: ownerB.id, learnerId: learnerB.id, learnerEmail: learnerB.email!, studentId: studentB.id,
      campaignId: campaignB.id, campaignCode: campaignB.code, participationId: Number(joined.id), exportId: exportB.id, importId: importB.id,
      assessmentId: other.id, challengeId: other.nextChallenge.id,
      centreId: centreB.id, sessionId: sessionB.id, accessCode: sessionB.accessCode, candidateId: candidateB.id, certificationAssessmentId: certificationB.id, reportId: reportB.id,
      academyCode: academyY.code,
    },
  };
}

type Values = Record<string, unknown>;

/**
 * The argument table: B's ids by argument (or input field) name, `name:Type` when one name means different
 * things, `Operation.name` or `InputType.field` when only the operation tells. Arguments it does not name get a
 * made-up value of their type; optional ones it does not name are left out.
 */
export function argumentTable(f: Fixtures): Values {
  const b = f.b;
  const id = (n: number | string) => String(n);
  return {
    // Ids, by what they name.
    organizationId: id(b.organizationId),
    campaignId: id(b.campaignId),
    participationId: id(b.participationId),
    sessionId: id(b.sessionId),
    candidateId: id(b.candidateId),
    certificationCenterId: id(b.centreId),
    centreId: id(b.centreId),
    assessmentId: id(b.assessmentId),
    studentId: id(b.studentId),
    studentIds: [id(b.studentId)],
    userId: id(b.learnerId),
    userIds: [id(b.learnerId)],
    reportId: id(b.reportId),
    academyCode: b.academyCode,
    'code:ID': b.academyCode,
    'code:String': b.campaignCode,
    uai: b.uai,
    uais: [b.uai],
    email: b.learnerEmail,
    division: b.division,
    accessCode: b.accessCode,
    challengeId: b.challengeId,
    // `id` alone: what the query returns.
    'Query.organization.id': id(b.organizationId),
    'Query.campaign.id': id(b.campaignId),
    'Query.campaignExport.id': id(b.exportId),
    'Query.studentImport.id': id(b.importId),
    'Query.certificationCenter.id': id(b.centreId),
    'Query.certificationSession.id': id(b.sessionId),
    'Query.assessment.id': id(b.assessmentId),
    'Query.challenge.id': b.challengeId,
    'Query.competence.code': '1.1',
    'Mutation.enterCertification.assessmentId': id(b.certificationAssessmentId),
    // Plausible values, so that a call let through by mistake gets as far as B's data.
    competenceCode: '1.1',
    time: '08:30',
    'date:Date': new Date().toISOString().slice(0, 10),
    'birthdate:Date': '2011-01-01',
    firstName: 'Inconnu',
    lastName: 'Personne',
    emails: ['invite@exemple.test'],
    content: 'data:application/pdf;base64,JVBERi0xLjQK',
    decision: 'CANCELLED_BY_JURY',
    reason: 'Contrôle',
    resolution: 'RESOLVED',
    extraTimePercentage: 33,
    questionNumber: 1,
    schoolYear: 2025,
    plugin: 'college',
    'start:Date': '2025-09-01',
    'end:Date': '2026-06-30',
    file: 'Nom;Prénom\n',
    'CreateCampaignInput.type': CampaignType.PROFILES_COLLECTION,
    'CreateCampaignInput.name': 'Campagne',
    'FinalizeSessionInput.reports': [{ candidateId: id(b.candidateId), hasSeenEndTestScreen: true }],
    'CreateSessionsPerClassInput.classes': [{ division: b.division, room: 'Salle 1', date: new Date().toISOString().slice(0, 10), time: '08:30' }],
    'AnswerInput.value': [],
    'AnswerInput.clientAnswerId': 'matrice-1',
  };
}

function lookup(table: Values, owner: string, name: string, type: GraphQLInputType): { found: boolean; value?: unknown } {
  for (const key of [`${owner}.${name}`, `${name}:${getNamedType(type).name}`, name]) if (key in table) return { found: true, value: table[key] };
  return { found: false };
}

function made(type: GraphQLInputType, table: Values, depth = 0): unknown {
  if (isNonNullType(type)) return made(type.ofType, table, depth);
  if (isListType(type)) return [made(type.ofType, table, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) return depth < 4 ? fields(type.name, Object.values(type.getFields()), table, depth + 1) : {};
  if (isScalarType(type)) {
    return ({ ID: '999999', String: 'x', Int: 1, Float: 1, Boolean: true, Date: '2026-01-01', DateTime: '2026-01-01T00:00:00Z' } as Values)[type.name] ?? 'x';
  }
  return null;
}

function fields(owner: string, list: readonly (GraphQLInputField | GraphQLArgument)[], table: Values, depth = 0): Values {
  const out: Values = {};
  for (const f of list) {
    const hit = lookup(table, owner, f.name, f.type);
    if (hit.found) out[f.name] = hit.value;
    else if (isNonNullType(f.type)) out[f.name] = made(f.type, table, depth);
  }
  return out;
}

export interface Operation { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }

export function operations(schema: GraphQLSchema): Operation[] {
  const out: Operation[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`, kind, field });
  }
  return out;
}

/** The operation as `r`, selecting only __typename: whether data comes back at all is what matters. */
export function document(op: Operation, table: Values) {
  const args = op.field.args;
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(op.field.type);
  const leaf = isScalarType(named) || isEnumType(named);
  return {
    query: `${op.kind}${defs ? `(${defs})` : ''} { r: ${op.field.name}${call ? `(${call})` : ''}${leaf ? '' : ' { __typename }'} }`,
    variables: fields(op.name, args, table),
  };
}

export interface Outcome { code: string | null; data: unknown }

export async function run(server: TestServer, op: Operation, table: Values, token: string | undefined, clientIp: string): Promise<Outcome> {
  const { query, variables } = document(op, table);
  const res: OperationResult = await server.execute(query, variables, { token, clientIp });
  return { code: res.errors?.length ? String(res.errors[0].extensions?.code ?? 'NO_CODE') : null, data: (res.data as { r?: unknown } | null | undefined)?.r ?? null };
}

export const hasData = (data: unknown) => data !== null && data !== undefined && !(Array.isArray(data) && data.length === 0);

/** What the role is expected to get from an operation: nothing to check, a refusal, or a call it is allowed to make. */
export function expectation(role: Role, name: string): 'skip' | 'refused' | 'allowed' {
  if (PUBLIC.has(name)) return 'skip';
  if (role !== 'anonymous' && role !== 'invigilator' && OWN_ACCOUNT.has(name)) return 'allowed';
  return ALLOWED[role].has(name) ? 'allowed' : 'refused';
}

/** The problems with one answer, or null. Anonymous callers are asked to sign in; the others refused without data. */
export function verdict(role: Role, name: string, outcome: Outcome): string | null {
  const { code, data } = outcome;
  const expected = expectation(role, name);
  if (expected === 'skip') return null;
  if (role === 'anonymous') return code === 'UNAUTHENTICATED' ? null : `${name} : ${code ?? 'accepté'}`;
  if (expected === 'allowed') return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? `${name} devrait être permis : ${code}` : null;
  if (hasData(data)) return `${name} : données renvoyées`;
  // No error and no data (a nullable query finding nothing of the caller's) reveals nothing either.
  if (code !== null && !REFUSED.test(code)) return `${name} : ${code}`;
  return null;
}
