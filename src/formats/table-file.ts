/**
 * Reads CSV and Excel tables into rows of cells, as the office wrote them:
 * CSV in UTF-8 (with or without BOM) or Windows-1258, separated by commas,
 * semicolons (Excel's choice where the comma is the decimal mark) or tabs;
 * XLSX with every sheet and its merged cells, so a header merged over
 * several columns names each of them.
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { DataFileError, notValidJson, type DataProblem } from '../core/problems';
import { parseRangeReference, type MergedRange, type TableCell } from '../core/table-header';
import type { TableSource } from '../core/table-import';
import { decodeText } from './decode-text';

/** One sheet (or the one table of a CSV) as rows of cells, before any header is found. */
export interface RawTable extends TableSource {
  readonly merges: readonly MergedRange[];
  /** How the file was read, for the user to check: "UTF-8, ';'", "Windows-1258, ','". */
  readonly readAs: string;
  readonly problems: readonly DataProblem[];
}

const extensionOf = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export async function readTableFile(name: string, bytes: Uint8Array): Promise<RawTable[]> {
  const extension = extensionOf(name);
  if (extension === 'xlsx') return readWorkbook(name, bytes);
  if (extension === 'xls') {
    throw new DataFileError(name, '', {
      vi: 'là sổ Excel 97–2003 cũ (.xls); hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx hoặc .csv',
      en: 'is an old Excel 97–2003 workbook (.xls); open it in Excel or LibreOffice and save it as .xlsx or .csv',
    });
  }
  if (extension === 'json') return [readJsonRows(name, bytes)];
  return [readCsv(name, bytes)];
}

/**
 * A JSON array of row objects, as many systems export a table
 * (`[{"Mã xã": "00004", "Tổng số hộ": 1143}, …]`): the keys, in the order
 * first met, are the header. Keys are only ever read as text, so a key such
 * as `__proto__` is a column like any other.
 */
function readJsonRows(name: string, bytes: Uint8Array): RawTable {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    throw new DataFileError(name, '', notValidJson(error));
  }
  const isRow = (row: unknown): row is Record<string, unknown> =>
    typeof row === 'object' && row !== null && !Array.isArray(row);
  if (!Array.isArray(json) || json.length === 0 || !json.every(isRow)) {
    throw new DataFileError(name, '', {
      vi: 'không phải bảng: cần một danh sách các dòng dạng {"cột": giá trị, …}',
      en: 'is not a table: expected a list of rows such as {"column": value, …}',
    });
  }
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of json) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const cell = (value: unknown): TableCell =>
    value === null || value === undefined || value === ''
      ? null
      : typeof value === 'number' || typeof value === 'string'
        ? value
        : String(value);
  const rows: TableCell[][] = [
    header,
    ...json.map((row) => header.map((key) => (Object.hasOwn(row, key) ? cell(row[key]) : null))),
  ];
  return {
    fileName: name,
    sheet: null,
    rows,
    merges: [],
    decimalHint: '.',
    readAs: 'JSON',
    problems: [],
  };
}

function readCsv(name: string, bytes: Uint8Array): RawTable {
  const decoded = decodeText(bytes);
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false });
  const delimiter = parsed.meta.delimiter || ',';
  const rows = parsed.data.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  // A trailing newline gives one empty last row.
  while (rows.length && rows[rows.length - 1]?.every((c) => c === null)) rows.pop();
  if (rows.length === 0) throw new DataFileError(name, '', { vi: 'trống', en: 'is empty' });
  const problems: DataProblem[] = parsed.errors.map((error) => ({
    severity: 'warning',
    file: name,
    where:
      error.row === undefined ? '' : { vi: `dòng ${error.row + 1}`, en: `row ${error.row + 1}` },
    message: {
      vi: `${error.message}; hãy kiểm tra dấu ngoặc kép và dấu phân cách ở dòng này`,
      en: `${error.message}; check quotes and separators in this row`,
    },
  }));
  return {
    fileName: name,
    sheet: null,
    rows,
    merges: [],
    // Excel writes semicolon-separated CSV exactly where the comma is the decimal mark.
    decimalHint: delimiter === ';' ? ',' : '.',
    readAs: `${decoded.encoding}${decoded.byteOrderMark ? ' (BOM)' : ''}, "${delimiter === '\t' ? 'tab' : delimiter}"`,
    problems,
  };
}

async function readWorkbook(name: string, bytes: Uint8Array): Promise<RawTable[]> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    sheets = (await readXlsxFile(buffer as ArrayBuffer)) as typeof sheets;
  } catch (error) {
    throw new DataFileError(name, '', {
      vi: `không phải sổ Excel .xlsx đọc được (${(error as Error).message})`,
      en: `is not a readable Excel .xlsx workbook (${(error as Error).message})`,
    });
  }
  const merges = mergedRangesBySheet(bytes);
  return sheets.map(({ sheet, data }) => ({
    fileName: name,
    sheet,
    rows: data.map((row) => row.map(cellOfExcel)),
    merges: merges.get(sheet) ?? [],
    decimalHint: ',',
    readAs: 'Excel .xlsx',
    problems: [],
  }));
}

function cellOfExcel(value: unknown): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * The merged ranges of each sheet, by sheet name. read-excel-file gives cell
 * values only; the merges are read from the workbook's XML directly.
 */
function mergedRangesBySheet(bytes: Uint8Array): Map<string, MergedRange[]> {
  const result = new Map<string, MergedRange[]>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) =>
        file.name === 'xl/workbook.xml' ||
        file.name === 'xl/_rels/workbook.xml.rels' ||
        file.name.startsWith('xl/worksheets/'),
    });
  } catch {
    return result;
  }
  const workbook = files['xl/workbook.xml'];
  const relations = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !relations) return result;
  const targets = new Map<string, string>();
  for (const match of strFromU8(relations).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  for (const match of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const sheetName = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const relation = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const target = relation ? targets.get(relation) : undefined;
    const xml = target ? files[`xl/${target}`] : undefined;
    if (!sheetName || !xml) continue;
    const ranges = [...strFromU8(xml).matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)]
      .map((m) => parseRangeReference(m[1] as string))
      .filter((range): range is MergedRange => range !== null);
    result.set(unescapeXml(sheetName), ranges);
  }
  return result;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
