import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Unit } from '../../core/units';
import { bi, biText } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';

/**
 * Where the view is in the hierarchy: the whole area › province › district ›
 * unit. Each crumb is a button that returns there.
 *
 * @event atlas-crumb - detail is the code clicked, or null for the whole area.
 */
@customElement('atlas-breadcrumbs')
export class AtlasBreadcrumbs extends AtlasElement {
  static override styles = css`
    :host {
      display: block;
      font-size: 13px;
    }
    ol {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* A name of thousands of characters (a bad file) must not push the map off screen. */
    li {
      max-width: 40ch;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    li + li::before {
      content: '›';
      margin-right: 4px;
      color: var(--atlas-ink-muted);
    }
    button {
      font: inherit;
      background: none;
      border: none;
      color: var(--atlas-link);
      text-decoration: underline;
      cursor: pointer;
      padding: 0;
    }
    [aria-current] {
      font-weight: 600;
    }
    .en {
      color: var(--atlas-ink-muted);
    }
  `;

  @property({ attribute: false }) trail: readonly Unit[] = [];

  override render() {
    const last = this.trail.length - 1;
    return html`<nav aria-label=${biText({ vi: 'Vị trí', en: 'Breadcrumbs' }, this.language)}>
      <ol>
        <li>
          ${
            last < 0
              ? html`<span aria-current="location"
                  >${bi({ vi: 'Toàn vùng', en: 'Whole area' }, this.language)}</span
                >`
              : html`<button @click=${() => this.emit('atlas-crumb', null)}>
                  ${bi({ vi: 'Toàn vùng', en: 'Whole area' }, this.language)}
                </button>`
          }
        </li>
        ${this.trail.map((unit, i) =>
          i === last
            ? html`<li title=${unit.name}><span aria-current="location">${unit.name}</span></li>`
            : html`<li title=${unit.name}>
                <button @click=${() => this.emit('atlas-crumb', unit.code)}>${unit.name}</button>
              </li>`,
        )}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-breadcrumbs': AtlasBreadcrumbs;
  }
}
