import { describe, expect, it } from 'vitest';
import { baseUsername, pickUsername } from './usernames.js';

describe('generated usernames', () => {
  it('is firstname.lastname + DDMM of birth, without accents, spaces or hyphens', () => {
    expect(baseUsername('Killian', 'Latour', '2005-05-20')).toBe('killian.latour2005');
    expect(baseUsername('Anne-Sophie', "D'Hérouville Ébrard", '2011-12-03')).toBe('annesophie.dherouvilleebrard0312');
  });

  it('adds a number when the name is taken', () => {
    expect(pickUsername('emma.martin0101', new Set())).toBe('emma.martin0101');
    expect(pickUsername('emma.martin0101', new Set(['emma.martin0101', 'emma.martin01012']))).toBe('emma.martin01013');
  });
});
