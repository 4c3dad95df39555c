// Checks beyond the file shapes: what the positioning engine needs to play every competence.
import type { Referential } from './load-content.js';
import { checkAnswer, expectedAnswer, freeAnswerSets, normalizeAnswer } from '../positioning/check-answer.js';

export interface ContentReport { summary: string[]; problems: string[] }

export function checkPlayability(ref: Referential): ContentReport {
  const problems: string[] = [];
  const summary: string[] = [`Référentiel ${ref.version} : ${ref.areas.length} domaines, ${ref.competences.length} compétences`];
  const types = new Map<string, number>();
  let skills = 0, challenges = 0, variants = 0, timed = 0, media = 0, tutored = 0, withVariant = 0;
  let freeFields = 0, exactFields = 0, digitFields = 0;
  for (const competence of ref.competences) {
    if (competence.tubes.length === 0) { problems.push(`compétence ${competence.code} : aucun sujet`); continue; }
    for (const tube of competence.tubes) {
      for (const skill of tube.skills) {
        skills++;
        if (skill.tutorials.length) tutored++;
        if (skill.challenges.some((c) => c.variantOf)) withVariant++;
        if (!skill.challenges.some((c) => !c.variantOf)) problems.push(`acquis ${skill.id} : aucune épreuve principale (toutes sont des variantes)`);
        for (const c of skill.challenges) {
          challenges++;
          if (c.variantOf) variants++;
          if (c.timerSeconds) timed++;
          if (c.illustration || c.attachment || c.embed) media++;
          types.set(c.type, (types.get(c.type) ?? 0) + 1);
          const expected = expectedAnswer(c);
          if (checkAnswer(c, expected) !== 'OK') problems.push(`épreuve ${c.id} : la bonne réponse (${expected.join(' ; ')}) n'est pas acceptée`);
          for (const set of freeAnswerSets(c)) {
            freeFields++;
            const normalized = set.accepted.map(normalizeAnswer);
            const empty = set.accepted.filter((_, i) => normalized[i] === '');
            if (empty.length) problems.push(`épreuve ${c.id} : réponse admise vide une fois normalisée : ${empty.join(', ')}`);
            if (set.tolerance === 'exact') exactFields++;
            else if (normalized.some((a) => /\p{N}/u.test(a))) digitFields++;
          }
        }
      }
    }
    const levels = new Set(competence.tubes.flatMap((t) => t.skills.map((s) => s.difficulty)));
    if (!levels.has(1) || !levels.has(2)) problems.push(`compétence ${competence.code} : il faut des acquis de niveau 1 et 2 pour commencer un test`);
  }
  summary.push(`${skills} acquis, ${challenges} épreuves dont ${variants} variantes (${withVariant} acquis avec variante)`);
  summary.push(`types : ${[...types].map(([t, n]) => `${t} ${n}`).join(', ')}`);
  summary.push(`${timed} épreuves chronométrées, ${media} avec image, pièce jointe ou application intégrée, ${tutored} acquis avec tutoriels`);
  summary.push(`réponses libres : ${freeFields} champs, dont ${exactFields} marqués « exact »`);
  // Not a problem: numbers and codes with digits are compared without typo tolerance anyway.
  if (digitFields) summary.push(`avertissement : ${digitFields} champs « typo » ont des réponses admises avec chiffres, comparées exactement`);
  return { summary, problems };
}
