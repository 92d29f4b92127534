import type { TableMapping } from '../core/table-import';
import type { BilingualText } from '../core/text';
import type { Vintage } from '../core/units';
import type { VintageFiles } from './data-sources';
import type { ImportContext, ImportState } from './import-workflow';

/** Why the mapping cannot be used yet, or null when it can. */
function mappingProblem(mapping: TableMapping | null): BilingualText | null {
  if (!mapping) return { vi: 'Bảng chưa đọc xong', en: 'The table is not read yet' };
  const roles = mapping.columns.map((c) => c.role);
  if (!roles.includes('code') && !roles.includes('name')) {
    return {
      vi: 'Chọn cột mã đơn vị hoặc cột tên đơn vị',
      en: 'Choose the column with the unit code or the unit name',
    };
  }
  if (!roles.includes('indicator')) {
    return { vi: 'Chọn ít nhất một cột chỉ tiêu', en: 'Choose at least one indicator column' };
  }
  if ('fixed' in mapping.period && !/^(19|20)\d{2}$/.test(mapping.period.fixed)) {
    return {
      vi: 'Nhập năm của số liệu, ví dụ 2024, hoặc chọn cột năm',
      en: 'Enter the year of the figures, e.g. 2024, or choose the year column',
    };
  }
  return null;
}

/**
 * The files to load and the vintage to read them in, or why they cannot be
 * loaded together: an indicator file or table alone goes onto boundaries
 * already shown.
 */
export function filesToLoad(
  state: ImportState,
  context: ImportContext,
): { vintage: Vintage | 'auto'; files: VintageFiles } | BilingualText {
  const unknown = state.chosen.find((c) => c.role === 'unknown');
  if (unknown) {
    return {
      vi: `${unknown.file.name}: không phải tệp địa giới hay chỉ tiêu (GeoJSON, TopoJSON, Shapefile .zip, tệp chỉ tiêu JSON, CSV, .xlsx)`,
      en: `${unknown.file.name}: is neither a boundary nor an indicator file (GeoJSON, TopoJSON, .zip Shapefile, indicator JSON, CSV, .xlsx)`,
    };
  }
  const table = state.chosen.find((c) => c.role === 'table');
  const indicators = state.chosen.filter((c) => c.role === 'indicators');
  if (indicators.length + (table ? 1 : 0) > 1) {
    return {
      vi: 'Chọn một tệp chỉ tiêu hoặc một bảng',
      en: 'Choose one indicator file or one table at a time',
    };
  }
  if (table) {
    const problem = mappingProblem(state.mapping);
    if (problem) return problem;
  }
  const boundaryFiles = state.chosen.filter((c) => c.role === 'boundaries');
  const indicator = indicators[0];
  let vintage = state.vintage;
  if (vintage === 'auto' && indicator?.declaredVintage) vintage = indicator.declaredVintage;
  // A table alone goes onto the boundaries on screen.
  if (vintage === 'auto' && table && boundaryFiles.length === 0) vintage = context.shownVintage;
  const chosenBoundaries = boundaryFiles.map((c) => ({
    name: c.file.name,
    blob: c.file as Blob,
  }));
  // An indicator file alone goes onto the boundaries already shown for its vintage.
  const boundaries = chosenBoundaries.length
    ? chosenBoundaries
    : vintage === 'auto'
      ? undefined
      : context.current[vintage]?.boundaries;
  if (!boundaries?.length) {
    return {
      vi: 'Cần tệp địa giới cho tệp chỉ tiêu này',
      en: 'This indicator file needs boundaries: add a boundary file',
    };
  }
  return {
    vintage,
    files: {
      boundaries,
      indicators: indicator ? { name: indicator.file.name, blob: indicator.file } : null,
    },
  };
}
