import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentPackError, DEFAULT_CONTENT_DIR, loadContent } from './load-content.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A copy of the real pack, with one competence file rewritten by `edit`. */
function packWith(edit: (competence: any) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const dir = mkdtempSync(join(tmpdir(), 'opencrcn-pack-'));
  dirs.push(dir);
  cpSync(join(DEFAULT_CONTENT_DIR, 'framework.json'), join(dir, 'framework.json'));
  cpSync(join(DEFAULT_CONTENT_DIR, 'competences'), join(dir, 'competences'), { recursive: true });
  const file = join(dir, 'competences', '1.1.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (e) {
    if (e instanceof ContentPackError) return e.problems;
    throw e;
  }
  return [];
}

describe('content pack', () => {
  it('loads the 5 domains and 16 competences in order, with pix values per level', () => {
    const ref = loadContent();
    expect(ref.areas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(ref.competences.map((c) => c.code)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2']);
    expect(ref.competenceByCode.get('4.2')!.name).toBe('Protéger les données personnelles et la vie privée');
    for (const c of ref.competences) {
      const byLevel = new Map<number, number>();
      for (const s of c.tubes.flatMap((t) => t.skills)) byLevel.set(s.difficulty, (byLevel.get(s.difficulty) ?? 0) + s.pixValue);
      for (const total of byLevel.values()) expect(total).toBeLessThanOrEqual(8 + 1e-9);
    }
  });

  it('names the file and path of a schema error', () => {
    const problems = problemsOf(packWith((c) => { c.tubes[0].skills[0].challenges[0].type = 'QCX'; }));
    expect(problems.join('\n')).toMatch(/competences\/1\.1\.json › tubes\.0\.skills\.0\.challenges\.0/);
  });

  it('reports a right answer that is not one of the proposals', () => {
    const dir = packWith((c) => {
      const qcu = c.tubes.flatMap((t: any) => t.skills).flatMap((s: any) => s.challenges).find((ch: any) => ch.type === 'QCU'); // eslint-disable-line @typescript-eslint/no-explicit-any
      qcu.solution = ['une réponse absente'];
    });
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/réponse absente des propositions/);
  });

  it('reports duplicate ids and misnamed skills once the files are well-formed', () => {
    const problems = problemsOf(packWith((c) => {
      c.tubes[0].skills[1].id = c.tubes[0].skills[0].id;
      c.tubes[0].skills[2].name = `${c.tubes[0].name}9`.replace('9', String(c.tubes[0].skills[2].difficulty + 1));
    })).join('\n');
    expect(problems).toMatch(/identifiant en double : acquis/);
    expect(problems).toMatch(/devrait être/);
  });
});
