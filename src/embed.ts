/**
 * `<ntp-atlas>`: the atlas as an element any page can hold, built by
 * `npm run build:embed` into dist-embed/ntp-atlas.js and its assets.
 *
 *   <script type="module" src="ntp-atlas.js"></script>
 *   <ntp-atlas boundaries="data/communes.geojson" indicators="data/ntm.json"
 *              vintage="2025" level="commune" indicator="ntm_status.standard"
 *              period="2024" unit="01" lang="vi" mode="static"
 *              title="…" style="height: 420px"></ntp-atlas>
 *
 * Without data attributes it shows the embedded demo. Every address must be
 * on the page's origin. Its styles live in shadow roots: nothing leaks into
 * the page or from it. Several can share a page, each with its own view.
 */
import type { AtlasApp } from './components/atlas-app/atlas-app';
import './components/atlas-app/atlas-app';
import { EMBED_ATTRIBUTES as ATTRIBUTES } from './core/share-snippets';
import { addFonts } from './font-faces';

export class NtpAtlasElement extends HTMLElement {
  static readonly observedAttributes = [...Object.keys(ATTRIBUTES), 'mode', 'download'];
  private atlas: AtlasApp | null = null;
  private readonly root = this.attachShadow({ mode: 'open' });

  connectedCallback(): void {
    addFonts();
    this.render();
  }

  disconnectedCallback(): void {
    this.atlas?.remove();
    this.atlas = null;
  }

  /** A changed attribute makes a new atlas: its view and data come from them alone. */
  attributeChangedCallback(): void {
    if (this.isConnected && this.atlas) this.render();
  }

  private render(): void {
    const params = new URLSearchParams();
    for (const [attribute, key] of Object.entries(ATTRIBUTES)) {
      const value = this.getAttribute(attribute);
      if (value !== null && value !== '') params.set(key, value);
    }
    const atlas = document.createElement('ntp-atlas-app');
    atlas.embed = {
      params,
      interactive: this.getAttribute('mode') !== 'static',
      // "Get the data" is offered unless the page turns it off (download="off").
      downloads: this.getAttribute('download') !== 'off',
    };
    this.atlas?.remove();
    this.atlas = atlas;
    if (!this.root.querySelector('style')) {
      const style = document.createElement('style');
      // `all: initial` keeps the host page's inherited fonts and colours out.
      style.textContent =
        ':host{all:initial;display:block;position:relative;height:400px;contain:content}ntp-atlas-app{height:100%}';
      this.root.append(style);
    }
    this.root.append(atlas);
  }

  /** The atlas inside, for tests and scripts of the host page. */
  get app(): AtlasApp | null {
    return this.atlas;
  }
}

if (!customElements.get('ntp-atlas')) customElements.define('ntp-atlas', NtpAtlasElement);

declare global {
  interface HTMLElementTagNameMap {
    'ntp-atlas': NtpAtlasElement;
  }
}
