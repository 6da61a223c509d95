/**
 * The benchmark's workloads: which sample index each request of a run asks for. Two distributions
 * over an operation's whole population (the 3,000 instrument ids, the 200 search terms, …):
 * uniform, and Zipf with s = 1 (rank k is asked for in proportion to 1/k), which is how requests for
 * popular records in a catalogue tend to look and what a read cache is for.
 *
 * Deterministic: a stream is a seeded PRNG (mulberry32), so every server sees the same sequence of
 * indices, request by request. The Zipf sampler is a precomputed CDF and a binary search (no npm
 * package for it is both small and maintained; this is fifteen lines).
 */
import { createRandom } from './generateScaleGraph.js';

export type Distribution = 'uniform' | 'zipf';
export const distributions: Distribution[] = ['uniform', 'zipf'];

/** Zipf's exponent: 1.0, the classic web/catalogue popularity curve. */
export const ZIPF_S = 1.0;

/**
 * Draws ranks 0…n-1 with P(k) ∝ 1 / (k + 1)^s from `random` (uniform in [0, 1)): the CDF is built
 * once (n additions), each draw is a binary search over it.
 */
export function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k += 1) {
    total += 1 / (k + 1) ** s;
    cdf[k] = total;
  }
  return () => {
    const u = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A string's 32-bit FNV-1a hash: a stable seed per operation. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The sequence of sample indices (0…population-1) a run sends, one call per request. The seed is
 * the operation, the distribution and the phase (warm-up and measurement are different streams:
 * the measured requests are not the warm-up's again), so a run of any server draws the same
 * sequence. The Zipf ranks are indices into the population, whose order is itself a seeded shuffle
 * of the graph (generateScaleGraph's sample), so the popular ids are spread over the whole graph.
 */
export function indexStream(operation: string, distribution: Distribution, population: number, phase: 'warmup' | 'measure'): () => number {
  const random = createRandom(hash(`${operation}|${distribution}|${phase}`));
  if (distribution === 'zipf') return zipfSampler(population, ZIPF_S, random);
  return () => Math.floor(random() * population);
}

/** The share of draws that hit the `top` most popular indices: how skewed a stream is (reported beside the runs). */
export function topShare(next: () => number, draws: number, top: number): number {
  let hits = 0;
  for (let i = 0; i < draws; i += 1) if (next() < top) hits += 1;
  return hits / draws;
}
