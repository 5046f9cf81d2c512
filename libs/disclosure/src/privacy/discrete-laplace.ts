import type { RandomSource } from './random-source';

/**
 * Exact samplers for the discrete Laplace (two-sided geometric) distribution,
 * P(X = x) ∝ exp(−|x| / scale), after Canonne, Kamath and Steinke, "The Discrete Gaussian for
 * Differential Privacy" (NeurIPS 2020), algorithms 1 and 2. Only integer arithmetic on uniform
 * integers is used, so there are no floating-point artefacts (the weakness of textbook
 * Laplace noise on doubles).
 */

/** Bernoulli(num / den), 0 ≤ num ≤ den. */
function bernoulli(random: RandomSource, num: number, den: number): boolean {
  return random.uniformInt(den) < num;
}

/** Bernoulli(exp(−num/den)) for 0 ≤ num/den ≤ 1. */
function bernoulliExpFraction(random: RandomSource, num: number, den: number): boolean {
  let k = 1;
  while (bernoulli(random, num, den * k)) k++;
  return k % 2 === 1;
}

/**
 * A sample with scale t/s (P(x) ∝ exp(−|x|·s/t)) for positive integers s and t.
 */
export function sampleDiscreteLaplace(random: RandomSource, s: number, t: number): number {
  if (!Number.isSafeInteger(s) || !Number.isSafeInteger(t) || s < 1 || t < 1) throw new RangeError('s and t must be positive integers');
  for (;;) {
    const u = random.uniformInt(t);
    if (!bernoulliExpFraction(random, u, t)) continue;
    let v = 0;
    while (bernoulliExpFraction(random, 1, 1)) v++;
    const y = Math.floor((u + t * v) / s);
    const negative = bernoulli(random, 1, 2);
    if (negative && y === 0) continue;
    return negative ? -y : y;
  }
}
