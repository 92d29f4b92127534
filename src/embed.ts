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
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vietnamese600 from '@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff2?url';
import type { AtlasApp } from './components/atlas-app/atlas-app';
import './components/atlas-app/atlas-app';
import { EMBED_ATTRIBUTES as ATTRIBUTES } from './core/share-snippets';

const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const VIETNAMESE =
  'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';

/**
 * The label font, added through the FontFace API rather than a stylesheet:
 * the map draws its labels with it, and no rule is added to the host page.
 */
function addFonts(): void {
  if ([...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Noto Sans')) return;
  const faces: [string, string, string][] = [
    [latin400, '400', LATIN],
    [latin600, '600', LATIN],
    [vietnamese400, '400', VIETNAMESE],
    [vietnamese600, '600', VIETNAMESE],
  ];
  for (const [url, weight, unicodeRange] of faces) {
    const face = new FontFace('Noto Sans', `url(${new URL(url, import.meta.url).href})`, {
      weight,
      unicodeRange,
      display: 'swap',
    });
    document.fonts.add(face);
  }
}

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
