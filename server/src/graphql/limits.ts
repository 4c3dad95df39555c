// Limits on what one GraphQL request may ask (graphql-armor): depth, cost, aliases, directives, tokens.
// Generous enough for every query of the web app and the portals; far below what would strain a server.
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = {
  maxDepth: 15,
  maxCost: 10_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 5_000,
};

export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { n: LIMITS.maxTokens },
    // Field suggestions ("Did you mean …") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
