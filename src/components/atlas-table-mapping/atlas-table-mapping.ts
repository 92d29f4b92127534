import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PROGRAMS } from '../../core/catalogue';
import { withIndicators2026 } from '../../core/catalogue-2026';
import type { ColumnRole } from '../../core/column-suggestions';
import type { IndicatorDefinition } from '../../core/indicator-definition';
import { formatNumber } from '../../core/format';
import type { TableCell } from '../../core/table-header';
import type { TableMapping } from '../../core/table-import';
import type { TablePreview } from '../../state/data-worker-client';
import { compactTableStyles } from '../shared/table-styles';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';

const ROLE_OPTIONS: readonly { value: string; vi: string; en: string }[] = [
  { value: 'ignore', vi: 'Bỏ qua', en: 'Ignore' },
  { value: 'code', vi: 'Mã đơn vị', en: 'Unit code' },
  { value: 'name', vi: 'Tên đơn vị', en: 'Unit name' },
  { value: 'parentName', vi: 'Tên cấp trên (huyện, tỉnh)', en: 'Parent name (district, province)' },
  { value: 'period', vi: 'Năm', en: 'Year' },
];

const valueOfRole = (role: ColumnRole) =>
  role.role === 'indicator' ? `indicator:${role.id}` : role.role;

function roleOfValue(value: string): ColumnRole {
  if (value.startsWith('indicator:')) return { role: 'indicator', id: value.slice(10) };
  return { role: value } as ColumnRole;
}

/** How many example cells each column shows. */
const SAMPLES = 3;

/**
 * The mapping step for a CSV or Excel table: for each column, what it is
 * (unit code, name, parent's name, year, one of the catalogue's indicators,
 * or nothing), with example cells to judge by; and the year of the figures
 * when no column gives it. Every cell is shown as text, never as HTML.
 */
@customElement('atlas-table-mapping')
export class AtlasTableMapping extends AtlasElement {
  static override styles = [
    bilingualStyles,
    compactTableStyles,
    css`
      :host {
        display: block;
      }
      .meta {
        color: var(--atlas-ink-muted);
        margin: 4px 0 8px;
      }
      .scroll {
        max-height: 42vh;
        overflow: auto;
        border: 1px solid #e1e6eb;
      }
      td.samples {
        color: #3c4450;
        max-width: 200px;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      select {
        max-width: 300px;
        font: inherit;
      }
      .row {
        display: flex;
        gap: 10px;
        align-items: center;
        flex-wrap: wrap;
        margin: 8px 0;
      }
      .note {
        color: #1f5f2f;
      }
    `,
  ];

  @property({ attribute: false }) tables: readonly TablePreview[] = [];
  @property({ type: Number }) tableIndex = 0;
  @property({ attribute: false }) mapping: TableMapping | null = null;
  @property({ attribute: false }) catalogue: readonly IndicatorDefinition[] = [];
  @property({ type: Boolean }) remembered = false;

  private change(mapping: TableMapping): void {
    this.emit('atlas-mapping-change', mapping);
  }

  private setRole(column: number, value: string): void {
    if (!this.mapping) return;
    const role = roleOfValue(value);
    // One column per role and per indicator: choosing it here frees it elsewhere.
    const columns = this.mapping.columns.map((existing, c): ColumnRole => {
      if (c === column) return role;
      const exclusive = role.role !== 'ignore' && role.role !== 'parentName';
      return exclusive && valueOfRole(existing) === value ? { role: 'ignore' } : existing;
    });
    const periodColumn = columns.findIndex((r) => r.role === 'period');
    const period =
      periodColumn >= 0
        ? { column: periodColumn }
        : 'fixed' in this.mapping.period
          ? this.mapping.period
          : { fixed: '' };
    this.change({ columns, period });
  }

  /**
   * The sheets of a workbook, each with how many data rows it has, so a sheet
   * of instructions is seen for what it is; and a word when the sheet chosen
   * is not the first.
   */
  private renderSheets() {
    const counts = this.tables.map((t) => t.figureRows);
    const rowsText = (count: number) =>
      count
        ? biText(
            {
              vi: `${formatNumber(count, 'vi', 0)} dòng số liệu`,
              en: `${formatNumber(count, 'en', 0)} data rows`,
            },
            this.language,
          )
        : biText({ vi: 'không có số liệu', en: 'no data' }, this.language);
    const skipped = this.tables
      .slice(0, this.tableIndex)
      .filter((_, i) => counts[i] === 0)
      .map((t) => `“${t.raw.sheet ?? ''}”`)
      .join(', ');
    return html`<div class="row">
        <label
          >${bi({ vi: 'Trang tính', en: 'Sheet' }, this.language)}
          <select
            id="table-sheet"
            @change=${(e: Event) =>
              this.emit('atlas-sheet-change', Number((e.target as HTMLSelectElement).value))}
          >
            ${this.tables.map(
              (t, i) =>
                html`<option value=${i} .selected=${i === this.tableIndex}>
                  ${t.raw.sheet ?? t.raw.fileName} (${rowsText(counts[i] ?? 0)})
                </option>`,
            )}
          </select></label
        >
      </div>
      ${
        skipped
          ? html`<p class="note" id="sheet-note">
              ${bi(
                {
                  vi: `Trang ${skipped} không có bảng số liệu nên đang dùng trang “${this.tables[this.tableIndex]?.raw.sheet ?? ''}”; có thể chọn trang khác ở trên.`,
                  en: `Sheet ${skipped} holds no table of figures, so “${this.tables[this.tableIndex]?.raw.sheet ?? ''}” is used; choose another sheet above if needed.`,
                },
                this.language,
              )}
            </p>`
          : nothing
      }`;
  }

  override render() {
    const located = this.tables[this.tableIndex];
    const mapping = this.mapping;
    if (!located || !mapping) return nothing;
    const { raw, layout } = located;
    const dataRows = located.rowCount - layout.firstDataRow;
    const header = layout.headerRows.length
      ? layout.headerRows.length > 1
        ? `${(layout.headerRows[0] as number) + 1}–${(layout.headerRows[layout.headerRows.length - 1] as number) + 1}`
        : `${(layout.headerRows[0] as number) + 1}`
      : '—';
    const samplesOf = (column: number) =>
      raw.rows
        .slice(layout.firstDataRow)
        .map((row) => row[column] ?? null)
        .filter((cell): cell is Exclude<TableCell, null> => cell !== null && cell !== '')
        .slice(0, SAMPLES)
        .map(String)
        .join(' · ');
    // A "Chỉ tiêu 7.2" column is offered as what it was read as, beside the catalogue.
    const catalogue = withIndicators2026(
      this.catalogue,
      mapping.columns.flatMap((role) => (role.role === 'indicator' ? [role.id] : [])),
    );
    const programs = [...new Set(catalogue.map((d) => d.program))];
    return html`
      ${this.tables.length > 1 ? this.renderSheets() : nothing}
      <p class="meta" id="table-meta">
        ${raw.fileName}${raw.sheet ? ` › ${raw.sheet}` : ''} · ${raw.readAs} ·
        ${bi({ vi: `dòng tiêu đề ${header}`, en: `header row ${header}` }, this.language)} ·
        ${bi({ vi: `${formatNumber(dataRows, 'vi', 0)} dòng số liệu`, en: `${formatNumber(dataRows, 'en', 0)} data rows` }, this.language)}
      </p>
      <label class="row" id="header-row-choice">
        <input
          type="checkbox"
          .checked=${layout.headerRows.length > 0}
          @change=${(e: Event) =>
            this.emit(
              'atlas-header-choice',
              (e.target as HTMLInputElement).checked ? 'first' : 'none',
            )}
        />
        ${bi({ vi: 'Bảng có dòng tiêu đề', en: 'The table has a header row' }, this.language)}
      </label>
      ${
        layout.headerRows.length === 0
          ? html`<p class="note" id="no-header-note" role="status">
              ${bi(
                {
                  vi: 'Không thấy dòng tiêu đề: các cột được gọi theo chữ cái A, B, C… Hãy xem ví dụ và chọn mỗi cột là gì; cột mã và cột tên đã được đoán từ số liệu.',
                  en: 'No header row found: the columns are called A, B, C… Look at the examples and choose what each column is; the code and name columns were guessed from the cells.',
                },
                this.language,
              )}
            </p>`
          : nothing
      }
      ${
        this.remembered
          ? html`<p class="note" id="mapping-remembered">
              ${bi(
                {
                  vi: 'Đã dùng lại cách ghép cột lần trước cho bảng cùng dạng.',
                  en: 'The mapping you used last time for a table of this shape is applied.',
                },
                this.language,
              )}
            </p>`
          : nothing
      }
      <div class="scroll">
        <table aria-label=${biText({ vi: 'Ghép cột', en: 'Column mapping' }, this.language)}>
          <thead>
            <tr>
              <th scope="col">${bi({ vi: 'Cột', en: 'Column' }, this.language)}</th>
              <th scope="col">${bi({ vi: 'Ví dụ', en: 'Examples' }, this.language)}</th>
              <th scope="col">${bi({ vi: 'Là', en: 'Is' }, this.language)}</th>
            </tr>
          </thead>
          <tbody>
            ${layout.headers.map((headerText, column) => {
              const current = valueOfRole(mapping.columns[column] ?? { role: 'ignore' });
              return html`<tr>
                <th scope="row">${headerText}</th>
                <td class="samples">${samplesOf(column)}</td>
                <td>
                  <select
                    data-column=${column}
                    aria-label=${`${headerText}: ${biText({ vi: 'là gì', en: 'what it is' }, this.language)}`}
                    @change=${(e: Event) =>
                      this.setRole(column, (e.target as HTMLSelectElement).value)}
                  >
                    ${ROLE_OPTIONS.map(
                      (o) =>
                        html`<option value=${o.value} .selected=${current === o.value}>
                          ${biText(o, this.language)}
                        </option>`,
                    )}
                    ${programs.map(
                      (program) =>
                        html`<optgroup
                          label=${biText(PROGRAMS[program] ?? PROGRAMS.other!, this.language)}
                        >
                          ${catalogue
                            .filter((d) => d.program === program)
                            .map(
                              (d) =>
                                html`<option
                                  value=${`indicator:${d.id}`}
                                  .selected=${current === `indicator:${d.id}`}
                                >
                                  ${biText(d.label, this.language)}
                                </option>`,
                            )}
                        </optgroup>`,
                    )}
                  </select>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${
        'fixed' in mapping.period
          ? html`<div class="row">
              <label
                >${bi({ vi: 'Năm của số liệu', en: 'Year of the figures' }, this.language)}
                <input
                  id="table-period"
                  inputmode="numeric"
                  size="6"
                  pattern="(19|20)[0-9]{2}"
                  .value=${mapping.period.fixed}
                  @input=${(e: Event) =>
                    this.change({
                      columns: mapping.columns,
                      period: { fixed: (e.target as HTMLInputElement).value.trim() },
                    })}
              /></label>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-table-mapping': AtlasTableMapping;
  }
}
