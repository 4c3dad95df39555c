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
  /** Defaults shipped with the plugin; a platform admin may set another window per school year. */
  windows: CertificationWindow[];
}

export interface MandatoryCertificationRule {
  /** The classes concerned, for people ("3e"). */
  label: string;
  /** Whether a pupil of this class (division name and MEF code) must be certified this year. */
  concerns(student: { division?: string | null; mefCode?: string | null }): boolean;
}

export interface SessionRule {
  /** At least one invigilator per this many candidates. */
  maxCandidatesPerInvigilator: number;
  /** A session should not last longer (test time with extra time included). */
  maxSessionMinutes: number;
}

export interface CatalogueRule {
  /** Target profile names offered to the organisation start with one of these (plus the competence-wide profiles). */
  namePrefixes: string[];
}

interface RuleSlotTypes {
  /** When certification sessions may take place. Default: no window, sessions any day. */
  certificationWindow: CertificationWindowRule | null;
  /** Which pupils must be certified this year. Default: none is listed as mandatory. */
  mandatoryCertification: MandatoryCertificationRule | null;
  /** Invigilator ratio and session length. Default: no limit. */
  sessionRules: SessionRule | null;
  /** Which target profiles the organisation sees. Default: those whose audience matches its tags. */
  targetProfileCatalogue: CatalogueRule | null;
  /** Tag that names the level of school, for display. Default: none. */
  schoolLevelLabel: string | null;
}

export type RuleSlotName = keyof RuleSlotTypes;
export type RuleValue<K extends RuleSlotName> = RuleSlotTypes[K];

export const ruleSlots: { [K in RuleSlotName]: { description: string; default: RuleSlotTypes[K] } } = {
  certificationWindow: { description: 'Fenêtre de certification par année scolaire', default: null },
  mandatoryCertification: { description: 'Classes concernées par la certification obligatoire', default: null },
  sessionRules: { description: 'Surveillants par candidat et durée des sessions', default: null },
  targetProfileCatalogue: { description: 'Catalogue de parcours', default: null },
  schoolLevelLabel: { description: "Libellé du niveau d'établissement", default: null },
};
