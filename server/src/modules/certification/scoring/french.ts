// French wording for the jury: counts with the right agreement and percentages that never sit on the wrong side
// of a threshold.

/** French agreement: 0 and 1 take the singular ("0 neutralisée", "1 réussie", "2 réussies"). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n < 2 ? singular : plural}`;
}

/**
 * 100 × part / whole truncated to the unit (whole > 0). Truncated, not rounded: 65.8 % shown as "66 %" would
 * contradict a cancellation for being under 66 %.
 */
export function truncatedPercent(part: number, whole: number): number {
  return Math.floor((100 * part) / whole);
}

/** 100 × part / whole truncated to 2 decimals with a French comma ("72,72"); truncated for the same reason. */
export function percentWithDecimals(part: number, whole: number): string {
  const hundredths = Math.floor((10_000 * part) / whole);
  const units = Math.floor(hundredths / 100);
  const decimals = hundredths % 100;
  return decimals === 0 ? String(units) : `${units},${String(decimals).padStart(2, '0')}`;
}

export const BAND_LABEL = { HIGH: 'tranche ≥ 80 %', MEDIUM: 'tranche 70–79 %', LOW: 'tranche < 70 %' } as const;
