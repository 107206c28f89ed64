import { gammaln } from "simple-statistics";

// Tail probabilities and quantiles of count distributions. simple-statistics
// has the Poisson pmf table but no tail function that stays accurate far in
// the tail and at small rates, so these sum pmf terms: the first term from
// the log pmf, each next one by the ratio of neighbouring terms, summing
// away from the mode so the terms shrink and the sum can stop early.

/**
 * Natural log of the negative binomial pmf with mean `mu` and size `size`
 * (variance mu + mu² / size). As size grows it tends to the Poisson pmf.
 *
 * @example logNegBinomialPmf(0, 2, Infinity) // = -2, the Poisson log P(0 | 2)
 */
export function logNegBinomialPmf(k: number, mu: number, size: number): number {
  if (mu <= 0) return k === 0 ? 0 : -Infinity;
  if (!Number.isFinite(size)) return k * Math.log(mu) - mu - gammaln(k + 1);
  const p = size / (size + mu);
  return gammaln(k + size) - gammaln(size) - gammaln(k + 1) + size * Math.log(p) + k * Math.log1p(-p);
}

/** pmf(k + 1) / pmf(k). */
function nextRatio(k: number, mu: number, size: number): number {
  if (!Number.isFinite(size)) return mu / (k + 1);
  return ((k + size) / (k + 1)) * (mu / (size + mu));
}

function mode(mu: number, size: number): number {
  if (!Number.isFinite(size)) return Math.floor(mu);
  return size > 1 ? Math.floor(((size - 1) * mu) / size) : 0;
}

// Relative size of the last term kept: far below any precision a score shows.
const NEGLIGIBLE = 1e-12;

// Beyond this standard deviation a sum of terms costs too much and the
// normal approximation (with continuity correction) is as good as exact at
// any precision a score shows: a store selling tens of thousands an hour.
const LARGE_SD = 2000;

function sd(mu: number, size: number): number {
  return Math.sqrt(mu + (Number.isFinite(size) ? (mu * mu) / size : 0));
}

function isLarge(mu: number, size: number): boolean {
  return sd(mu, size) > LARGE_SD;
}

/** P(Z <= z) for a standard normal Z. */
function normalTail(z: number): number {
  return z >= 0 ? 1 - 0.5 * erfc(z / Math.SQRT2) : 0.5 * erfc(-z / Math.SQRT2);
}

// The complementary error function, accurate far into the tail, where 1 −
// erf loses every digit (Numerical Recipes' Chebyshev fit, relative error
// below 1.2e-7).
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const poly =
    -x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}

/**
 * P(X <= k): probability of a count at most k, for X negative binomial with
 * mean mu and size `size` (Infinity gives the Poisson distribution).
 *
 * @example lowerTail(0, 30) // ≈ 9.4e-14: zero sales where 30 were expected
 */
export function lowerTail(k: number, mu: number, size = Infinity): number {
  k = Math.floor(k);
  if (k < 0) return 0;
  if (mu <= 0) return 1;
  if (isLarge(mu, size)) return normalTail((k + 0.5 - mu) / sd(mu, size));
  if (k >= mode(mu, size)) return Math.max(0, 1 - upperTail(k + 1, mu, size));
  let term = Math.exp(logNegBinomialPmf(k, mu, size));
  let total = term;
  for (let j = k; j > 0 && term > total * NEGLIGIBLE; j--) {
    term /= nextRatio(j - 1, mu, size);
    total += term;
  }
  return Math.min(1, total);
}

/**
 * P(X >= k): probability of a count at least k.
 *
 * @example upperTail(10, 2) // ≈ 4.6e-5
 */
export function upperTail(k: number, mu: number, size = Infinity): number {
  k = Math.ceil(k);
  if (k <= 0) return 1;
  if (mu <= 0) return 0;
  if (isLarge(mu, size)) return normalTail((mu - (k - 0.5)) / sd(mu, size));
  if (k <= mode(mu, size)) return Math.max(0, 1 - lowerTail(k - 1, mu, size));
  let term = Math.exp(logNegBinomialPmf(k, mu, size));
  let total = term;
  for (let j = k; term > total * NEGLIGIBLE && term > 0; j++) {
    term *= nextRatio(j, mu, size);
    total += term;
  }
  return Math.min(1, total);
}

/**
 * Smallest count k with P(X <= k) >= p, by bisection on the lower tail:
 * no walk through terms that may underflow, whatever the rate.
 *
 * @example countQuantile(0.5, 10) // 10
 */
export function countQuantile(p: number, mu: number, size = Infinity): number {
  if (mu <= 0) return 0;
  const spread = sd(mu, size);
  // Bracket the answer a few standard deviations either side of the mean,
  // widening only if the tail is heavier than that.
  let low = Math.floor(mu - 8 * spread); // P(X <= low) < p
  while (low >= 0 && lowerTail(low, mu, size) >= p) low = Math.floor(low / 2) - 1;
  let high = Math.ceil(mu + 8 * spread); // P(X <= high) >= p
  while (lowerTail(high, mu, size) < p) high *= 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (lowerTail(mid, mu, size) >= p) high = mid;
    else low = mid;
  }
  return high;
}
