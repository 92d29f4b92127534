import { escapeXml } from './figure-svg';
import { writeViewState } from './url-state';
import type { ViewState } from './view-state';

/**
 * The attributes of the `<ntp-atlas>` element, each with the key of the
 * app's address it stands for: an embedded atlas and a shared link read the
 * same view.
 */
export const EMBED_ATTRIBUTES: Readonly<Record<string, string>> = {
  boundaries: 'boundaries',
  indicators: 'indicators',
  'other-boundaries': 'other_boundaries',
  'other-indicators': 'other_indicators',
  crosswalk: 'crosswalk',
  vintage: 'v',
  level: 'l',
  indicator: 'i',
  period: 'p',
  compare: 'd',
  unit: 'u',
  camera: 'c',
  lang: 'lang',
  title: 't',
};

export interface ShareSnippets {
  /** The app at this view. */
  readonly link: string;
  /** The app at this view, laid out for a frame: map, legend, nothing else. */
  readonly iframe: string;
  /** The element, with the script that defines it. */
  readonly element: string;
}

/**
 * What the share dialog offers for a view. `pageUrl` is the app's address
 * (its data parameters are kept); `scriptUrl` is where the element's module
 * is served.
 */
export function shareSnippets(
  pageUrl: string,
  view: ViewState,
  scriptUrl: string,
  frameTitle: string,
): ShareSnippets {
  const url = new URL(pageUrl);
  const params = writeViewState(view, url.searchParams);
  params.delete('embed');
  url.search = params.toString();
  const link = url.href;
  const framed = new URL(link);
  framed.searchParams.set('embed', '1');
  const iframe = `<iframe src="${escapeXml(framed.href)}" title="${escapeXml(frameTitle)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  const attributes = Object.entries(EMBED_ATTRIBUTES)
    .map(([attribute, key]) => [attribute, params.get(key)] as const)
    .filter((entry): entry is readonly [string, string] => !!entry[1])
    .map(([attribute, value]) => `  ${attribute}="${escapeXml(value)}"`);
  const element = [
    `<script type="module" src="${escapeXml(scriptUrl)}"></script>`,
    `<ntp-atlas`,
    ...attributes,
    `  style="display:block;height:480px"`,
    `></ntp-atlas>`,
  ].join('\n');
  return { link, iframe, element };
}
