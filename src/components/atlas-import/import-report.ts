import { html, nothing } from 'lit';
import type { CrosswalkSummary } from '../../core/crosswalk-summary';
import type { DisplayLanguage } from '../../core/display-language';
import type { DisplaySimplification } from '../../core/display-simplify';
import { formatNumber } from '../../core/format';
import { placeText, problemLine } from '../../core/problems';
import type { BilingualText, Language } from '../../core/text';
import { levelsOf } from '../../core/units';
import type { ValidationReport } from '../../core/validation-report';
import type { LoadedVintage } from '../../state/load-data';
import { bi, biText, levelCountLabel } from '../shared/bilingual';

/** Problems listed before "show all": enough to see a pattern, short enough to read. */
const SHOWN_PROBLEMS = 50;

/** What the user should know when a heavy file was lightened for display. */
function simplificationNote(s: DisplaySimplification): BilingualText {
  const make = (language: Language) => {
    const n = (value: number) => formatNumber(value, language, 0);
    return { points: n(s.verticesBefore), after: n(s.verticesAfter) };
  };
  const vi = make('vi');
  const en = make('en');
  return {
    vi: `Địa giới nặng (${vi.points} điểm) được đơn giản hóa để hiển thị, còn ${vi.after} điểm; ranh giới chung của hai đơn vị vẫn khớp nhau, không đơn vị nào bị bỏ. Dùng npm run data:prepare để chuẩn bị tệp một lần, mở nhanh hơn.`,
    en: `Heavy boundaries (${en.points} points) were simplified for display to ${en.after} points; borders shared by two units stay shared and no unit is dropped. Prepare the file once with npm run data:prepare to open it faster.`,
  };
}

/** How many problems the dialog lists before "show all": the CSV always has every one. */

/** What the person can do with the validation report. */
export interface ReportActions {
  readonly showAll: boolean;
  onShowAll(): void;
  onDownload(): void;
  onDownloadWorkbook(): void;
  onDone(): void;
}

/**
 * The validation report of an import: the vintage and why, units per level,
 * how many matched, every problem with its file and place (the first
 * {@link SHOWN_PROBLEMS} until asked for all).
 */
export function validationReportView(
  report: ValidationReport,
  loaded: LoadedVintage | null,
  actions: ReportActions,
  language: DisplayLanguage,
  locale: Language,
) {
  const vintage = loaded?.hierarchy.vintage;
  const levels = vintage ? levelsOf(vintage) : [];
  const shown = actions.showAll ? report.problems : report.problems.slice(0, SHOWN_PROBLEMS);
  const n = (value: number) => formatNumber(value, locale, 0);
  return html`
    <section aria-labelledby="report-title" id="report">
      <h3 id="report-title">
        ${bi({ vi: 'Báo cáo kiểm tra', en: 'Validation report' }, language)}
      </h3>
      <ul class="summary">
        <li>
          ${bi({ vi: 'Địa giới năm', en: 'Boundary vintage' }, language)}:
          <strong>${vintage}</strong>
          ${loaded?.vintageReason ? html`(${bi(loaded.vintageReason, language)})` : nothing}
        </li>
        <li>
          ${levels
            .filter((level) => report.unitsByLevel.get(level))
            .map((level) => {
              const count = report.unitsByLevel.get(level) ?? 0;
              return `${n(count)} ${biText(levelCountLabel(level, count), language)}`;
            })
            .join(' · ')}
        </li>
        ${
          loaded?.dataset
            ? html`<li>
                ${bi({ vi: 'Khớp mã, có số liệu', en: 'Matched, with values' }, language)}:
                ${n(report.matched)} ·
                ${bi({ vi: 'đơn vị không có số liệu', en: 'units without values' }, language)}:
                ${n(report.unitsWithoutValues)} ·
                ${bi({ vi: 'mã không có địa giới', en: 'codes without a boundary' }, language)}:
                ${n(report.unmatchedCodes)}
              </li>`
            : html`<li>
                ${bi({ vi: 'Chưa có tệp chỉ tiêu', en: 'No indicator file' }, language)}
              </li>`
        }
        ${
          loaded?.displaySimplification
            ? html`<li id="display-simplified">
                ${bi(simplificationNote(loaded.displaySimplification), language)}
              </li>`
            : nothing
        }
        <li>
          ${bi({ vi: 'Lỗi', en: 'Errors' }, language)}: ${n(report.errors)} ·
          ${bi({ vi: 'Cảnh báo', en: 'Warnings' }, language)}: ${n(report.warnings)}
        </li>
      </ul>
      ${
        report.problems.length
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${bi({ vi: 'Mức', en: 'Severity' }, language)}</th>
                  <th scope="col">${bi({ vi: 'Tệp', en: 'File' }, language)}</th>
                  <th scope="col">${bi({ vi: 'Vị trí', en: 'Where' }, language)}</th>
                  <th scope="col">${bi({ vi: 'Vấn đề', en: 'Problem' }, language)}</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map(
                  (p) =>
                    html`<tr>
                      <td class="sev-${p.severity}">
                        ${biText(p.severity === 'error' ? { vi: 'Lỗi', en: 'Error' } : { vi: 'Cảnh báo', en: 'Warning' }, language)}
                      </td>
                      <td>${p.file}</td>
                      <td>${bi(placeText(p.where), language)}</td>
                      <td>${bi(p.message, language)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${bi({ vi: 'Không có vấn đề nào.', en: 'No problems found.' }, language)}</p>`
      }
      <div class="row">
        ${
          report.problems.length > SHOWN_PROBLEMS && !actions.showAll
            ? html`<button @click=${() => actions.onShowAll()}>
                ${bi(
                  {
                    vi: `Hiện tất cả ${n(report.problems.length)}`,
                    en: `Show all ${n(report.problems.length)}`,
                  },
                  language,
                )}
              </button>`
            : nothing
        }
        <button id="report-csv" @click=${() => actions.onDownload()}>
          ${bi({ vi: 'Tải báo cáo (CSV)', en: 'Download report (CSV)' }, language)}
        </button>
        <button id="report-xlsx" @click=${() => actions.onDownloadWorkbook()}>
          ${bi({ vi: 'Tải báo cáo (Excel)', en: 'Download report (Excel)' }, language)}
        </button>
        <button class="primary" @click=${() => actions.onDone()}>
          ${bi({ vi: 'Xem bản đồ', en: 'Show the map' }, language)}
        </button>
      </div>
    </section>
  `;
}

/** What a crosswalk just loaded holds, what it was checked against, and what is wrong with it. */
export function crosswalkReportView(
  { name, summary }: { readonly name: string; readonly summary: CrosswalkSummary },
  language: DisplayLanguage,
  locale: Language,
) {
  const n = (value: number) => formatNumber(value, locale, 0);
  const shown = summary.problems.slice(0, 50);
  const unchecked = [
    summary.checkedOld ? null : { vi: 'địa giới cũ', en: 'the old boundaries' },
    summary.checkedNew ? null : { vi: 'địa giới mới', en: 'the new boundaries' },
  ].filter((x): x is BilingualText => x !== null);
  return html`<section id="crosswalk-report" class="status" role="status">
    <p>
      ${bi(
        {
          vi: `Đã dùng ${name}: ${n(summary.links)} liên kết, ${n(summary.oldUnits)} đơn vị cũ → ${n(summary.newUnits)} đơn vị mới; ${n(summary.splits)} đơn vị cũ bị chia${summary.unweightedSplits ? `, ${n(summary.unweightedSplits)} không có trọng số (tính theo diện tích khi có cả hai bộ địa giới, nếu không thì chia đều và ghi rõ)` : ''}.`,
          en: `Using ${name}: ${n(summary.links)} links, ${n(summary.oldUnits)} old units → ${n(summary.newUnits)} new units; ${n(summary.splits)} old units split${summary.unweightedSplits ? `, ${n(summary.unweightedSplits)} without weights (weighed by area when both boundary sets are loaded, otherwise split equally and said so)` : ''}.`,
        },
        language,
      )}
    </p>
    ${
      unchecked.length
        ? html`<p>
            ${bi({ vi: `Chưa kiểm tra với ${unchecked.map((u) => u.vi).join(' và ')} (chưa tải).`, en: `Not checked against ${unchecked.map((u) => u.en).join(' or ')} (not loaded).` }, language)}
          </p>`
        : nothing
    }
    ${
      summary.problems.length === 0
        ? html`<p class="ok">
            ${bi({ vi: 'Không có vấn đề.', en: 'No problems found.' }, language)}
          </p>`
        : html`<p>
              ${bi({ vi: `${n(summary.problems.length)} vấn đề:`, en: `${n(summary.problems.length)} problems:` }, language)}
            </p>
            <ul class="problems">
              ${shown.map((p) => html`<li class=${p.severity}>${bi(problemLine(p.file, p.where, p.message), language)}</li>`)}
              ${
                summary.problems.length > shown.length
                  ? html`<li>
                      ${bi({ vi: `… và ${n(summary.problems.length - shown.length)} vấn đề khác`, en: `… and ${n(summary.problems.length - shown.length)} more` }, language)}
                    </li>`
                  : nothing
              }
            </ul>`
    }
  </section>`;
}
