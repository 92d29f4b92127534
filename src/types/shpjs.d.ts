// shpjs 6 ships no types (the @types package describes version 3); only the two readers we use.
declare module 'shpjs' {
  /** Shapes in file order; null for a null shape. Coordinates as stored (no reprojection without `prj`). */
  export function parseShp(shp: DataView, prj?: string): (GeoJSON.Geometry | null)[];
  /** Records in file order, decoded with the encoding named (the .cpg text). */
  export function parseDbf(dbf: DataView, encoding?: string): Record<string, unknown>[];
}
