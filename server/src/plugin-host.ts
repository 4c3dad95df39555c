// Merges installed plugins with the core: entities, resolvers, rules, loaders, hooks and seeds.
import { ruleSlots, type OrganizationFacts, type Plugin, type RuleSlotName, type RuleValue } from './plugin-api/index.js';

export class RuleConflictError extends Error {
  constructor(slot: string, organizationId: number, plugins: string[]) {
    super(`Règle « ${slot} » : plusieurs plugins s'appliquent à l'organisation ${organizationId} (${plugins.join(', ')})`);
  }
}

export class RuleRegistry {
  constructor(private readonly plugins: readonly Plugin[]) {}

  /** The applicable plugin's value for this organisation, or the core default; two applicable plugins are an error. */
  for<K extends RuleSlotName>(slot: K, organization: OrganizationFacts): RuleValue<K> {
    const filled = this.plugins.filter((p) => p.rules && slot in p.rules && p.appliesTo(organization));
    if (filled.length > 1) throw new RuleConflictError(slot, organization.id, filled.map((p) => p.name));
    return filled.length ? (filled[0].rules![slot] as RuleValue<K>) : ruleSlots[slot].default;
  }

  /** The applicable plugin's name and value, or null when the core default applies. */
  source<K extends RuleSlotName>(slot: K, organization: OrganizationFacts): { plugin: string; value: RuleValue<K> } | null {
    const filled = this.plugins.filter((p) => p.rules && slot in p.rules && p.appliesTo(organization));
    if (filled.length > 1) throw new RuleConflictError(slot, organization.id, filled.map((p) => p.name));
    return filled.length ? { plugin: filled[0].name, value: filled[0].rules![slot] as RuleValue<K> } : null;
  }

  /** Plugins filling a slot, whatever the organisation (administration of their settings). */
  fillers<K extends RuleSlotName>(slot: K): { plugin: string; value: RuleValue<K> }[] {
    return this.plugins.filter((p) => p.rules && slot in p.rules).map((p) => ({ plugin: p.name, value: p.rules![slot] as RuleValue<K> }));
  }

  /** Names of the installed plugins active for this organisation. */
  activePlugins(organization: OrganizationFacts): string[] {
    return this.plugins.filter((p) => p.appliesTo(organization)).map((p) => p.name);
  }
}

export function checkPlugins(plugins: readonly Plugin[], coreEntityNames: string[]): void {
  const names = new Set<string>();
  const entities = new Set(coreEntityNames);
  const scopes = new Set<string>();
  for (const p of plugins) {
    if (names.has(p.name)) throw new Error(`Plugin installé deux fois : ${p.name}`);
    names.add(p.name);
    for (const e of p.entities ?? []) {
      if (entities.has(e.name)) throw new Error(`Le plugin ${p.name} déclare l'entité ${e.name}, qui existe déjà`);
      entities.add(e.name);
    }
    for (const scope of Object.keys(p.accessScopes ?? {})) {
      if (scopes.has(scope)) throw new Error(`Portée d'accès « ${scope} » déclarée deux fois (${p.name})`);
      scopes.add(scope);
    }
    for (const slot of Object.keys(p.rules ?? {})) {
      if (!(slot in ruleSlots)) throw new Error(`Le plugin ${p.name} remplit une règle inconnue : ${slot}`);
    }
  }
}
