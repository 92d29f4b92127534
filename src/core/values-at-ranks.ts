/**
 * The values that would sit at `ranks` (0-based, in any order) if `values`
 * were sorted ascending, without sorting them.
 *
 * Quantile breaks pooled over five periods need about eight ranks out of
 * ~53,000 values for 10,600 communes, on every switch to a layer not shown
 * before. Sorting costs ~5 ms and a selection per rank ~2.5 ms; counting
 * the values into buckets between their least and greatest, then looking
 * only inside the few buckets that hold a wanted rank, reads the values
 * three times (~0.6 ms). A wanted bucket is bucketed again over its own
 * narrower range until it is small or every value in it is the same; when
 * one holds most of the values (a long tail squeezes them into the first),
 * Hoare's selection among all of them takes over, as fast as before.
 */
export function valuesAtRanks(values: ArrayLike<number>, ranks: readonly number[]): number[] {
  const n = values.length;
  for (const rank of ranks)
    if (!Number.isInteger(rank) || rank < 0 || rank >= n)
      throw new RangeError(`rank ${rank} is outside 0…${n - 1}`);
  const found = new Array<number>(ranks.length);
  const order = ranks.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  pick(values, n, order, ranks, 0, found);
  return found;
}

/** Below this many values a native sort of a copy costs less than counting buckets. */
const SORT_BELOW = 512;
const MAX_BUCKETS = 4096;

/**
 * Fills `found[i]` for each `i` in `wanted` (ascending by rank), where
 * ranks are counted from `offset` within the first `n` entries of `values`.
 */
function pick(
  values: ArrayLike<number>,
  n: number,
  wanted: readonly number[],
  ranks: readonly number[],
  offset: number,
  found: number[],
): void {
  let min = Infinity;
  let max = -Infinity;
  // How many values equal the least and the greatest: a column with many
  // zeros answers its low ranks here, without bucketing the zeros again and again.
  let atMin = 0;
  let atMax = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    if (v < min) {
      min = v;
      atMin = 0;
    }
    if (v === min) atMin += 1;
    if (v > max) {
      max = v;
      atMax = 0;
    }
    if (v === max) atMax += 1;
  }
  const inside: number[] = [];
  for (const i of wanted) {
    const rank = ranks[i]! - offset;
    if (rank < atMin) found[i] = min;
    else if (rank >= n - atMax) found[i] = max;
    else inside.push(i);
  }
  if (inside.length === 0) return;
  wanted = inside;
  if (n < SORT_BELOW) {
    const sorted = copyOf(values, n).sort();
    for (const i of wanted) found[i] = sorted[ranks[i]! - offset] as number;
    return;
  }
  // Bucket of v: floor((v − min) · scale). Subtraction and scaling by a
  // positive number never reverse the order of two values, so every value
  // of a bucket is at most every value of the next.
  const buckets = Math.min(MAX_BUCKETS, n >> 2);
  const scale = buckets / (max - min);
  const counts = new Uint32Array(buckets);
  const top = buckets - 1;
  for (let i = 0; i < n; i += 1) {
    // (v − min) · scale lies in 0…buckets: `| 0` floors it, the maximum joins the top bucket.
    const b = Math.min(top, (((values[i] as number) - min) * scale) | 0);
    counts[b] = (counts[b] as number) + 1;
  }
  // Which bucket each wanted rank falls in, and where that bucket starts.
  const groups: { bucket: number; start: number; wanted: number[] }[] = [];
  let start = 0;
  let bucket = 0;
  for (const i of wanted) {
    const rank = ranks[i]! - offset;
    while (start + (counts[bucket] as number) <= rank) {
      start += counts[bucket] as number;
      bucket += 1;
    }
    const last = groups[groups.length - 1];
    if (last?.bucket === bucket) last.wanted.push(i);
    else groups.push({ bucket, start, wanted: [i] });
  }
  // A bucket holding most of the values (a long tail squeezes them into the
  // first) would be bucketed level after level: select among all instead.
  if (groups.some((group) => (counts[group.bucket] as number) * 2 > n)) {
    const copy = copyOf(values, n);
    selectEach(copy, wanted, ranks, offset, found);
    return;
  }
  // One more pass gathers the values of the wanted buckets only.
  const slotOf = new Int32Array(buckets).fill(-1);
  const gathered = groups.map((group, slot) => {
    slotOf[group.bucket] = slot;
    return new Float64Array(counts[group.bucket] as number);
  });
  const filled = new Uint32Array(groups.length);
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    const slot = slotOf[Math.min(top, ((v - min) * scale) | 0)] as number;
    if (slot >= 0) {
      gathered[slot]![filled[slot]!] = v;
      filled[slot] = filled[slot]! + 1;
    }
  }
  groups.forEach((group, slot) => {
    const inBucket = gathered[slot]!;
    pick(inBucket, inBucket.length, group.wanted, ranks, offset + group.start, found);
  });
}

/** The first `n` values as an array of our own, free to reorder. */
function copyOf(values: ArrayLike<number>, n: number): Float64Array {
  if (values instanceof Float64Array) return values.slice(0, n);
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i += 1) copy[i] = values[i] as number;
  return copy;
}

/** The wanted ranks (ascending) by successive selections, each in what the last left above it. */
function selectEach(
  values: Float64Array,
  wanted: readonly number[],
  ranks: readonly number[],
  offset: number,
  found: number[],
): void {
  let left = 0;
  for (const i of wanted) {
    const rank = ranks[i]! - offset;
    selectNth(values, rank, left, values.length - 1);
    found[i] = values[rank] as number;
    left = rank;
  }
}

/**
 * Hoare's selection: puts the value that would sit at `nth` in sorted order
 * there, with none greater before it and none smaller after it, looking only
 * at `left…right` (where it must already lie).
 */
export function selectNth(values: Float64Array, nth: number, left: number, right: number): void {
  while (right > left) {
    const pivot = values[(left + right) >> 1] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    // Now left…j ≤ pivot ≤ i…right, and anything strictly between equals the pivot.
    if (nth <= j) right = j;
    else if (nth >= i) left = i;
    else return;
  }
}
