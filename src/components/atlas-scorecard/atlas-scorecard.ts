import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatNumber, formatPercent } from '../../core/format';
import { PROGRAMME_PERIOD_NAMES } from '../../core/programme-period';
import {
  scorecardCsv,
  scorecardSheet,
  type Scorecard,
  type ScorecardRow,
} from '../../core/scorecard';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { visuallyHiddenStyles } from '../shared/dialog-styles';
import { downloadText, downloadWorkbook } from '../shared/download';
import { compactTableStyles } from '../shared/table-styles';

/** What the matrix is sorted by: criteria met, the name, or one criterion (its number). */
type SortBy = 'met' | 'name' | number;

/**
 * The criteria scorecard of the area shown: its communes × the criteria of
 * the year's set (✓ met, ✗ not met, – no data), sortable by criteria met,
 * by name or by any criterion; above it, the criteria holding most communes
 * back and the communes closest to the standard. A criterion's number maps
 * it; a commune's name selects it.
 *
 * @event atlas-layer - detail is the criterion's indicator id, to map it.
 * @event atlas-select - detail is the commune picked.
 * @event atlas-close - the scorecard was closed.
 */
@customElement('atlas-scorecard')
export class AtlasScorecard extends AtlasElement {
  static override styles = [
    bilingualStyles,
    compactTableStyles,
    visuallyHiddenStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        font-size: 12.5px;
        background: white;
        min-height: 0;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 12px;
        padding: 4px 8px;
      }
      h2 {
        font-size: 14px;
        margin: 0;
      }
      .scroll {
        overflow: auto;
        flex: 1;
        min-height: 0;
        padding: 0 8px 8px;
      }
      .summary {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 4px 16px;
      }
      .summary h3 {
        font-size: 12.5px;
        margin: 4px 0 2px;
      }
      .summary ol,
      .summary ul {
        margin: 0;
        padding-left: 18px;
      }
      td.mark {
        text-align: center;
        padding: 2px 3px;
      }
      td.met {
        color: #1b7837;
      }
      td.unmet {
        color: #b2182b;
        background: #fbe9e7;
      }
      th.criterion {
        text-align: center;
        padding: 2px 3px;
      }
      thead th {
        position: sticky;
        top: 0;
        background: white;
      }
      tfoot td {
        font-size: 11.5px;
        text-align: center;
        color: var(--atlas-ink-muted);
      }
      button.link {
        font: inherit;
        background: none;
        border: none;
        padding: 0;
        color: var(--atlas-link, #0b5394);
        text-decoration: underline;
        cursor: pointer;
        text-align: left;
      }
      tr.selected th {
        background: #fff3c4;
      }
    `,
  ];

  @property({ attribute: false }) card: Scorecard | null = null;
  /** The area's name ("Huyện Lũng Thắng"), or null for the whole map. */
  @property() areaName: string | null = null;
  @property() selected: string | null = null;
  @state() private sortBy: SortBy = 'met';

  /** The rows in the order asked for; communes without data on a criterion sorted by it go last. */
  private sorted(card: Scorecard): ScorecardRow[] {
    const rows = [...card.rows];
    const byName = (a: ScorecardRow, b: ScorecardRow) => a.name.localeCompare(b.name, 'vi');
    const sortBy = this.sortBy;
    if (sortBy === 'name') return rows.sort(byName);
    if (sortBy === 'met') return rows.sort((a, b) => b.met - a.met || byName(a, b));
    // Not met first: the communes a criterion holds back are what a planner looks for.
    const rank = (cell: 0 | 1 | null) => (cell === 0 ? 0 : cell === 1 ? 1 : 2);
    return rows.sort(
      (a, b) =>
        rank(a.cells[sortBy - 1] ?? null) - rank(b.cells[sortBy - 1] ?? null) || byName(a, b),
    );
  }

  override render() {
    const { card } = this;
    if (!card) return nothing;
    const rows = this.sorted(card);
    const set = PROGRAMME_PERIOD_NAMES[card.programme];
    const where = this.areaName ?? biText({ vi: 'Toàn vùng', en: 'Whole area' }, this.language);
    const n = (value: number) => formatNumber(value, this.locale, 0);
    const nameOf = (number: number) => card.criteria[number - 1]?.name;
    return html`
      <header>
        <h2 id="scorecard-title">
          ${bi({ vi: `Bảng tiêu chí — ${where}, năm ${card.period}`, en: `Criteria scorecard — ${where}, ${card.period}` }, this.language)}
        </h2>
        <span>
          ${bi({ vi: `${card.size} tiêu chí ${set.vi} · ${n(card.rows.length)} xã có số liệu`, en: `${card.size} criteria of the ${set.en} · ${n(card.rows.length)} communes with data` }, this.language)}
        </span>
        <label>
          ${bi({ vi: 'Sắp xếp theo', en: 'Sort by' }, this.language)}
          <select
            id="scorecard-sort"
            @change=${(e: Event) => this.chooseSort((e.target as HTMLSelectElement).value)}
          >
            <option value="met" .selected=${this.sortBy === 'met'}>
              ${biText({ vi: 'Số tiêu chí đạt', en: 'Criteria met' }, this.language)}
            </option>
            <option value="name" .selected=${this.sortBy === 'name'}>
              ${biText({ vi: 'Tên', en: 'Name' }, this.language)}
            </option>
            ${card.criteria.map(
              (c) =>
                html`<option value=${c.number} .selected=${this.sortBy === c.number}>
                  ${biText({ vi: `Tiêu chí ${c.number} (chưa đạt trước)`, en: `Criterion ${c.number} (not met first)` }, this.language)}
                </option>`,
            )}
          </select>
        </label>
        <button id="scorecard-csv" @click=${() => this.download(rows)}>
          ${bi({ vi: 'Tải CSV', en: 'Download CSV' }, this.language)}
        </button>
        <button id="scorecard-xlsx" @click=${() => void this.downloadWorkbook(rows)}>
          ${bi({ vi: 'Tải Excel', en: 'Download Excel' }, this.language)}
        </button>
        <button
          id="scorecard-close"
          aria-label=${biText({ vi: 'Đóng bảng tiêu chí', en: 'Close the scorecard' }, this.language)}
          @click=${() => this.emit('atlas-close', null)}
        >
          ×
        </button>
      </header>
      <div class="scroll">
        <div class="summary">
          <section id="holding-back">
            <h3>
              ${bi({ vi: 'Tiêu chí giữ chân nhiều xã nhất', en: 'Criteria holding most communes back' }, this.language)}
            </h3>
            <ol>
              ${card.holdingBack
                .slice(0, 5)
                .map(
                  (c) =>
                    html`<li data-criterion=${c.number}>
                      <button class="link" @click=${() => this.emit('atlas-layer', c.id)}>
                        ${bi({ vi: `TC ${c.number} ${c.name.vi}`, en: `Criterion ${c.number} ${c.name.en}` }, this.language)}</button
                      >:
                      ${bi({ vi: `${n(c.notMet)}/${n(c.withData)} xã chưa đạt`, en: `${n(c.notMet)} of ${n(c.withData)} communes not met` }, this.language)}
                    </li>`,
                )}
            </ol>
            ${card.holdingBack.length === 0 ? html`<p>${bi({ vi: 'Mọi xã có số liệu đạt mọi tiêu chí', en: 'Every commune with data meets every criterion' }, this.language)}</p>` : nothing}
          </section>
          <section id="closest">
            <h3>
              ${bi({ vi: 'Gần đạt chuẩn nhất (thiếu 1–2 tiêu chí)', en: 'Closest to the standard (1–2 criteria short)' }, this.language)}
            </h3>
            <ul>
              ${card.closest
                .slice(0, 8)
                .map(
                  (row) =>
                    html`<li data-code=${row.code}>
                      <button class="link" @click=${() => this.emit('atlas-select', row.code)}>
                        ${row.name}</button
                      >:
                      ${bi({ vi: `thiếu ${row.missing.map((m) => `TC ${m} ${nameOf(m)?.vi ?? ''}`).join('; ')}`, en: `short of ${row.missing.map((m) => `criterion ${m} ${nameOf(m)?.en ?? ''}`).join('; ')}` }, this.language)}
                    </li>`,
                )}
            </ul>
            ${card.closest.length > 8 ? html`<p>${bi({ vi: `và ${n(card.closest.length - 8)} xã nữa`, en: `and ${n(card.closest.length - 8)} more` }, this.language)}</p>` : nothing}
            ${card.closest.length === 0 ? html`<p>${bi({ vi: 'Không có xã nào thiếu 1–2 tiêu chí', en: 'No commune is 1–2 criteria short' }, this.language)}</p>` : nothing}
          </section>
        </div>
        <table aria-labelledby="scorecard-title">
          <caption class="visually-hidden">
            ${biText({ vi: '✓ đạt, ✗ chưa đạt, – không có dữ liệu', en: '✓ met, ✗ not met, – no data' }, this.language)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${bi({ vi: 'Xã', en: 'Commune' }, this.language)}</th>
              <th scope="col">${bi({ vi: 'Số TC đạt', en: 'Met' }, this.language)}</th>
              ${card.criteria.map(
                (c) =>
                  html`<th
                    scope="col"
                    class="criterion"
                    aria-sort=${this.sortBy === c.number ? 'ascending' : 'none'}
                  >
                    <button
                      class="link"
                      data-criterion=${c.number}
                      title=${biText({ vi: `Tiêu chí ${c.number}: ${c.name.vi} — bấm để xem trên bản đồ`, en: `Criterion ${c.number}: ${c.name.en} — click to map it` }, this.language)}
                      aria-label=${biText({ vi: `Tiêu chí ${c.number}: ${c.name.vi}, xem trên bản đồ`, en: `Criterion ${c.number}: ${c.name.en}, map it` }, this.language)}
                      @click=${() => this.emit('atlas-layer', c.id)}
                    >
                      ${c.number}
                    </button>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr
                  data-code=${row.code}
                  class=${row.code === this.selected ? 'selected' : ''}
                >
                  <th scope="row">
                    <button class="link" @click=${() => this.emit('atlas-select', row.code)}>
                      ${row.name}
                    </button>
                  </th>
                  <td>${n(row.met)}/${n(row.withData)}</td>
                  ${row.cells.map(
                    (cell, i) =>
                      html`<td
                        class="mark ${cell === 1 ? 'met' : cell === 0 ? 'unmet' : ''}"
                        data-criterion=${i + 1}
                      >
                        <span aria-hidden="true">${cell === 1 ? '✓' : cell === 0 ? '✗' : '–'}</span
                        ><span class="visually-hidden"
                          >${biText(cell === 1 ? { vi: 'đạt', en: 'met' } : cell === 0 ? { vi: 'chưa đạt', en: 'not met' } : { vi: 'không có dữ liệu', en: 'no data' }, this.language)}</span
                        >
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${bi({ vi: 'Xã đạt', en: 'Meeting it' }, this.language)}</th>
              <td></td>
              ${card.criteria.map(
                (c) =>
                  html`<td data-criterion=${c.number}>
                    ${n(c.met)}/${n(c.withData)}<br />${c.withData ? formatPercent((c.met / c.withData) * 100, this.locale, 0) : '—'}
                  </td>`,
              )}
            </tr>
          </tfoot>
        </table>
      </div>
    `;
  }

  private chooseSort(value: string): void {
    this.sortBy = value === 'met' || value === 'name' ? value : Number(value);
  }

  /** The rows shown as an .xlsx workbook: codes as text, 1 / 0 as numbers, empty for no data. */
  private async downloadWorkbook(rows: readonly ScorecardRow[]): Promise<void> {
    const { card } = this;
    if (!card) return;
    await downloadWorkbook(
      `ntp-atlas-bang-tieu-chi-${card.period}.xlsx`,
      scorecardSheet(card, rows),
    );
  }

  private download(rows: readonly ScorecardRow[]): void {
    const { card } = this;
    if (!card) return;
    downloadText(
      `ntp-atlas-bang-tieu-chi-${card.period}.csv`,
      scorecardCsv(card, rows),
      'text/csv;charset=utf-8',
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-scorecard': AtlasScorecard;
  }
}
