import { PNG } from 'pngjs';

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

/**
 * How alike two pictures of the same map are: each pixel is put in the
 * class of the nearest of `colours` (sea and class colours) within
 * `tolerance`, or "other" (outlines, labels, dots, blended edges); among the
 * pixels in a class on both pictures, the share whose classes differ.
 */
export function pictureDifference(
  a: Buffer,
  b: Buffer,
  colours: readonly string[],
  tolerance = 12,
): { differing: number; compared: number; otherInA: number } {
  const [first, second] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (first.width !== second.width || first.height !== second.height)
    throw new Error(
      `pictures differ in size: ${first.width}×${first.height} and ${second.width}×${second.height}`,
    );
  const targets = colours.map(hex);
  const classOf = (data: Buffer, i: number) =>
    targets.findIndex((t) => t.every((v, k) => Math.abs(data[i + k]! - v) <= tolerance));
  let [differing, compared, otherInA] = [0, 0, 0];
  for (let i = 0; i < first.data.length; i += 4) {
    const [ca, cb] = [classOf(first.data, i), classOf(second.data, i)];
    if (ca < 0) otherInA += 1;
    if (ca < 0 || cb < 0) continue;
    compared += 1;
    if (ca !== cb) differing += 1;
  }
  const total = first.width * first.height;
  return {
    differing: differing / compared,
    compared: compared / total,
    otherInA: otherInA / total,
  };
}
