import { css } from 'lit';
import { bilingualStyles } from '../shared/bilingual';
import { tokens } from '../shared/tokens';
import { visuallyHiddenStyles } from '../shared/dialog-styles';
import { controlsStyles } from '../atlas-controls/atlas-controls.styles';
import { headerStyles } from '../atlas-header/atlas-header.styles';
import { pairCaptionsStyles } from '../atlas-pair-captions/atlas-pair-captions.styles';
import { presenterStyles } from '../atlas-presenter/atlas-presenter.styles';

/**
 * The page's layout, and what it becomes printed, embedded and presenting.
 * The parts drawn in the atlas's shadow root bring their own styles, adopted
 * here before the layout's so that its print, embed and presentation rules win.
 */
export const appStyles = [
  tokens,
  bilingualStyles,
  visuallyHiddenStyles,
  headerStyles,
  controlsStyles,
  pairCaptionsStyles,
  presenterStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      font-family: 'Noto Sans', system-ui, sans-serif;
      color: var(--atlas-ink);
      font-size: 14px;
    }
    atlas-breadcrumbs {
      padding: var(--atlas-space-s) var(--atlas-space-l);
      border-bottom: 1px solid var(--atlas-line);
    }
    .body {
      flex: 1;
      display: grid;
      grid-template-columns: 1fr 340px;
      min-height: 0;
    }
    .body.with-panel {
      grid-template-columns: 280px 1fr 340px;
    }
    .layers {
      overflow: auto;
      padding: 8px 10px;
      border-right: 1px solid var(--atlas-line);
    }
    .centre {
      display: flex;
      flex-direction: column;
      min-height: 0;
      min-width: 0;
    }
    .map-wrap {
      position: relative;
      flex: 1;
      min-height: 380px;
    }
    .table {
      height: 280px;
      border-top: 1px solid #c9d3de;
    }
    /* The scorecard's matrix needs rows to be read: more of the height than the table. */
    atlas-scorecard.table {
      height: 45vh;
    }
    .toggles {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .toggles .sides {
      display: flex;
      gap: 0;
    }
    .toggles button {
      font: inherit;
      font-size: 12.5px;
      padding: 3px 8px;
      border: 1px solid var(--atlas-line-strong);
      border-radius: 3px;
      background: white;
      cursor: pointer;
    }
    .toggles button[aria-pressed='true'],
    .toggles button[aria-checked='true'] {
      background: var(--atlas-ink-strong);
      color: white;
    }
    .toggles button[aria-pressed='true'] .en,
    .toggles button[aria-checked='true'] .en {
      color: var(--atlas-band-line);
    }
    .classing summary {
      cursor: pointer;
      font-weight: 600;
      font-size: 13px;
      margin-bottom: 6px;
    }
    #map {
      position: absolute;
      inset: 0;
    }
    /* The page's parts draw into this shadow root; only their contents take part in the layout. */
    atlas-header,
    atlas-controls,
    atlas-maps,
    atlas-presenter,
    atlas-side-panel,
    atlas-pair-side,
    atlas-pair-captions {
      display: contents;
    }
    /* Side by side: old units on the left, new units on the right, one indicator. */
    .pair #map,
    .split #map {
      right: 50%;
    }
    /* Two maps of the same units: side by side, or the second over the first, cut at the divider. */
    #second-map {
      position: absolute;
      top: 0;
      bottom: 0;
      left: 0;
      right: 0;
    }
    #second-map.split {
      left: 50%;
      border-left: 2px solid #ffffff;
    }
    .map-caption {
      position: absolute;
      bottom: 8px;
      margin: 0;
      padding: 2px 8px;
      background: rgba(255, 255, 255, 0.92);
      border: 1px solid #c9d3de;
      border-radius: 3px;
      font-size: 12.5px;
      pointer-events: none;
      z-index: 2;
    }
    .map-caption.first {
      left: 8px;
    }
    .map-caption.second {
      right: 8px;
    }
    .get-data {
      font-size: 12.5px;
      margin: 6px 0;
    }
    .get-data button {
      font: inherit;
      padding: 2px 8px;
    }
    .second-heading {
      font-size: 12px;
      text-transform: uppercase;
      letter-spacing: 0.03em;
      color: var(--atlas-ink-muted);
      margin: 8px 0 2px;
    }
    .swipe-divider {
      position: absolute;
      top: 0;
      bottom: 0;
      width: 6px;
      margin-left: -3px;
      background: #1f2d3d;
      cursor: ew-resize;
      touch-action: none;
      z-index: 3;
    }
    .swipe-divider:focus-visible {
      outline: 3px solid #f2b600;
    }
    #pair-map {
      position: absolute;
      top: 0;
      bottom: 0;
      left: 50%;
      right: 0;
      border-left: 2px solid #ffffff;
    }
    .side {
      overflow: auto;
      padding: 10px 12px;
      border-left: 1px solid var(--atlas-line);
      display: flex;
      flex-direction: column;
      gap: 14px;
    }
    .error {
      background: #fde8e8;
      color: #8a1111;
      border-bottom: 1px solid #f0b4b4;
      padding: 6px 12px;
      display: flex;
      justify-content: space-between;
    }
    .notice {
      background: #eef4fb;
      padding: 4px 8px;
      margin: 0;
    }
    /* Said on the map itself, so a screenshot of a computed year cannot pass for a reported one. */
    .map-badge {
      position: absolute;
      top: 8px;
      left: 50%;
      transform: translateX(-50%);
      margin: 0;
      padding: 3px 10px;
      background: #fff8e1;
      border: 1px solid #e0a800;
      border-radius: 3px;
      font-size: 13px;
      pointer-events: none;
      z-index: 2;
    }
    .loading {
      position: absolute;
      top: 40%;
      width: 100%;
      text-align: center;
    }
    @media (max-width: 1100px) {
      .body.with-panel {
        grid-template-columns: 240px 1fr 300px;
      }
    }
    @media (max-width: 800px) {
      :host {
        height: auto;
      }
      .body {
        grid-template-columns: 1fr;
        grid-template-rows: 60vh auto;
      }
      .body.with-panel {
        grid-template-columns: 1fr;
        grid-template-rows: 40vh 60vh auto;
      }
      .layers {
        border-right: none;
        border-bottom: 1px solid var(--atlas-line);
      }
    }

    /*
     * On paper: the title, the map and its legend, nothing to click. The
     * same words as the exported figure; the browser's print dialog picks
     * the sheet (A4 landscape suggested).
     */
    @media print {
      :host {
        height: auto;
        display: block;
      }
      .tools,
      .controls,
      atlas-breadcrumbs,
      .layers,
      .table,
      .error,
      .pair-note,
      #classing-details,
      #story-details,
      atlas-targets,
      atlas-histogram,
      atlas-detail,
      atlas-predecessors,
      #crosswalk-problems {
        display: none !important;
      }
      .top {
        background: none;
        color: var(--atlas-ink);
        padding: 0 0 6px;
      }
      .top .en {
        color: var(--atlas-ink-muted);
      }
      .body,
      .body.with-panel {
        display: grid;
        grid-template-columns: 1fr 62mm;
        gap: 6mm;
      }
      .map-wrap {
        min-height: 0;
        height: 150mm;
        break-inside: avoid;
      }
      .side {
        border: none;
        overflow: visible;
        padding: 0;
      }
      canvas {
        max-width: 100%;
      }
    }

    /* Embedded in another page: the map, its legend and the unit picked, nothing else. */
    :host([embedded]) {
      height: 100%;
    }
    :host([embedded]) .tools,
    :host([embedded]) .dataset,
    :host([embedded]) .controls,
    :host([embedded]) atlas-breadcrumbs,
    :host([embedded]) .layers,
    :host([embedded]) .table,
    :host([embedded]) #classing-details,
    :host([embedded]) atlas-targets,
    :host([embedded]) atlas-histogram {
      display: none !important;
    }
    :host([embedded]) .top h1 {
      font-size: 15px;
    }
    :host([embedded]) .body,
    :host([embedded]) .body.with-panel {
      grid-template-columns: 1fr minmax(150px, 32%);
    }
    :host([embedded]) .map-wrap {
      min-height: 200px;
    }

    /* Presenting: the map, its legend and the story's words, in large type. */
    :host([presenting]) {
      font-size: 18px;
      background: white;
    }
    :host([presenting]) .top,
    :host([presenting]) .controls,
    :host([presenting]) atlas-breadcrumbs,
    :host([presenting]) .layers,
    :host([presenting]) .table,
    :host([presenting]) #classing-details,
    :host([presenting]) #story-details,
    :host([presenting]) atlas-histogram,
    :host([presenting]) atlas-detail {
      display: none !important;
    }
    :host([presenting]) .body,
    :host([presenting]) .body.with-panel {
      grid-template-columns: 1fr 380px;
    }
    :host([presenting]) atlas-legend {
      font-size: 17px;
    }
  `,
];
