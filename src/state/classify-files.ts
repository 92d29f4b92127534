import type { Vintage } from '../core/units';

/** What a chosen file is for, told from its name and, for .json, its first bytes. */
export type FileRole = 'boundaries' | 'indicators' | 'table' | 'crosswalk' | 'unknown';

export interface ChosenFile {
  readonly file: File;
  readonly role: FileRole;
  /** The vintage an indicator file declares, read from its head. */
  readonly declaredVintage: Vintage | null;
}

const BOUNDARY_EXTENSIONS = ['geojson', 'topojson', 'zip', 'shp', 'dbf', 'prj', 'cpg', 'shx'];
const TABLE_EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'xls'];

export async function classifyFile(file: File): Promise<ChosenFile> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (BOUNDARY_EXTENSIONS.includes(extension)) {
    return { file, role: 'boundaries', declaredVintage: null };
  }
  if (TABLE_EXTENSIONS.includes(extension)) return { file, role: 'table', declaredVintage: null };
  if (extension === 'json') {
    // The head is enough: an indicator file names its format and vintage before its values.
    const head = await file.slice(0, 64 * 1024).text();
    if (head.includes('ntp-atlas/indicators')) {
      const vintage = /"vintage"\s*:\s*"(2021|2025)"/.exec(head)?.[1] as Vintage | undefined;
      return { file, role: 'indicators', declaredVintage: vintage ?? null };
    }
    if (head.includes('ntp-atlas/crosswalk'))
      return { file, role: 'crosswalk', declaredVintage: null };
    // A list of row objects is a table, as many systems export one.
    if (/^\uFEFF?\s*\[\s*\{/.test(head)) return { file, role: 'table', declaredVintage: null };
    return { file, role: 'boundaries', declaredVintage: null };
  }
  return { file, role: 'unknown', declaredVintage: null };
}
