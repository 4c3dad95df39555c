import { describe, expect, it } from 'vitest';
import { matchStudents, normalizeName } from './match-student.js';
import { generateCampaignCode, normalizeCampaignCode, CAMPAIGN_CODE_PATTERN } from './campaign-code.js';

const student = (id: number, o: Partial<Parameters<typeof matchStudents>[0][number]> = {}) => ({
  id, firstName: 'Anne-Sophie', middleName: 'Marie', thirdName: null, lastName: 'DE LA FONTAINE', preferredLastName: 'Dupré', birthdate: '2011-03-04', ...o,
});

describe('reconciliation', () => {
  it('ignores accents, case, spaces, hyphens and apostrophes', () => {
    expect(normalizeName("  D'Hérouville-Ébrard ")).toBe('dherouvilleebrard');
    expect(matchStudents([student(1)], { firstName: 'anne sophie', lastName: 'de la Fontaine', birthdate: '2011-03-04' })).toHaveLength(1);
  });

  it('accepts any given name as first name and the usage name as last name', () => {
    expect(matchStudents([student(1)], { firstName: 'MARIE', lastName: 'dupre', birthdate: '2011-03-04' })).toHaveLength(1);
  });

  it('needs the same birthdate', () => {
    expect(matchStudents([student(1)], { firstName: 'Anne-Sophie', lastName: 'De La Fontaine', birthdate: '2011-03-05' })).toEqual([]);
  });

  it('tolerates a typo (ratio ≤ 0.25) only when no exact match exists', () => {
    expect(matchStudents([student(1)], { firstName: 'Anne-Sofie', lastName: 'Delafontaine', birthdate: '2011-03-04' })).toHaveLength(1);
    expect(matchStudents([student(1)], { firstName: 'Annabelle', lastName: 'Delafontaine', birthdate: '2011-03-04' })).toEqual([]);
    const exactAndClose = [student(1, { firstName: 'Léo', middleName: null, lastName: 'Martin', preferredLastName: null }), student(2, { firstName: 'Léa', middleName: null, lastName: 'Martin', preferredLastName: null })];
    expect(matchStudents(exactAndClose, { firstName: 'Leo', lastName: 'martin', birthdate: '2011-03-04' }).map((s) => s.id)).toEqual([1]);
  });

  it('returns every match so that the caller can refuse ambiguity', () => {
    expect(matchStudents([student(1), student(2)], { firstName: 'Anne-Sophie', lastName: 'Dupré', birthdate: '2011-03-04' })).toHaveLength(2);
  });
});

describe('campaign codes', () => {
  it('draws 6 letters without I, L, O and 3 digits from 2 to 9', () => {
    for (let i = 0; i < 200; i++) expect(generateCampaignCode()).toMatch(CAMPAIGN_CODE_PATTERN);
    expect(generateCampaignCode(() => 0)).toBe('AAAAAA222');
  });

  it('reads a typed code whatever its case and spaces', () => {
    expect(normalizeCampaignCode(' abcdef 234 ')).toBe('ABCDEF234');
  });
});
