import { PNG } from 'pngjs';

/** Counts pixels of a screenshot within `tolerance` of each colour (per channel). */
export function colourShares(png: Buffer, colours: readonly string[], tolerance = 6): number[] {
  const image = PNG.sync.read(png);
  const targets = colours.map(
    (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number],
  );
  const counts = colours.map(() => 0);
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    for (let k = 0; k < targets.length; k += 1) {
      const [r, g, b] = targets[k] as [number, number, number];
      if (
        Math.abs(data[i]! - r) <= tolerance &&
        Math.abs(data[i + 1]! - g) <= tolerance &&
        Math.abs(data[i + 2]! - b) <= tolerance
      ) {
        counts[k]! += 1;
        break;
      }
    }
  }
  const total = image.width * image.height;
  return counts.map((c) => c / total);
}

/** How many pixels of an image are within `tolerance` of each colour. */
export function colourCounts(png: Buffer, colours: readonly string[], tolerance = 6): number[] {
  const { width, height } = PNG.sync.read(png);
  return colourShares(png, colours, tolerance).map((share) => Math.round(share * width * height));
}
