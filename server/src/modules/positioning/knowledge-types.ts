// The knowledge the engine reasons on: one current element per skill of the competence.

export type KnowledgeStatus = 'VALIDATED' | 'INVALIDATED';
export type KnowledgeSource = 'DIRECT' | 'INFERRED';

export interface KnownSkill { status: KnowledgeStatus; source: KnowledgeSource }

/** Current knowledge of the user on this competence: skill id → latest KE (RESET ones and those the caller wants re-asked are simply absent). */
export type Knowledge = ReadonlyMap<string, KnownSkill>;

export interface NewKnowledge { skillId: string; status: KnowledgeStatus; source: KnowledgeSource }
