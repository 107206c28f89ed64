import { gammaln } from "simple-statistics";

// Tail probabilities of count distributions. simple-statistics has the
// Poisson pmf table but no tail function that stays accurate at small rates
// and far in the tail, so these sum pmf terms in log space.

/**
 * Natural log of the negative binomial pmf with mean `mu` and size `size`
 * (variance mu + mu^2 / size). As size grows it tends to the Poisson pmf.
 *
 * @example logNegBinomialPmf(0, 2, Infinity) // = -2, the Poisson log P(0 | 2)
 */
export function logNegBinomialPmf(k: number, mu: number, size: number): number {
  if (mu <= 0) return k === 0 ? 0 : -Infinity;
  if (!Number.isFinite(size)) return k * Math.log(mu) - mu - gammaln(k + 1);
  const p = size / (size + mu);
  return gammaln(k + size) - gammaln(size) - gammaln(k + 1) + size * Math.log(p) + k * Math.log1p(-p);
}

/**
 * P(X <= k): probability of a count at most k, for X negative binomial with
 * mean mu and size `size` (Infinity gives the Poisson distribution).
 *
 * @example lowerTail(0, 30) // ≈ 9.4e-14: zero sales where 30 were expected
 */
export function lowerTail(k: number, mu: number, size = Infinity): number {
  if (k < 0) return 0;
  return Math.min(1, sumPmf(0, Math.floor(k), mu, size));
}

/**
 * P(X >= k): probability of a count at least k.
 *
 * @example upperTail(10, 2) // ≈ 4.6e-5
 */
export function upperTail(k: number, mu: number, size = Infinity): number {
  if (k <= 0) return 1;
  if (mu <= 0) return 0;
  // Sum forward from k until the terms stop mattering; the tail beyond the
  // mean decays at least geometrically, so this ends quickly.
  const lower = lowerTail(k - 1, mu, size);
  if (lower < 0.5) return Math.max(0, 1 - lower);
  let total = 0;
  for (let j = Math.ceil(k); ; j++) {
    const term = Math.exp(logNegBinomialPmf(j, mu, size));
    total += term;
    if (j > mu && term < total * 1e-15) break;
    if (j > k + 100000) break;
  }
  return Math.min(1, total);
}

function sumPmf(from: number, to: number, mu: number, size: number): number {
  let total = 0;
  for (let j = from; j <= to; j++) total += Math.exp(logNegBinomialPmf(j, mu, size));
  return total;
}
