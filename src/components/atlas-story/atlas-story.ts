import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DataFileError, errorText, notValidJson } from '../../core/problems';
import { parseStoryFile, storyFile, MAX_STEPS, type StoryStep } from '../../core/story';
import type { BilingualText } from '../../core/text';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { downloadText } from '../shared/download';
import { AtlasElement } from '../shared/atlas-element';

/**
 * The story being prepared: the views saved for a presentation, in order,
 * each with a caption that can be edited, moved or removed; saved to and
 * opened from a small JSON file.
 *
 * @event atlas-story-add - detail is the caption for the view on screen.
 * @event atlas-story-change - detail is { steps, title? }: the story edited or opened.
 * @event atlas-story-show - detail is the index of the step to show.
 * @event atlas-present - start presenting from the first step.
 */
@customElement('atlas-story')
export class AtlasStory extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
      }
      ol {
        padding-left: 20px;
        margin: 6px 0;
      }
      li {
        margin-bottom: 6px;
      }
      .step {
        display: flex;
        gap: 4px;
        align-items: center;
      }
      input[type='text'] {
        font: inherit;
        flex: 1;
        min-width: 0;
      }
      button {
        font: inherit;
        padding: 1px 6px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        align-items: center;
        margin: 6px 0;
      }
      .error {
        color: #b3261e;
      }
      .hint {
        color: var(--atlas-ink-muted);
      }
    `,
  ];

  @property({ attribute: false }) steps: readonly StoryStep[] = [];
  @property() storyTitle: string | null = null;
  @state() private caption = '';
  @state() private failure: BilingualText | null = null;

  /** Back to ▶ after a presentation, where the presenter started it. */
  focusPresent(): void {
    this.renderRoot.querySelector<HTMLElement>('#story-present')?.focus();
  }

  override render() {
    const t = (vi: string, en: string) => bi({ vi, en }, this.language);
    const full = this.steps.length >= MAX_STEPS;
    return html`
      <div class="row">
        <input
          id="story-caption"
          type="text"
          .value=${this.caption}
          placeholder=${biText({ vi: 'Chú thích cho góc nhìn này', en: 'Caption for this view' }, this.language)}
          aria-label=${biText({ vi: 'Chú thích', en: 'Caption' }, this.language)}
          @input=${(e: Event) => (this.caption = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.add()}
        />
        <button id="story-add" ?disabled=${full} @click=${() => this.add()}>
          ${t('Thêm góc nhìn này', 'Add this view')}
        </button>
      </div>
      ${
        this.steps.length === 0
          ? html`<p class="hint">
              ${t(
                'Chưa có góc nhìn nào. Chọn chỉ tiêu, năm, vùng bản đồ rồi bấm “Thêm”.',
                'No views yet. Pick an indicator, a year and an area, then “Add”.',
              )}
            </p>`
          : html`<ol id="story-steps">
              ${this.steps.map((step, i) => this.renderStep(step, i))}
            </ol>`
      }
      <div class="row">
        <button
          id="story-present"
          ?disabled=${this.steps.length === 0}
          @click=${() => this.emit('atlas-present', null)}
        >
          ▶ ${t('Trình chiếu', 'Present')}
        </button>
        <button id="story-save" ?disabled=${this.steps.length === 0} @click=${() => this.save()}>
          ${t('Lưu tệp', 'Save file')}
        </button>
        <label class="row">
          <span>${t('Mở tệp', 'Open file')}</span>
          <input id="story-open" type="file" accept=".json,application/json" @change=${this.open} />
        </label>
      </div>
      ${this.failure ? html`<p class="error" role="alert">${bi(this.failure, this.language)}</p>` : nothing}
    `;
  }

  private renderStep(step: StoryStep, i: number) {
    const last = this.steps.length - 1;
    const label = (vi: string, en: string) => biText({ vi, en }, this.language);
    return html`<li>
      <div class="step">
        <input
          type="text"
          .value=${step.caption}
          aria-label=${label(`Chú thích bước ${i + 1}`, `Caption of step ${i + 1}`)}
          @change=${(e: Event) =>
            this.change(
              this.steps.map((s, k) =>
                k === i ? { ...s, caption: (e.target as HTMLInputElement).value } : s,
              ),
            )}
        />
        <button aria-label=${label('Xem', 'Show')} @click=${() => this.emit('atlas-story-show', i)}>
          👁
        </button>
        <button
          aria-label=${label('Lên', 'Up')}
          ?disabled=${i === 0}
          @click=${() => this.move(i, -1)}
        >
          ↑
        </button>
        <button
          aria-label=${label('Xuống', 'Down')}
          ?disabled=${i === last}
          @click=${() => this.move(i, 1)}
        >
          ↓
        </button>
        <button
          aria-label=${label('Bỏ', 'Remove')}
          @click=${() => this.change(this.steps.filter((_, k) => k !== i))}
        >
          ✕
        </button>
      </div>
    </li>`;
  }

  private add(): void {
    if (this.steps.length >= MAX_STEPS) return;
    this.emit('atlas-story-add', this.caption.trim());
    this.caption = '';
  }

  private move(i: number, by: number): void {
    const steps = [...this.steps];
    const [step] = steps.splice(i, 1);
    if (!step) return;
    steps.splice(i + by, 0, step);
    this.change(steps);
  }

  private change(steps: readonly StoryStep[], title?: string | null): void {
    this.emit('atlas-story-change', { steps, title });
  }

  private save(): void {
    downloadText(
      'story.ntp-atlas.json',
      storyFile(this.storyTitle, this.steps),
      'application/json',
    );
  }

  /** A story file replaces the story; one that cannot be read says why and changes nothing. */
  private readonly open = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const json: unknown = JSON.parse(await file.text());
      const story = parseStoryFile(json, file.name);
      this.failure = null;
      this.change(story.steps, story.title);
    } catch (error) {
      this.failure = errorText(
        error instanceof SyntaxError
          ? new DataFileError(file.name, '', notValidJson(error))
          : error,
      );
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-story': AtlasStory;
  }
}
