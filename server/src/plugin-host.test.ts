import { describe, expect, it } from 'vitest';
import { definePlugin } from './plugin-api/index.js';
import { checkPlugins, RuleConflictError, RuleRegistry } from './plugin-host.js';
import college from '../../plugins/college/index.js';

const school = (tags: string[]) => ({ id: 1, type: 'SCO', tags });

describe('rule slots', () => {
  it('gives the collège window to a school tagged COLLEGE and the core default to others', () => {
    const rules = new RuleRegistry([college]);
    expect(rules.for('certificationWindow', school(['COLLEGE']))?.windows).toContainEqual(expect.objectContaining({ schoolYear: 2025, start: '2026-03-16', end: '2026-06-13' }));
    expect(rules.for('certificationWindow', school(['LYCEE']))).toBeNull();
    expect(rules.activePlugins(school(['COLLEGE']))).toEqual(['college']);
  });

  it('falls back to the core default when the plugin is not installed', () => {
    expect(new RuleRegistry([]).for('certificationWindow', school(['COLLEGE']))).toBeNull();
  });

  it('refuses two plugins filling the same slot for one organisation', () => {
    const other = definePlugin({ name: 'autre', activeFor: { tags: ['COLLEGE'] }, rules: { schoolLevelLabel: 'Autre' } });
    expect(() => new RuleRegistry([college, other]).for('schoolLevelLabel', school(['COLLEGE']))).toThrow(RuleConflictError);
  });

  it('refuses a plugin installed twice, an entity name clash and an unknown slot', () => {
    expect(() => checkPlugins([college, college], [])).toThrow(/deux fois/);
    class User {}
    expect(() => checkPlugins([definePlugin({ name: 'x', entities: [User] })], ['User'])).toThrow(/existe déjà/);
    expect(() => checkPlugins([definePlugin({ name: 'y', rules: { nope: 1 } as never })], [])).toThrow(/règle inconnue/);
  });
});
