// The adaptive positioning engine (domain.md §2): pure functions of the referential, the learner's knowledge and a seed.
export type { KnowledgeStatus, KnownSkill, Knowledge, NewKnowledge } from './knowledge-types.js';
export { inferKnowledge } from './infer-knowledge.js';
export { estimateLevel } from './estimate-level.js';
export type { PickInput, Pick } from './pick-challenge.js';
export { pickNextChallenge } from './pick-challenge.js';
