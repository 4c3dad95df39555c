// The committed schema must be what the resolvers emit, and it must keep the public contract
// (schema/contract.graphql, the copy of the contract that portals and dashboards rely on).
import { existsSync, readFileSync } from 'node:fs';
import { buildASTSchema, buildSchema, getNamedType, Kind, parse, parseType, visit, isEnumType, isInputObjectType, isNonNullType, isObjectType, isScalarType, type GraphQLSchema, type GraphQLType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from './config.js';
import { installedPlugins } from './installed-plugins.js';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from './schema.js';

const CONTRACT_FILE = `${ROOT_DIR}schema/contract.graphql`;
const SHARED_CONTRACT = `${ROOT_DIR}../shared/contract.graphql`;

/** Every type of the contract, and every field of its root types. */
function wholeContract(contract: GraphQLSchema) {
  const roots = ['Query', 'Mutation', 'Subscription'];
  const fieldsOf = (name: string) => Object.keys((contract.getType(name) as { getFields?: () => Record<string, unknown> } | undefined)?.getFields?.() ?? {});
  return {
    types: Object.keys(contract.getTypeMap()).filter((t) => !t.startsWith('__') && !roots.includes(t) && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t)),
    query: fieldsOf('Query'),
    mutation: fieldsOf('Mutation'),
    subscription: fieldsOf('Subscription'),
  };
}

/** Output fields may be stricter than the contract (non-null where it allows null); inputs may not. */
function compatible(actual: GraphQLType, wanted: GraphQLType, output: boolean): boolean {
  if (isNonNullType(wanted)) return isNonNullType(actual) && compatible(actual.ofType, wanted.ofType, output);
  if (isNonNullType(actual)) return output && compatible(actual.ofType, wanted, output);
  if ('ofType' in wanted && wanted.ofType) return 'ofType' in actual && !!actual.ofType && compatible(actual.ofType as GraphQLType, wanted.ofType as GraphQLType, output);
  if ('ofType' in actual && actual.ofType) return false;
  return getNamedType(actual).name === getNamedType(wanted).name;
}

export function contractGaps(actual: GraphQLSchema, contract: GraphQLSchema, covered = wholeContract(contract)): string[] {
  const gaps: string[] = [];
  const checkFields = (typeName: string, only?: string[]) => {
    const want = contract.getType(typeName);
    const have = actual.getType(typeName);
    if (!want) return gaps.push(`${typeName} : absent du contrat`);
    if (!have) return gaps.push(`type ${typeName} manquant`);
    if (isScalarType(want)) return;
    if (isEnumType(want)) {
      for (const v of want.getValues()) if (!isEnumType(have) || !have.getValue(v.name)) gaps.push(`${typeName}.${v.name} manquant`);
      return;
    }
    if (!isObjectType(want) && !isInputObjectType(want)) return;
    const output = isObjectType(want);
    const haveFields = (isObjectType(have) || isInputObjectType(have)) ? have.getFields() : {};
    for (const field of Object.values(want.getFields())) {
      if (only && !only.includes(field.name)) continue;
      const mine = haveFields[field.name];
      if (!mine) { gaps.push(`${typeName}.${field.name} manquant`); continue; }
      if (!compatible(mine.type, field.type, output)) gaps.push(`${typeName}.${field.name} : ${String(mine.type)} au lieu de ${String(field.type)}`);
      if ('args' in field) {
        const mineArgs = 'args' in mine ? mine.args : [];
        for (const arg of field.args) {
          const a = mineArgs.find((x) => x.name === arg.name);
          if (!a) gaps.push(`${typeName}.${field.name}(${arg.name}) manquant`);
          else if (!compatible(a.type, arg.type, false)) gaps.push(`${typeName}.${field.name}(${arg.name}) : ${String(a.type)} au lieu de ${String(arg.type)}`);
        }
        for (const extra of mineArgs) {
          if (isNonNullType(extra.type) && !field.args.some((x: { name: string }) => x.name === extra.name)) gaps.push(`${typeName}.${field.name}(${extra.name}) obligatoire hors contrat`);
        }
      }
    }
  };
  for (const t of covered.types) checkFields(t);
  if (covered.query.length) checkFields('Query', covered.query);
  if (covered.mutation.length) checkFields('Mutation', covered.mutation);
  if (covered.subscription.length) checkFields('Subscription', covered.subscription);
  return gaps;
}

describe('GraphQL schema', () => {
  it('is the committed schema/schema.graphql (run `npm run schema:emit` after changing a resolver)', async () => {
    const fresh = printAppSchema(await buildAppSchema(installedPlugins));
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(fresh);
  });

  it('keeps every type, field and argument of the public contract', () => {
    const gaps = contractGaps(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')), buildSchema(readFileSync(CONTRACT_FILE, 'utf8')));
    expect(gaps).toEqual([]);
  });

  it.runIf(existsSync(SHARED_CONTRACT))('uses the current version of the shared contract', () => {
    expect(readFileSync(CONTRACT_FILE, 'utf8')).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });

  it('reports a removed field, a changed type and a missing argument', () => {
    const contract = buildSchema(readFileSync(CONTRACT_FILE, 'utf8'));
    // Break the emitted schema on purpose: drop a field, change a type, rename an argument.
    const document = visit(parse(readFileSync(SCHEMA_FILE, 'utf8')), {
      FieldDefinition(node) {
        if (node.name.value === 'totalPix') return null;
        if (node.name.value === 'level') return { ...node, type: parseType('String!') };
        if (node.name.value === 'competence' && node.arguments?.length) return { ...node, arguments: [{ ...node.arguments[0], name: { kind: Kind.NAME, value: 'id' } }] };
        return undefined;
      },
    });
    const broken = buildASTSchema(document);
    expect(contractGaps(broken, contract)).toEqual(
      expect.arrayContaining(['Profile.totalPix manquant', 'Scorecard.level : String! au lieu de Int!', 'Query.competence(code) manquant']),
    );
  });
});
