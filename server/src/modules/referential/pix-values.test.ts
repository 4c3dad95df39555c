import { describe, expect, it } from 'vitest';
import { pixValuesByLevel } from './pix-values.js';

describe('pix values', () => {
  it('shares 8 pix between the skills of a level, at most 4 each', () => {
    const values = pixValuesByLevel([{ difficulty: 1 }, { difficulty: 2 }, { difficulty: 2 }, { difficulty: 3 }, { difficulty: 3 }, { difficulty: 3 }, { difficulty: 4 }, { difficulty: 4 }, { difficulty: 4 }, { difficulty: 4 }]);
    expect(values.get(1)).toBe(4);
    expect(values.get(2)).toBe(4);
    expect(values.get(3)).toBeCloseTo(8 / 3, 12);
    expect(values.get(4)).toBe(2);
  });
});
