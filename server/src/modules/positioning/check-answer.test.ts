import { describe, it, expect } from 'vitest';
import type { ContentChallenge } from '../referential/content-pack.schema.js';
import { loadContent } from '../referential/load-content.js';
import { checkAnswer, expectedAnswer, matches, normalizeAnswer } from './check-answer.js';

const qcu: ContentChallenge = {
  id: 'c-qcu',
  type: 'QCU',
  instruction: 'Lequel est un moteur de recherche ?',
  proposals: ['Wikipédia', 'Qwant', 'Firefox', 'Gmail'],
  solution: ['Qwant'],
};

const qcm: ContentChallenge = {
  id: 'c-qcm',
  type: 'QCM',
  instruction: 'Lesquels sont des navigateurs ?',
  proposals: ['Firefox', 'Chrome', 'Gmail', 'Writer'],
  solution: ['Firefox', 'Chrome'],
};

const qroc = (accepted: string[], tolerance?: 'typo' | 'exact'): ContentChallenge => ({
  id: 'c-qroc',
  type: 'QROC',
  instruction: 'Réponse libre',
  fields: [{ label: 'Réponse', accepted, tolerance }],
});

const qrocmInd: ContentChallenge = {
  id: 'c-ind',
  type: 'QROCM-ind',
  instruction: 'Complétez',
  fields: [
    { label: 'Logiciel', accepted: ['navigateur', 'navigateur web'] },
    { label: 'Raccourci', accepted: ['Ctrl+C'], tolerance: 'exact' },
    { label: 'Nombre', accepted: ['1,5'] },
  ],
};

const qrocmDep = (accepted: string[][], fields = 2, tolerance?: 'typo' | 'exact'): ContentChallenge => ({
  id: 'c-dep',
  type: 'QROCM-dep',
  instruction: 'Citez-en plusieurs',
  fields: Array.from({ length: fields }, (_, i) => ({ label: `Réponse ${i + 1}` })),
  accepted,
  tolerance,
});

const engines = qrocmDep([['Google'], ['Bing'], ['Qwant'], ['DuckDuckGo'], ['Brave Search', 'Brave']]);

describe('normalizeAnswer', () => {
  it('drops case, accents, spaces and punctuation', () => {
    expect(normalizeAnswer("  Partage d'Écran ! ")).toBe('partagedecran');
    expect(normalizeAnswer('Rechercher & remplacer…')).toBe('rechercherremplacer');
    expect(normalizeAnswer('Get-FileHash')).toBe('getfilehash');
  });

  it('spells out ligatures and sharp s', () => {
    expect(normalizeAnswer('Œuvre')).toBe('oeuvre');
    expect(normalizeAnswer('cœur')).toBe('coeur');
    expect(normalizeAnswer('Ænéide')).toBe('aeneide');
    expect(normalizeAnswer('Straße')).toBe('strasse');
  });

  it('removes non-breaking and thin spaces', () => {
    expect(normalizeAnswer('espace\u00a0insécable\u202f')).toBe('espaceinsecable');
  });

  it('keeps decimal marks between digits and the minus sign of a number', () => {
    expect(normalizeAnswer('1,5')).toBe('1.5');
    expect(normalizeAnswer('1 000,25')).toBe('1000.25');
    expect(normalizeAnswer('192.168.1.37')).toBe('192.168.1.37');
    expect(normalizeAnswer('-3')).toBe('-3');
    expect(normalizeAnswer('\u2212 2,5')).toBe('-2.5');
    expect(normalizeAnswer('fin.')).toBe('fin');
    expect(normalizeAnswer('-abc')).toBe('abc');
  });
});

describe('matches', () => {
  it('accepts a typo on a long word', () => {
    expect(matches('navigatuer', 'navigateur', 'typo')).toBe(true);
    expect(matches('NAVIGATEUR', 'navigateur', 'typo')).toBe(true);
    expect(matches('nivagetaur', 'navigateur', 'typo')).toBe(false);
  });

  it('refuses typos on short words', () => {
    expect(matches('sitte', 'site', 'typo')).toBe(false);
    expect(matches('ext', 'exe', 'typo')).toBe(false);
  });

  it('refuses typos on anything with digits', () => {
    expect(matches('3019', '3018', 'typo')).toBe(false);
    expect(matches('sha265sum', 'sha256sum', 'typo')).toBe(false);
    expect(matches('192.168.1.38', '192.168.1.37', 'typo')).toBe(false);
  });

  it('refuses every typo when the tolerance is exact', () => {
    expect(matches('navigatuer', 'navigateur', 'exact')).toBe(false);
    expect(matches('ctrl v', 'Ctrl+C', 'exact')).toBe(false);
    expect(matches('http', 'https', 'exact')).toBe(false);
    expect(matches('CTRL + c', 'Ctrl+C', 'exact')).toBe(true);
  });

  it('compares numbers as numbers, with a comma or a point', () => {
    for (const given of ['1,5', '1.5', '1,50', ' 1.500 ']) expect(matches(given, '1,5', 'typo')).toBe(true);
    expect(matches('15', '1,5', 'typo')).toBe(false);
    expect(matches('1,6', '1.5', 'typo')).toBe(false);
    expect(matches('14', '14', 'typo')).toBe(true);
    expect(matches('14 jours', '14', 'typo')).toBe(false);
  });

  it('keeps the sign of negative numbers', () => {
    expect(matches('-3', '-3', 'typo')).toBe(true);
    expect(matches('− 3,0', '-3', 'typo')).toBe(true);
    expect(matches('3', '-3', 'typo')).toBe(false);
    expect(matches('-3', '3', 'typo')).toBe(false);
  });

  it('never matches an answer that is only punctuation', () => {
    expect(matches('?!', '?', 'typo')).toBe(false);
    expect(matches('...', 'navigateur', 'typo')).toBe(false);
  });
});

describe('checkAnswer', () => {
  describe('QCU', () => {
    it('is OK only with the right proposal', () => {
      expect(checkAnswer(qcu, ['Qwant'])).toBe('OK');
      expect(checkAnswer(qcu, ['Firefox'])).toBe('KO');
      expect(checkAnswer(qcu, ['Qwant', 'Firefox'])).toBe('KO');
    });

    it('is KO for a value that is not a proposal', () => {
      expect(checkAnswer(qcu, ['Bing'])).toBe('KO');
      expect(checkAnswer(qcu, ['qwant'])).toBe('KO');
    });
  });

  describe('QCM', () => {
    it('is OK with all the right proposals, in any order', () => {
      expect(checkAnswer(qcm, ['Chrome', 'Firefox'])).toBe('OK');
    });

    it('is KO with a missing or an extra choice', () => {
      expect(checkAnswer(qcm, ['Firefox'])).toBe('KO');
      expect(checkAnswer(qcm, ['Firefox', 'Chrome', 'Gmail'])).toBe('KO');
      expect(checkAnswer(qcm, ['Firefox', 'Chrome', 'Opera'])).toBe('KO');
    });
  });

  describe('QROC', () => {
    it('accepts any of the accepted answers, normalised', () => {
      const c = qroc(["partage d'écran", 'partager son écran']);
      expect(checkAnswer(c, ['Partage d’écran'])).toBe('OK');
      expect(checkAnswer(c, ['PARTAGER SON ECRAN'])).toBe('OK');
      expect(checkAnswer(c, ['partage decrans'])).toBe('OK');
      expect(checkAnswer(c, ['tableau blanc'])).toBe('KO');
    });

    it('accepts œ and non-breaking spaces', () => {
      expect(checkAnswer(qroc(['œuvre dérivée']), ['oeuvre\u00a0derivee'])).toBe('OK');
    });

    it('is exact when the field says so', () => {
      expect(checkAnswer(qroc(['nomophobie']), ['nomofobie'])).toBe('OK');
      expect(checkAnswer(qroc(['nomophobie'], 'exact'), ['nomofobie'])).toBe('KO');
      expect(checkAnswer(qroc(['Ctrl+H'], 'exact'), ['ctrl g'])).toBe('KO');
    });

    it('compares numbers exactly', () => {
      const c = qroc(['3018']);
      expect(checkAnswer(c, ['3 018'])).toBe('OK');
      expect(checkAnswer(c, ['3019'])).toBe('KO');
    });
  });

  describe('QROCM-ind', () => {
    it('is OK when every field is right', () => {
      expect(checkAnswer(qrocmInd, ['Navigatuer', 'ctrl c', '1.50'])).toBe('OK');
    });

    it('is PARTIALLY when some fields are right', () => {
      expect(checkAnswer(qrocmInd, ['navigateur', 'ctrl v', '1,5'])).toBe('PARTIALLY');
      expect(checkAnswer(qrocmInd, ['navigateur', '', ''])).toBe('PARTIALLY');
      expect(checkAnswer(qrocmInd, ['navigateur'])).toBe('PARTIALLY');
    });

    it('is KO when no field is right', () => {
      expect(checkAnswer(qrocmInd, ['tableur', 'ctrl v', '15'])).toBe('KO');
    });

    it('checks each field against its own answers', () => {
      expect(checkAnswer(qrocmInd, ['1,5', 'navigateur', 'ctrl c'])).toBe('KO');
    });
  });

  describe('QROCM-dep', () => {
    it('accepts the answers in any order', () => {
      expect(checkAnswer(engines, ['Google', 'Qwant'])).toBe('OK');
      expect(checkAnswer(engines, ['qwant', 'GOOGLE'])).toBe('OK');
      expect(checkAnswer(engines, ['Brave', 'Duck Duck Go'])).toBe('OK');
    });

    it('is PARTIALLY or KO depending on how many answers find a group', () => {
      expect(checkAnswer(engines, ['Google', 'Firefox'])).toBe('PARTIALLY');
      expect(checkAnswer(engines, ['Firefox', 'Chrome'])).toBe('KO');
    });

    it('counts a duplicate answer once', () => {
      expect(checkAnswer(engines, ['Google', 'google'])).toBe('PARTIALLY');
      expect(checkAnswer(engines, ['Brave', 'Brave Search'])).toBe('PARTIALLY');
      // "courriel" also matches "courrier" by typo: typed twice, it must not fill both groups.
      const mail = qrocmDep([['courriel'], ['courrier']]);
      expect(checkAnswer(mail, ['courriel', 'Courriel'])).toBe('PARTIALLY');
    });

    it('finds a matching where a first-fit would not', () => {
      // "courrier" fits both groups; a first-fit gives it the first one, which "mail" needs.
      const c = qrocmDep([['courriel', 'mail'], ['courrier', 'lettre']]);
      expect(checkAnswer(c, ['courrier', 'mail'])).toBe('OK');
      expect(checkAnswer(c, ['mail', 'courrier'])).toBe('OK');
      const three = qrocmDep([['classeur', 'tableur'], ['tableau'], ['tableaux']], 3);
      expect(checkAnswer(three, ['tableaux', 'tableau', 'tableur'])).toBe('OK');
    });

    it('is exact when the challenge says so', () => {
      const formats = qrocmDep([['jpeg', 'jpg'], ['tiff'], ['webp']], 2, 'exact');
      expect(checkAnswer(formats, ['JPG', '.webp'])).toBe('OK');
      expect(checkAnswer(formats, ['jpegg', 'webp'])).toBe('PARTIALLY');
      const words = qrocmDep([['navigateur'], ['courriel']]);
      expect(checkAnswer(words, ['navigatuer', 'couriel'])).toBe('OK');
      expect(checkAnswer(qrocmDep([['navigateur'], ['courriel']], 2, 'exact'), ['navigatuer', 'couriel'])).toBe('KO');
    });

    it('ignores values beyond the number of fields', () => {
      expect(checkAnswer(engines, ['Google', 'Firefox', 'Bing'])).toBe('PARTIALLY');
    });
  });

  describe('statuses other than right or wrong', () => {
    it('is SKIPPED for an empty answer or only empty fields', () => {
      expect(checkAnswer(qcu, [])).toBe('SKIPPED');
      expect(checkAnswer(qcm, [])).toBe('SKIPPED');
      expect(checkAnswer(qroc(['x']), [''])).toBe('SKIPPED');
      expect(checkAnswer(qrocmInd, ['', '  ', '\u00a0'])).toBe('SKIPPED');
      expect(checkAnswer(engines, ['', ''])).toBe('SKIPPED');
    });

    it('is TIMEDOUT when the time ran out, whatever was typed', () => {
      expect(checkAnswer(qcu, ['Qwant'], { timedOut: true })).toBe('TIMEDOUT');
      expect(checkAnswer(qcu, ['Firefox'], { timedOut: true })).toBe('TIMEDOUT');
      expect(checkAnswer(qcu, [], { timedOut: true })).toBe('TIMEDOUT');
    });

    it('is FOCUSED_OUT for a right answer on a focused challenge only', () => {
      const focused: ContentChallenge = { ...qcu, focused: true };
      expect(checkAnswer(focused, ['Qwant'], { focusedOut: true })).toBe('FOCUSED_OUT');
      expect(checkAnswer(focused, ['Firefox'], { focusedOut: true })).toBe('KO');
      expect(checkAnswer(focused, [], { focusedOut: true })).toBe('SKIPPED');
      expect(checkAnswer(focused, ['Qwant'])).toBe('OK');
      expect(checkAnswer(qcu, ['Qwant'], { focusedOut: true })).toBe('OK');
    });

    it('never throws on odd input', () => {
      expect(checkAnswer(qcu, ['🙂'])).toBe('KO');
      expect(checkAnswer(qrocmInd, ['?', '!', '...'])).toBe('KO');
      expect(checkAnswer(engines, ['Google', 'Bing', 'Qwant', 'Yahoo', 'Lilo', 'x', 'y'])).toBe('OK');
    });
  });
});

describe('expectedAnswer', () => {
  it('gives the solution or the first accepted answers', () => {
    expect(expectedAnswer(qcm)).toEqual(['Firefox', 'Chrome']);
    expect(expectedAnswer(qrocmInd)).toEqual(['navigateur', 'Ctrl+C', '1,5']);
    expect(expectedAnswer(engines)).toEqual(['Google', 'Bing']);
  });
});

describe('the content pack', () => {
  const challenges = loadContent().competences.flatMap((c) => c.tubes.flatMap((t) => t.skills.flatMap((s) => s.challenges)));

  it('accepts the expected answer of every challenge, and skips an empty one', () => {
    expect(challenges.length).toBeGreaterThan(0);
    for (const c of challenges) {
      expect(checkAnswer(c, expectedAnswer(c)), c.id).toBe('OK');
      expect(checkAnswer(c, []), c.id).toBe('SKIPPED');
    }
  });

  it('accepts the expected answers of a QROCM-dep in reverse order', () => {
    for (const c of challenges.filter((c) => c.type === 'QROCM-dep')) {
      expect(checkAnswer(c, expectedAnswer(c).reverse()), c.id).toBe('OK');
    }
  });
});
