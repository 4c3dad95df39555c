// Loads the versioned content pack (seeds/content) into an immutable in-memory referential.
// Every instance loads the same files shipped with the release, so no instance holds state of its own.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodError } from 'zod';
import {
  competenceFileSchema,
  frameworkSchema,
  targetProfilesFileSchema,
  type CompetenceFile,
  type ContentChallenge,
  type ContentTube,
  type FrameworkFile,
} from './content-pack.schema.js';
import { pixValuesByLevel } from './pix-values.js';
import { ROOT_DIR } from '../../config.js';

export interface Skill {
  id: string;
  name: string;
  difficulty: number;
  pixValue: number;
  tubeId: string;
  competenceCode: string;
  tutorials: CompetenceFile['tubes'][number]['skills'][number]['tutorials'];
  challenges: ContentChallenge[];
}
export interface Tube { id: string; name: string; title: string; competenceCode: string; skills: Skill[] }
export interface Competence { code: string; name: string; areaCode: string; index: number; tubes: Tube[] }
export interface Area { code: string; title: string; competences: Competence[] }
export interface LoadedChallenge { challenge: ContentChallenge; skill: Skill }

export interface TargetProfile {
  id: string;
  name: string;
  audienceTags: string[];
  description: string;
  tubes: { tube: Tube; maxLevel: number }[];
  /** The skills the profile aims at: those of its tubes up to each tube's max level. */
  skillIds: ReadonlySet<string>;
  stages: { threshold: number; title: string; message: string }[];
}

export interface Referential {
  version: string;
  targetProfiles: TargetProfile[];
  targetProfileById: Map<string, TargetProfile>;
  areas: Area[];
  competences: Competence[];
  competenceByCode: Map<string, Competence>;
  skillById: Map<string, Skill>;
  challengeById: Map<string, LoadedChallenge>;
}

export class ContentPackError extends Error {
  constructor(readonly problems: string[]) {
    super(`Le pack de contenu est invalide :\n- ${problems.join('\n- ')}`);
    this.name = 'ContentPackError';
  }
}

export const DEFAULT_CONTENT_DIR = join(ROOT_DIR, 'seeds/content');

function formatZod(file: string, error: ZodError): string[] {
  return error.issues.map((i) => `${file} › ${i.path.join('.') || '(racine)'} : ${i.message}`);
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${path} : JSON illisible (${(e as Error).message})`);
    return undefined;
  }
}

/** Reads and checks the pack; throws ContentPackError listing every problem found. */
export function loadContent(dir: string = DEFAULT_CONTENT_DIR): Referential {
  const problems: string[] = [];
  const frameworkRaw = readJson(join(dir, 'framework.json'), problems);
  const framework = frameworkSchema.safeParse(frameworkRaw);
  if (!framework.success) throw new ContentPackError([...problems, ...formatZod('framework.json', framework.error)]);

  const files = new Map<string, CompetenceFile>();
  const competencesDir = join(dir, 'competences');
  const names = existsSync(competencesDir) ? readdirSync(competencesDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of names) {
    const parsed = competenceFileSchema.safeParse(readJson(join(competencesDir, name), problems));
    if (!parsed.success) { problems.push(...formatZod(`competences/${name}`, parsed.error)); continue; }
    if (`${parsed.data.competence}.json` !== name) problems.push(`competences/${name} : le fichier doit s'appeler ${parsed.data.competence}.json`);
    files.set(parsed.data.competence, parsed.data);
  }
  const referential = build(framework.data, files, problems);
  const profilesFile = join(dir, 'target-profiles.json');
  if (existsSync(profilesFile)) {
    const parsed = targetProfilesFileSchema.safeParse(readJson(profilesFile, problems));
    if (!parsed.success) problems.push(...formatZod('target-profiles.json', parsed.error));
    else referential.targetProfiles = buildTargetProfiles(parsed.data.targetProfiles, referential, problems);
    referential.targetProfileById = new Map(referential.targetProfiles.map((t) => [t.id, t]));
  }
  if (problems.length) throw new ContentPackError(problems);
  return referential;
}

function build(framework: FrameworkFile, files: Map<string, CompetenceFile>, problems: string[]): Referential {
  const ids = new Set<string>();
  const unique = (kind: string, id: string) => {
    if (ids.has(id)) problems.push(`identifiant en double : ${kind} ${id}`);
    ids.add(id);
  };
  const skillById = new Map<string, Skill>();
  const challengeById = new Map<string, LoadedChallenge>();
  const competences: Competence[] = [];
  const areas: Area[] = framework.areas.map((a) => {
    if (!a.competences.every((c) => c.code.startsWith(`${a.code}.`))) problems.push(`framework.json : le domaine ${a.code} contient une compétence d'un autre domaine`);
    const area: Area = { code: a.code, title: a.title, competences: [] };
    for (const c of a.competences) {
      const file = files.get(c.code);
      const competence: Competence = { code: c.code, name: c.name, areaCode: a.code, index: competences.length, tubes: [] };
      if (file) competence.tubes = file.tubes.map((t) => buildTube(t, c.code, unique, problems));
      const pix = pixValuesByLevel(competence.tubes.flatMap((t) => t.skills));
      for (const tube of competence.tubes) {
        for (const skill of tube.skills) {
          skill.pixValue = pix.get(skill.difficulty)!;
          skillById.set(skill.id, skill);
          for (const challenge of skill.challenges) challengeById.set(challenge.id, { challenge, skill });
        }
      }
      area.competences.push(competence);
      competences.push(competence);
    }
    return area;
  });
  for (const code of files.keys()) {
    if (!competences.some((c) => c.code === code)) problems.push(`competences/${code}.json : compétence absente du référentiel`);
  }
  return {
    version: framework.version,
    targetProfiles: [],
    targetProfileById: new Map(),
    areas,
    competences,
    competenceByCode: new Map(competences.map((c) => [c.code, c])),
    skillById,
    challengeById,
  };
}

function buildTube(t: ContentTube, competenceCode: string, unique: (kind: string, id: string) => void, problems: string[]): Tube {
  unique('sujet', t.id);
  const seen = new Set<number>();
  const tube: Tube = { id: t.id, name: t.name, title: t.title, competenceCode, skills: [] };
  for (const s of t.skills) {
    unique('acquis', s.id);
    if (s.name !== `${t.name}${s.difficulty}`) problems.push(`acquis ${s.id} : le nom ${s.name} devrait être ${t.name}${s.difficulty}`);
    if (seen.has(s.difficulty)) problems.push(`sujet ${t.id} : deux acquis de niveau ${s.difficulty}`);
    seen.add(s.difficulty);
    const local = new Set(s.challenges.map((c) => c.id));
    for (const c of s.challenges) {
      unique('épreuve', c.id);
      if (c.variantOf && (!local.has(c.variantOf) || c.variantOf === c.id)) {
        problems.push(`épreuve ${c.id} : variantOf ${c.variantOf} doit désigner une autre épreuve du même acquis`);
      }
    }
    tube.skills.push({ ...s, pixValue: 0, tubeId: t.id, competenceCode });
  }
  tube.skills.sort((a, b) => a.difficulty - b.difficulty);
  return tube;
}

function buildTargetProfiles(raw: import('./content-pack.schema.js').TargetProfilesFile['targetProfiles'], ref: Referential, problems: string[]): TargetProfile[] {
  const tubes = new Map(ref.competences.flatMap((c) => c.tubes).map((t) => [t.id, t]));
  const seen = new Set<string>();
  return raw.map((tp) => {
    if (seen.has(tp.id)) problems.push(`target-profiles.json : profil cible en double ${tp.id}`);
    seen.add(tp.id);
    if (tp.stages[0]?.threshold !== 0) problems.push(`target-profiles.json : ${tp.id} : le premier palier doit être à 0 %`);
    const resolved = tp.tubes.flatMap(({ tube, maxLevel }) => {
      const found = tubes.get(tube);
      if (!found) problems.push(`target-profiles.json : ${tp.id} : sujet inconnu ${tube}`);
      return found ? [{ tube: found, maxLevel }] : [];
    });
    const skillIds = new Set(resolved.flatMap(({ tube, maxLevel }) => tube.skills.filter((s) => s.difficulty <= maxLevel).map((s) => s.id)));
    return { ...tp, tubes: resolved, skillIds, stages: [...tp.stages].sort((a, b) => a.threshold - b.threshold) };
  });
}
