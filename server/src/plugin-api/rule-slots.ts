// Rule slots the core declares, each with its default. A plugin fills a slot for the organisations it is active for.

export interface CertificationWindow {
  /** School year, named by the calendar year of its start (2025 = 2025-2026). */
  schoolYear: number;
  start: string; // YYYY-MM-DD, inclusive
  end: string; // YYYY-MM-DD, inclusive
  makeUpStart?: string;
  makeUpEnd?: string;
}

export interface CertificationWindowRule {
  /** Who the window concerns, for messages ("collèges"). */
  audience: string;
  windows: CertificationWindow[];
}

interface RuleSlotTypes {
  /** When mandatory certification sessions may take place. Default: no window, sessions any day. */
  certificationWindow: CertificationWindowRule | null;
  /** Tag that names the level of school, for display. Default: none. */
  schoolLevelLabel: string | null;
}

export type RuleSlotName = keyof RuleSlotTypes;
export type RuleValue<K extends RuleSlotName> = RuleSlotTypes[K];

export const ruleSlots: { [K in RuleSlotName]: { description: string; default: RuleSlotTypes[K] } } = {
  certificationWindow: { description: 'Fenêtre de certification par année scolaire', default: null },
  schoolLevelLabel: { description: "Libellé du niveau d'établissement", default: null },
};
