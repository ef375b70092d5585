/** Percentile by nearest rank over unsorted samples; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function round(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A ratio a / b rounded to two places, or null when b is zero. */
export function ratio(a: number, b: number): number | null {
  return b === 0 || !Number.isFinite(a) || !Number.isFinite(b) ? null : round(a / b, 2);
}

/** Median and range of a few values (one per round). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The median (mean of the middle two for an even count) and min–max of finite values; null when there are none. */
export function spread(values: ReadonlyArray<number | null>, digits = 2): Spread | null {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const mid = finite.length >> 1;
  const median = finite.length % 2 === 1 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
  return { median: round(median, digits), min: round(finite[0]!, digits), max: round(finite.at(-1)!, digits) };
}

/** `median (min–max)`, or just the median when all rounds agree or there was one round. */
export function showSpread(value: Spread | null): string {
  if (value === null) return '–';
  return value.min === value.max ? String(value.median) : `${value.median} (${value.min}–${value.max})`;
}
