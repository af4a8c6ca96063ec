/**
 * Upper tail of the chi-square distribution with 1 degree of freedom, for the log-rank p-value. With
 * 1 df, P(X > q) = P(|Z| > √q) = erfc(√(q/2)), so an erfc accurate to ~1e-15 relative keeps tiny
 * p-values (1e-12, 1e-200) as accurate as R's pchisq(q, 1, lower.tail = FALSE), where 1 − Φ would
 * round them to 0.
 */

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
/** Below this the Maclaurin series loses < 1e-15 to cancellation; above it the continued fraction needs < 50 terms. */
const SERIES_LIMIT = 1.5;
/** Past 27.3, erfc is below the smallest double (5e-324): 0, where the fraction at x = ∞ would give NaN. */
const UNDERFLOW = 27.3;

/** The complementary error function, erfc(x) = 1 − erf(x), to about 1e-15 relative for every x. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x > UNDERFLOW) return 0;
  return x < SERIES_LIMIT ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

export function chiSquareUpperTail1(q: number): number {
  if (!(q >= 0)) throw new RangeError(`A chi-square statistic is ≥ 0, got ${q}`);
  return erfc(Math.sqrt(q / 2));
}

/** erf(x) = 2/√π · Σ (−1)ⁿ x²ⁿ⁺¹ / (n! (2n + 1)); for x < 1.5 the largest term is < 3, so little is lost. */
function erfSeries(x: number): number {
  let sum = 0;
  let power = x; // (−1)ⁿ x²ⁿ⁺¹ / n!
  for (let n = 0; n < 100; n++) {
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    power *= (-x * x) / (n + 1);
  }
  return TWO_OVER_SQRT_PI * sum;
}

/**
 * erfc(x) = e^(−x²)/√π · 2x / (2x² + 1 − 1·2 / (2x² + 5 − 3·4 / (2x² + 9 − …))), the even part of
 * Laplace's continued fraction, evaluated by the modified Lentz method (Numerical Recipes §5.2).
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  const twoXSquared = 2 * x * x;
  let fraction = tiny;
  let c = fraction;
  let d = 0;
  for (let j = 1; j < 500; j++) {
    const a = j === 1 ? 1 : -(2 * j - 3) * (2 * j - 2);
    const b = twoXSquared + 4 * j - 3;
    d = b + a * d;
    d = 1 / (d === 0 ? tiny : d);
    c = b + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    fraction *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (Math.exp(-x * x) / Math.sqrt(Math.PI)) * 2 * x * fraction;
}
