// The shape of the content pack files under seeds/content (documented in seeds/content/README.md).
// Validated on load so that a broken pack stops the platform with a message naming the file and the path.
import { z } from 'zod';

export const CHALLENGE_TYPES = ['QCU', 'QCM', 'QROC', 'QROCM-ind', 'QROCM-dep'] as const;
export type ContentChallengeType = (typeof CHALLENGE_TYPES)[number];

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets');

export const tutorialSchema = z.object({
  title: text,
  url: z.string().url(),
  format: z.enum(['vidéo', 'page', 'pdf', 'outil', 'jeu']),
  durationMinutes: z.number().int().min(1).max(120),
});

const media = {
  illustration: z.object({ url: text, alt: text }).optional(),
  attachment: z.object({ name: text, url: text }).optional(),
  embed: z.object({ url: text, title: text, height: z.number().int().positive().optional() }).optional(),
  timerSeconds: z.number().int().min(10).max(600).optional(),
  // Set when leaving the page during the question counts as FOCUSED_OUT.
  focused: z.boolean().optional(),
};

const base = {
  id,
  // A second version of the same question with other values ("jeu de valeurs") names the first one here.
  variantOf: id.optional(),
  instruction: text,
  ...media,
};

const choiceChallenge = (type: 'QCU' | 'QCM') =>
  z.object({
    ...base,
    type: z.literal(type),
    proposals: z.array(text).min(2).max(8),
    // The exact texts of the right proposals: one for QCU, all required ones for QCM.
    solution: z.array(text).min(1),
  });

// "exact" turns off the typo tolerance, for answers where a near miss is another answer (shortcuts, codes…).
const tolerance = z.enum(['typo', 'exact']).optional();
const field = z.object({ label: text, accepted: z.array(text).min(1), tolerance });

export const challengeSchema = z
  .discriminatedUnion('type', [
    choiceChallenge('QCU'),
    choiceChallenge('QCM'),
    z.object({ ...base, type: z.literal('QROC'), fields: z.array(field).length(1) }),
    z.object({ ...base, type: z.literal('QROCM-ind'), fields: z.array(field).min(2).max(6) }),
    z.object({
      ...base,
      type: z.literal('QROCM-dep'),
      fields: z.array(z.object({ label: text })).min(2).max(6),
      // Groups of synonyms; the answers, in any order, must each match a different group.
      accepted: z.array(z.array(text).min(1)).min(2),
      tolerance,
    }),
  ])
  .superRefine((c, ctx) => {
    if (c.type === 'QCU' || c.type === 'QCM') {
      const missing = c.solution.filter((s) => !c.proposals.includes(s));
      if (missing.length) ctx.addIssue({ code: 'custom', path: ['solution'], message: `réponse absente des propositions : ${missing.join(', ')}` });
      if (new Set(c.proposals).size !== c.proposals.length) ctx.addIssue({ code: 'custom', path: ['proposals'], message: 'propositions en double' });
      if (c.type === 'QCU' && c.solution.length !== 1) ctx.addIssue({ code: 'custom', path: ['solution'], message: 'une QCU a exactement une bonne réponse' });
      if (c.type === 'QCM' && c.solution.length < 2) ctx.addIssue({ code: 'custom', path: ['solution'], message: 'une QCM a au moins deux bonnes réponses' });
    }
    if (c.type === 'QROCM-dep' && c.accepted.length < c.fields.length) {
      ctx.addIssue({ code: 'custom', path: ['accepted'], message: 'moins de groupes de réponses que de champs' });
    }
  });

export const skillSchema = z.object({
  id,
  // "@tube" + difficulty, e.g. "@recherche3".
  name: z.string().regex(/^@[A-Za-z0-9À-ÿ_]+[1-8]$/),
  difficulty: z.number().int().min(1).max(8),
  hint: z.string().optional(),
  tutorials: z.array(tutorialSchema).default([]),
  challenges: z.array(challengeSchema).min(1),
});

export const tubeSchema = z.object({
  id,
  name: z.string().regex(/^@[A-Za-z0-9À-ÿ_]+$/),
  title: text,
  skills: z.array(skillSchema).min(1),
});

export const competenceFileSchema = z.object({
  competence: z.string().regex(/^[1-5]\.[1-4]$/),
  tubes: z.array(tubeSchema).min(1),
});

export const frameworkSchema = z.object({
  version: text,
  levels: z.array(z.object({ level: z.number().int().min(1).max(8), name: text })).length(8),
  areas: z
    .array(
      z.object({
        code: z.string().regex(/^[1-5]$/),
        title: text,
        competences: z.array(z.object({ code: z.string().regex(/^[1-5]\.[1-4]$/), name: text })).min(1),
      }),
    )
    .min(1),
});

export type ContentChallenge = z.infer<typeof challengeSchema>;
export type ContentSkill = z.infer<typeof skillSchema>;
export type ContentTube = z.infer<typeof tubeSchema>;
export type CompetenceFile = z.infer<typeof competenceFileSchema>;
export type FrameworkFile = z.infer<typeof frameworkSchema>;

export const targetProfilesFileSchema = z.object({
  targetProfiles: z.array(
    z.object({
      id,
      name: text,
      /** Organisation tags the profile is meant for (COLLEGE, LYCEE…); empty: every organisation. */
      audienceTags: z.array(z.string()).default([]),
      description: text,
      tubes: z.array(z.object({ tube: id, maxLevel: z.number().int().min(1).max(8) })).min(1),
      /** Stages ("paliers") by mastery percentage, the first at 0. */
      stages: z.array(z.object({ threshold: z.number().int().min(0).max(100), title: text, message: text })).min(1),
    }),
  ),
});
export type TargetProfilesFile = z.infer<typeof targetProfilesFileSchema>;
