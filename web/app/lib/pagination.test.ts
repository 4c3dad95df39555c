import { describe, expect, it } from 'vitest';
import { currentCursor, firstPageSearch, nextPageSearch, pageIndex, previousPageSearch } from './pagination';
import { pageAddress } from './session.server';

describe('pagination par curseurs', () => {
  it('garde les curseurs parcourus pour revenir en arrière', () => {
    const first = new URLSearchParams('classe=3E1');
    expect(currentCursor(first)).toBeNull();
    const second = new URLSearchParams(nextPageSearch(first, 'abc'));
    const third = new URLSearchParams(nextPageSearch(second, 'def'));
    expect([currentCursor(third), pageIndex(third)]).toEqual(['def', 2]);
    expect(previousPageSearch(third)).toBe('?classe=3E1&pages=abc');
    expect(previousPageSearch(second)).toBe('?classe=3E1');
  });

  it('repart de la première page quand un filtre change', () => {
    expect(firstPageSearch(new URLSearchParams('classe=3E1&pages=abc'), { classe: '3E2' })).toBe('?classe=3E2');
    expect(firstPageSearch(new URLSearchParams('classe=3E1'), { classe: null })).toBe('?');
  });
});

describe('adresse de retour après la connexion', () => {
  it('retire ce qui ne concerne que les requêtes de données', () => {
    expect(pageAddress(new Request('http://x/orga/1/eleves.data?classe=3E1&_routes=orga'))).toBe('/orga/1/eleves?classe=3E1');
    expect(pageAddress(new Request('http://x/_root.data'))).toBe('/');
    expect(pageAddress(new Request('http://x/campagnes/ABC?index'))).toBe('/campagnes/ABC');
  });
});
