import { describe, expect, it } from 'vitest';
import { lineLabel, parseFrenchDate, skipReason, studentLabel, validateStudent, type RawStudent } from './validate-student.js';

const valid: RawStudent = {
  nationalId: ' 123456789ab ', firstName: '  Anne   Sophie ', lastName: 'LATOUR', birthdate: '20/05/2011', sex: '2',
  birthCountryCode: '100', birthCityCode: '2a004', birthProvinceCode: '02a', division: ' 3E1 ',
};

function codes(raw: RawStudent) {
  return validateStudent(raw, { line: 4 }, 'Ligne 4').problems.map((problem) => problem.code);
}

describe('student field validation', () => {
  it('normalises: trimmed and collapsed text, upper-case INE and codes, ISO birthdate, M/F', () => {
    expect(validateStudent(valid, {}, 'Élève').record).toEqual({
      nationalId: '123456789AB', firstName: 'Anne Sophie', lastName: 'LATOUR', birthdate: '2011-05-20', sex: 'F',
      birthCountryCode: '100', birthCityCode: '2A004', birthProvinceCode: '02A', division: '3E1',
    });
    expect(validateStudent({ ...valid, sex: 'm' }, {}, 'Élève').record?.sex).toBe('M');
    expect(validateStudent({ ...valid, sex: '' }, {}, 'Élève').record).not.toHaveProperty('sex');
  });

  it('accepts both INE formats and refuses others', () => {
    expect(codes({ ...valid, nationalId: '0123456789K' })).toEqual([]);
    expect(codes({ ...valid, nationalId: '123456789AB' })).toEqual([]);
    expect(codes({ ...valid, nationalId: '12345678ABC' })).toEqual(['NATIONAL_ID_INVALID']);
    expect(codes({ ...valid, nationalId: '0123456789' })).toEqual(['NATIONAL_ID_INVALID']);
    expect(codes({ ...valid, nationalId: '  ' })).toEqual(['NATIONAL_ID_MISSING']);
  });

  it('wants a real calendar date, after 1900 and not in the future', () => {
    expect(parseFrenchDate('29/02/2012')).toBe('2012-02-29');
    expect(parseFrenchDate('1/9/2011')).toBe('2011-09-01');
    expect(parseFrenchDate('29/02/2011')).toBeNull();
    expect(parseFrenchDate('2011-05-20')).toBeNull();
    expect(codes({ ...valid, birthdate: '31/02/2011' })).toEqual(['BIRTHDATE_INVALID']);
    expect(codes({ ...valid, birthdate: '31/12/1900' })).toEqual(['BIRTHDATE_INVALID']);
    expect(codes({ ...valid, birthdate: '01/01/2999' })).toEqual(['BIRTHDATE_INVALID']);
    expect(codes({ ...valid, birthdate: undefined })).toEqual(['BIRTHDATE_MISSING']);
    const [problem] = validateStudent({ ...valid, birthdate: '2011-05-20' }, { line: 4 }, 'Ligne 4').problems;
    expect(problem.message).toBe('Ligne 4 : la date de naissance « 2011-05-20 » n\'est pas au format jj/mm/aaaa.');
  });

  it('lists every problem of a student at once, with the field in question', () => {
    const { problems } = validateStudent({ sex: 'X', birthCountryCode: 'FR', division: '3E1' }, { studentId: '42' }, 'Élève n° 42');
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['NATIONAL_ID_MISSING', 'nationalId'], ['FIRST_NAME_MISSING', 'firstName'], ['LAST_NAME_MISSING', 'lastName'],
      ['BIRTHDATE_MISSING', 'birthdate'], ['SEX_INVALID', 'sex'], ['BIRTH_COUNTRY_INVALID', 'birthCountryCode'],
    ]);
    expect(problems.every((problem) => problem.studentId === '42' && problem.message.startsWith('Élève n° 42 : '))).toBe(true);
  });

  it('wants the commune code of a pupil born in France only', () => {
    expect(codes({ ...valid, birthCityCode: '' })).toEqual(['BIRTH_CITY_CODE_MISSING']);
    expect(codes({ ...valid, birthCityCode: '', birthCountryCode: '134' })).toEqual([]);
  });

  it('refuses values longer than what is stored', () => {
    const [problem] = validateStudent({ ...valid, birthCity: 'X'.repeat(256) }, {}, 'Élève LATOUR Anne').problems;
    expect(problem).toMatchObject({ code: 'FIELD_TOO_LONG', field: 'birthCity', message: 'Élève LATOUR Anne : la commune de naissance dépasse 255 caractères.' });
  });

  it('names the student in messages, by name, INE, ELEVE_ID or line', () => {
    expect(studentLabel({ lastName: 'LATOUR', firstName: 'Killian' })).toBe('Élève LATOUR Killian');
    expect(studentLabel({ nationalId: '123456789ab' }, '7')).toBe("Élève d'INE 123456789AB");
    expect(studentLabel({}, '7')).toBe('Élève n° 7 (ELEVE_ID)');
    expect(lineLabel({ lastName: 'LATOUR', firstName: 'Killian' }, 3)).toBe('Ligne 3 (élève LATOUR Killian)');
    expect(lineLabel({}, 3)).toBe('Ligne 3');
  });

  it('skips students who left, or without a class, or in "Inactifs"', () => {
    expect(skipReason({ division: '3E1', leftOn: '05/01/2026' })).toBe('left');
    expect(skipReason({ division: ' ' })).toBe('withoutClass');
    expect(skipReason({ division: 'INACTIFS' })).toBe('withoutClass');
    expect(skipReason({ division: '3E1', leftOn: '' })).toBeNull();
  });
});
