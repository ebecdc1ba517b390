/**
 * A value axis for the server-drawn charts: ticks at whole multiples of 1, 2, 2.5 or 5 × 10^k,
 * at most `intervals` of them, from `min` (rounded down) to `max` (rounded up), so the axis starts
 * and ends on a tick. Counts ask for `integers`. An empty range (all zero) becomes 0–1.
 */
export function niceTicks(min: number, max: number, { integers = false, intervals = 4 } = {}): number[] {
  const top = max > min ? max : min + 1;
  const raw = (top - min) / intervals;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factors = integers ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = Math.max(integers ? 1 : 0, factors.map((f) => f * power).find((s) => s >= raw) ?? 10 * power);
  const first = Math.floor(min / step);
  const last = Math.ceil(top / step);
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

/** Where `value` sits between an axis' first and last tick, from 0 to 1. */
export function fractionOf(value: number, ticks: readonly number[]): number {
  const lo = ticks[0];
  return (value - lo) / (ticks[ticks.length - 1] - lo);
}

/** The same as a CSS percentage, for positions and sizes in HTML. */
export const percentOf = (value: number, ticks: readonly number[]) => `${(fractionOf(value, ticks) * 100).toFixed(3)}%`;
