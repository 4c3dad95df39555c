// Every query and mutation of the schema, called by an anonymous caller and by a plain learner with made-up
// arguments: only the public ones answer anonymously, and a learner never gets another person's data or a staff action.
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLField, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../testing/test-server.js';
import { buildUser } from '../../testing/factories.js';
import { buildAppSchema } from '../schema.js';
import { installedPlugins } from '../installed-plugins.js';

/** Anyone may call these. */
const PUBLIC = new Set([
  'Query.areas', 'Query.competence', 'Query.me', 'Query.campaignByCode', 'Query.verifyCertificate', 'Query.invitation', 'Query.outboxEmails',
  'Mutation.signIn', 'Mutation.signUp', 'Mutation.signInInvigilator', 'Mutation.requestOrganizationActivation', 'Mutation.completeExternalSignIn',
]);

/** A learner's own operations: they may succeed, or fail on the made-up arguments, but only about the learner's own data. */
const LEARNER = new Set([
  'Query.assessment', 'Query.myCertificationCandidate', 'Query.myAcademies', 'Query.myExternalIdentities', 'Query.portalLearnerSummary',
  'Mutation.startCompetenceEvaluation', 'Mutation.submitAnswer', 'Mutation.resetCompetence', 'Mutation.joinCampaign', 'Mutation.shareCampaignResults',
  'Mutation.changePassword', 'Mutation.acceptInvitation', 'Mutation.joinCertificationSession', 'Mutation.startCertification', 'Mutation.enterCertification',
]);

/** What a learner may be answered for staff operations: refused, or nothing found. Never data. */
const REFUSALS = /^(FORBIDDEN|[A-Z_]*NOT_FOUND|BAD_USER_INPUT)$/;

function sample(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, depth);
  if (isListType(type)) return [sample(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && depth < 4).map((f) => [f.name, sample(f.type, depth + 1)]));
  }
  if (isScalarType(type)) {
    return ({ ID: '999999', String: 'x', Int: 1, Float: 1, Boolean: true, Date: '2026-01-01', DateTime: '2026-01-01T00:00:00Z' } as Record<string, unknown>)[type.name] ?? 'x';
  }
  return null;
}

function operations(schema: GraphQLSchema) {
  const out: { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`, kind, field });
  }
  return out;
}

function document(op: ReturnType<typeof operations>[number]) {
  const args = op.field.args;
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const leaf = isScalarType(getNamedType(op.field.type)) || isEnumType(getNamedType(op.field.type));
  return {
    query: `${op.kind}${defs ? `(${defs})` : ''} { r: ${op.field.name}${call ? `(${call})` : ''}${leaf ? '' : ' { __typename }'} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

let server: TestServer;
let learnerId = 0;

beforeAll(async () => {
  server = await createTestServer();
  const em = server.em();
  const learner = buildUser(em, { passwordHash: 'x' });
  await em.flush();
  learnerId = learner.id;
});
afterAll(() => server?.close());

describe('authorisation matrix', () => {
  it('refuses every non-public operation to anonymous callers with UNAUTHENTICATED', async () => {
    const ops = operations(await buildAppSchema(installedPlugins));
    expect(ops.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const op of ops) {
      const { query, variables } = document(op);
      const res = await server.execute(query, variables);
      const code = res.errors?.[0]?.extensions?.code;
      if (PUBLIC.has(op.name)) {
        if (code === 'UNAUTHENTICATED') wrong.push(`${op.name} devrait être public`);
      } else if (code !== 'UNAUTHENTICATED') {
        wrong.push(`${op.name} : ${code ?? 'accepté'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives a plain learner no staff operation and no one else’s data', async () => {
    const ops = operations(await buildAppSchema(installedPlugins)).filter((op) => !PUBLIC.has(op.name) && !LEARNER.has(op.name));
    const wrong: string[] = [];
    for (const op of ops) {
      const { query, variables } = document(op);
      const res = await server.execute(query, variables, { userId: learnerId });
      const code = String(res.errors?.[0]?.extensions?.code ?? '');
      const data = (res.data as { r?: unknown } | null | undefined)?.r;
      if (!REFUSALS.test(code) || (data !== null && data !== undefined && !(Array.isArray(data) && data.length === 0))) wrong.push(`${op.name} : ${code || 'accepté'}`);
    }
    expect(wrong).toEqual([]);
  });
});
