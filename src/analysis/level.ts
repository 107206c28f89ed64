import { sum, weightedQuantile } from "simple-statistics";

// An hour agrees with a level when its count lies within this many
// standard deviations of level × reference.
const AGREEMENT_Z = 3;
// Trading hours: at least this share of the reference's busiest hour.
const TRADING_SHARE = 0.25;

/**
 * Today's level against a reference, today ≈ level × reference: the ratio
 * of totals over the normal hours, which uses all their information. 1 when
 * no normal hour has a reference count.
 *
 * @example levelOf([10, 20], [5, 10], [true, true]) // 2
 */
export function levelOf(today: number[], reference: number[], normal: boolean[]): number {
  const hours = today.map((_, h) => h).filter((h) => normal[h] && reference[h]! > 0);
  if (hours.length === 0) return 1;
  return sum(hours.map((h) => today[h]!)) / sum(hours.map((h) => reference[h]!));
}

/**
 * The volume-weighted median of the hourly ratios: robust while the broken
 * hours hold less than half the volume.
 *
 * @example weightedMedianRatio([0, 20, 30], [10, 10, 10]) // 2
 */
export function weightedMedianRatio(values: number[], reference: number[]): number {
  const hours = values.map((_, h) => h).filter((h) => reference[h]! > 0);
  if (hours.length === 0) return 1;
  const ratios = hours.map((h) => values[h]! / reference[h]!);
  return weightedQuantile(
    ratios,
    hours.map((h) => reference[h]!),
    0.5,
  );
}

/**
 * The trading hours that agree on one level of today against a reference,
 * before anything is known of today's anomalies. Each trading hour's own
 * ratio is a candidate level; the one the most trading hours agree with
 * wins (within three standard deviations of `noise`), and between equals
 * the one whose hours sold more: an outage agrees with itself too, but
 * sells nothing. A median fails once an outage holds half the day's
 * volume; this fails only when the broken trading hours outnumber the
 * normal ones, and then the day-shift check takes over. Quiet hours do not
 * vote (they agree with any level, even none) and are not returned.
 *
 * @example trading hours at ratio 1 except seven busy hours at 0: those at 1
 */
export function consensusHours(
  today: number[],
  reference: number[],
  noise: (mu: number) => number,
): boolean[] {
  const busiest = Math.max(0, ...reference);
  const voters = today
    .map((_, h) => h)
    .filter((h) => reference[h]! > 0 && reference[h]! >= TRADING_SHARE * busiest);
  const agreeing = (level: number) =>
    voters.filter((h) => {
      const mu = level * reference[h]!;
      return Math.abs(today[h]! - mu) <= AGREEMENT_Z * Math.sqrt(Math.max(noise(mu), 1));
    });
  const sold = (hours: number[]) => sum(hours.map((h) => today[h]!));

  let best: number[] = [];
  for (const h of voters) {
    const support = agreeing(today[h]! / reference[h]!);
    if (support.length > best.length || (support.length === best.length && sold(support) > sold(best))) {
      best = support;
    }
  }
  return today.map((_, h) => best.includes(h));
}
