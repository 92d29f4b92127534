import { PROGRAMME_PERIOD_NAMES, programmePeriodOf } from '../../core/programme-period';
import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isCategoryLayer } from '../../core/classify';
import { formatLayerNumber } from '../../core/describe-value';
import { formatNumber } from '../../core/format';
import { layerLabel, layerUnit } from '../../core/layer';
import type { MapView } from '../../core/map-view';
import type { BilingualText } from '../../core/text';
import {
  sortRows,
  tableCsv,
  tableSheet,
  type SortDirection,
  type SortKey,
  type TableRow,
} from '../../core/unit-table';
import type { UnitCode } from '../../core/units';
import { bi, bilingualStyles, biText } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { downloadWorkbook } from '../shared/download';
import { safeColour } from '../../core/css-colour';

const ROW_HEIGHT = 26;
/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 10;

const COLUMNS: readonly { key: SortKey; label: BilingualText; numeric?: boolean }[] = [
  { key: 'name', label: { vi: 'Tên', en: 'Name' } },
  { key: 'code', label: { vi: 'Mã', en: 'Code' } },
  { key: 'parent', label: { vi: 'Thuộc', en: 'Part of' } },
  { key: 'value', label: { vi: 'Giá trị', en: 'Value' }, numeric: true },
  { key: 'rank', label: { vi: 'Hạng', en: 'Rank' }, numeric: true },
];

/**
 * The units on the map as a sortable table: name, code, parent, value and
 * rank. Only the rows in view are drawn (10,600 communes scroll smoothly);
 * screen readers still hear the full row count. Hovering or picking a row
 * highlights or selects the unit on the map, and the map's hover and
 * selection show here. "Tải CSV" writes exactly the rows shown, in this order.
 *
 * @event atlas-select - detail is the unit code picked.
 * @event atlas-hover - detail is the unit code hovered, or null.
 */
@customElement('atlas-unit-table')
export class AtlasUnitTable extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        font-size: 12.5px;
        min-height: 0;
      }
      .bar {
        display: flex;
        gap: 10px;
        align-items: center;
        padding: 4px 8px;
        border-bottom: 1px solid var(--atlas-line);
      }
      .bar .count {
        color: var(--atlas-ink-muted);
      }
      .bar button {
        margin-left: auto;
        font: inherit;
        font-size: 12px;
        cursor: pointer;
      }
      .scroll {
        overflow: auto;
        flex: 1;
        min-height: 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        table-layout: fixed;
      }
      th {
        position: sticky;
        top: 0;
        background: #f4f6f9;
        z-index: 1;
        text-align: left;
        border-bottom: 1px solid #c9d3de;
        padding: 0;
      }
      th button {
        font: inherit;
        font-weight: 600;
        width: 100%;
        text-align: inherit;
        background: none;
        border: none;
        padding: 4px 6px;
        cursor: pointer;
      }
      th.numeric,
      td.numeric {
        text-align: right;
      }
      td {
        padding: 0 6px;
        height: ${ROW_HEIGHT - 1}px;
        border-bottom: 1px solid #eef1f5;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        font-variant-numeric: tabular-nums;
      }
      tr.hover td {
        background: #fff5cc;
      }
      tr[aria-selected='true'] td {
        background: #fde4ee;
      }
      td.name button {
        font: inherit;
        background: none;
        border: none;
        padding: 0;
        color: var(--atlas-link);
        cursor: pointer;
        text-align: left;
        max-width: 100%;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .swatch {
        display: inline-block;
        width: 10px;
        height: 10px;
        margin-right: 4px;
        border: 1px solid rgba(0, 0, 0, 0.25);
        vertical-align: -1px;
      }
      .spacer td {
        padding: 0;
        border: none;
      }
    `,
  ];

  @property({ attribute: false }) view: MapView | null = null;
  @property({ attribute: false }) rows: readonly TableRow[] = [];
  @property() hovered: UnitCode | null = null;
  @property() selected: UnitCode | null = null;
  /** A file name without extension for the CSV, e.g. "ntm_criteria_met-commune-2025". */
  @property() fileName = 'bang';
  /** The data's source and date, written in the workbook's "about" sheet. */
  @property({ attribute: false }) about: { source: string | null; dataDate: string | null } = {
    source: null,
    dataDate: null,
  };
  @state() private sortKey: SortKey = 'rank';
  @state() private direction: SortDirection = 'ascending';
  @state() private scrolled = 0;
  @state() private viewportHeight = 400;
  @query('.scroll') private scroller!: HTMLDivElement;
  private sorted: TableRow[] = [];
  private resizeObserver: ResizeObserver | null = null;

  /** The rows in the order shown, for export and for tests. */
  get shownRows(): readonly TableRow[] {
    return this.sorted;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => {
      if (this.scroller) this.viewportHeight = this.scroller.clientHeight || 400;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    this.resizeObserver?.observe(this.scroller);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('rows') || changed.has('sortKey') || changed.has('direction')) {
      this.sorted = sortRows(this.rows, this.sortKey, this.direction);
    }
  }

  protected override updated(changed: PropertyValues): void {
    // A unit picked on the map scrolls into view here.
    if (changed.has('selected') && this.selected) {
      const index = this.sorted.findIndex((row) => row.code === this.selected);
      if (index < 0) return;
      const top = index * ROW_HEIGHT;
      const { scrollTop, clientHeight } = this.scroller;
      if (top < scrollTop || top + ROW_HEIGHT * 2 > scrollTop + clientHeight) {
        this.scroller.scrollTop = Math.max(0, top - clientHeight / 3);
      }
    }
  }

  override render() {
    const view = this.view;
    if (!view?.layer) return nothing;
    const rows = this.sorted;
    const first = Math.max(0, Math.floor(this.scrolled / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      rows.length,
      Math.ceil((this.scrolled + this.viewportHeight) / ROW_HEIGHT) + OVERSCAN,
    );
    const label = layerLabel(view.layer);
    const unit = layerUnit(view.layer);
    const changeUnit =
      unit?.vi === '%'
        ? { vi: ' (điểm %)', en: ' (percentage points)' }
        : unit
          ? { vi: ` (${unit.vi})`, en: ` (${unit.en})` }
          : { vi: '', en: '' };
    const valueTitle = view.change
      ? {
          vi: `Thay đổi ${view.change.from}→${view.change.to}${changeUnit.vi}`,
          en: `Change ${view.change.from}→${view.change.to}${changeUnit.en}`,
        }
      : { vi: `${label.vi} ${view.period ?? ''}`, en: `${label.en} ${view.period ?? ''}` };
    // The programme period of the year(s), beside the value's heading.
    const programme = programmePeriodOf(view.change?.to ?? view.period ?? '');
    const valueHeading = programme
      ? {
          vi: `${valueTitle.vi} (${PROGRAMME_PERIOD_NAMES[programme].vi})`,
          en: `${valueTitle.en} (${PROGRAMME_PERIOD_NAMES[programme].en})`,
        }
      : valueTitle;
    return html`
      <div class="bar">
        <strong>${bi({ vi: 'Bảng', en: 'Table' }, this.language)}</strong>
        <span class="count" id="table-count"
          >${formatNumber(rows.length, this.locale, 0)}
          ${biText({ vi: 'đơn vị', en: 'units' }, this.language)}</span
        >
        <button id="table-csv" @click=${() => this.download()}>
          ${bi({ vi: 'Tải CSV', en: 'Download CSV' }, this.language)}
        </button>
        <button id="table-xlsx" @click=${() => void this.downloadWorkbook()}>
          ${bi({ vi: 'Tải Excel', en: 'Download Excel' }, this.language)}
        </button>
      </div>
      <div class="scroll" @scroll=${() => (this.scrolled = this.scroller.scrollTop)}>
        <table aria-rowcount=${rows.length + 1} aria-label=${biText(valueHeading, this.language)}>
          <colgroup>
            <col style="width:30%" />
            <col style="width:12%" />
            <col style="width:24%" />
            <col style="width:22%" />
            <col style="width:12%" />
          </colgroup>
          <thead>
            <tr aria-rowindex="1">
              ${COLUMNS.map((column) => {
                const sorted = column.key === this.sortKey;
                const title = column.key === 'value' ? valueHeading : column.label;
                return html`<th
                  class=${column.numeric ? 'numeric' : ''}
                  aria-sort=${sorted ? this.direction : 'none'}
                  data-sort=${column.key}
                  title=${biText(title, this.language)}
                >
                  <button @click=${() => this.sortBy(column.key)}>
                    ${column.key === 'value' ? biText(title, this.language) : biText(column.label, this.language)}
                    ${sorted ? (this.direction === 'ascending' ? '▲' : '▼') : ''}
                  </button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${
              first > 0
                ? html`<tr class="spacer" aria-hidden="true">
                    <td colspan="5" style="height:${first * ROW_HEIGHT}px"></td>
                  </tr>`
                : nothing
            }
            ${rows.slice(first, last).map((row, i) => this.renderRow(row, first + i))}
            ${
              last < rows.length
                ? html`<tr class="spacer" aria-hidden="true">
                    <td colspan="5" style="height:${(rows.length - last) * ROW_HEIGHT}px"></td>
                  </tr>`
                : nothing
            }
          </tbody>
        </table>
      </div>
    `;
  }

  private renderRow(row: TableRow, index: number) {
    const view = this.view as MapView;
    const color =
      row.classIndex === null ? null : view.classification?.classes[row.classIndex]?.color;
    const classes = row.code === this.hovered ? 'hover' : '';
    return html`<tr
      data-code=${row.code}
      aria-rowindex=${index + 2}
      aria-selected=${row.code === this.selected ? 'true' : 'false'}
      class=${classes}
      @mouseenter=${() => this.emit('atlas-hover', row.code)}
      @mouseleave=${() => this.emit('atlas-hover', null)}
    >
      <td class="name">
        <button
          @click=${() => this.emit('atlas-select', row.code)}
          @focus=${() => this.emit('atlas-hover', row.code)}
          @blur=${() => this.emit('atlas-hover', null)}
        >
          ${row.name}
        </button>
      </td>
      <td>${row.code}</td>
      <td>${row.parentName ?? ''}</td>
      <td class="numeric" data-value=${row.value ?? ''}>
        ${safeColour(color) ? html`<span class="swatch" style="background:${safeColour(color)}"></span>` : nothing}${this.valueText(row)}
      </td>
      <td class="numeric">${row.rank === null ? '' : formatNumber(row.rank, this.locale, 0)}</td>
    </tr>`;
  }

  /** The value as the map's legend would read it: a category, a signed change, a percentage. */
  private valueText(row: TableRow) {
    const view = this.view as MapView;
    const layer = view.layer;
    if (!layer || row.value === null)
      return bi({ vi: 'không có dữ liệu', en: 'no data' }, this.language);
    // A category's code reads as its name (a bivariate map's classes are cells, its values numbers).
    if (view.classification?.method === 'categories' && isCategoryLayer(layer)) {
      const found = view.classification.classes.find((c) => c.category === row.value);
      return found ? bi(found.label, this.language) : String(row.value);
    }
    if (view.change) {
      // The unit (points for a rate) is in the column header.
      const text = formatNumber(Math.abs(row.value), this.locale, 2);
      return `${row.value > 0 ? '+' : row.value < 0 ? '−' : ''}${text}`;
    }
    // The digits of the panel and the tooltip: one value reads the same everywhere.
    return formatLayerNumber(layer, row.value, this.locale);
  }

  private sortBy(key: SortKey): void {
    if (key === this.sortKey) {
      this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortKey = key;
      // Values read best from the top; names, codes and ranks from the start.
      this.direction = key === 'value' ? 'descending' : 'ascending';
    }
  }

  /** The rows shown as an .xlsx workbook: typed cells, and a sheet saying what they are. */
  private async downloadWorkbook(): Promise<void> {
    const view = this.view;
    if (!view) return;
    await downloadWorkbook(`${this.fileName}.xlsx`, tableSheet(view, this.sorted, this.about));
  }

  private download(): void {
    const view = this.view;
    if (!view) return;
    const blob = new Blob([tableCsv(view, this.sorted)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.fileName}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-unit-table': AtlasUnitTable;
  }
}
