import { css } from 'lit';
import { bilingualStyles } from '../shared/bilingual';
import { visuallyHiddenStyles } from '../shared/dialog-styles';

export const appStyles = [
  bilingualStyles,
  visuallyHiddenStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      font-family: 'Noto Sans', system-ui, sans-serif;
      color: #1a1a1a;
      font-size: 14px;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 10px;
      padding: 6px 12px;
      background: #12355b;
      color: white;
    }
    .top .en {
      color: #c9d6e3;
    }
    h1 {
      font-size: 17px;
      margin: 0;
    }
    .synthetic {
      background: #fff3cd;
      color: #5c4400;
      border: 1px solid #e0c36a;
      border-radius: 3px;
      padding: 1px 8px;
      font-weight: 600;
    }
    .synthetic .en {
      color: #5c4400;
    }
    .dataset {
      font-size: 12px;
    }
    .tools {
      margin-left: auto;
      display: flex;
      gap: 8px;
      align-items: center;
      white-space: nowrap;
    }
    .language select {
      font: inherit;
      font-size: 13px;
    }
    .import {
      font: inherit;
      font-size: 13px;
      background: white;
      color: #12355b;
      border: 1px solid #c9d6e3;
      border-radius: 4px;
      padding: 2px 10px;
      cursor: pointer;
    }
    .import .en {
      color: #5b6470;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 14px;
      align-items: end;
      padding: 8px 12px;
      border-bottom: 1px solid #dde3ea;
    }
    .controls label {
      display: flex;
      flex-direction: column;
      font-size: 12px;
      gap: 2px;
    }
    .controls select {
      font: inherit;
      font-size: 13px;
      padding: 3px;
      max-width: 260px;
    }
    .controls .wide select {
      max-width: 420px;
    }
    .search {
      min-width: 240px;
      flex: 1;
    }
    atlas-breadcrumbs {
      padding: 4px 12px;
      border-bottom: 1px solid #dde3ea;
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
      border-right: 1px solid #dde3ea;
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
    .toggles {
      display: flex;
      gap: 6px;
    }
    .toggles button {
      font: inherit;
      font-size: 12.5px;
      padding: 3px 8px;
      border: 1px solid #9aa5b1;
      border-radius: 3px;
      background: white;
      cursor: pointer;
    }
    .toggles button[aria-pressed='true'] {
      background: #12355b;
      color: white;
    }
    .toggles button[aria-pressed='true'] .en {
      color: #c9d6e3;
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
    /* Side by side: old units on the left, new units on the right, one indicator. */
    .pair #map {
      right: 50%;
    }
    atlas-pair-map {
      position: absolute;
      top: 0;
      bottom: 0;
      left: 50%;
      right: 0;
      border-left: 2px solid #ffffff;
    }
    .pane-caption {
      position: absolute;
      top: 6px;
      margin: 0;
      padding: 2px 6px;
      background: rgba(255, 255, 255, 0.92);
      border-radius: 3px;
      font-size: 12px;
      font-weight: 600;
      pointer-events: none;
      z-index: 3;
    }
    .pane-caption.left {
      left: 6px;
      max-width: calc(50% - 24px);
    }
    .pane-caption.right {
      left: calc(50% + 8px);
      max-width: calc(50% - 24px);
    }
    .pair-note {
      position: absolute;
      left: 6px;
      right: 6px;
      bottom: 6px;
      margin: 0;
      padding: 3px 8px;
      background: rgba(255, 255, 255, 0.94);
      border-left: 3px solid #e66101;
      font-size: 12px;
      z-index: 3;
    }
    .pair-loading {
      left: 50%;
      width: 50%;
    }
    .side {
      overflow: auto;
      padding: 10px 12px;
      border-left: 1px solid #dde3ea;
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
        border-bottom: 1px solid #dde3ea;
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
      atlas-histogram,
      atlas-detail,
      atlas-predecessors,
      #crosswalk-problems {
        display: none !important;
      }
      .top {
        background: none;
        color: #1a1a1a;
        padding: 0 0 6px;
      }
      .top .en {
        color: #5b6470;
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
    .presenter {
      padding: 12px 20px 8px;
      border-bottom: 1px solid #dde3ea;
    }
    .present-title {
      font:
        600 30px 'Noto Sans',
        system-ui,
        sans-serif;
      color: #12355b;
      border: 1px dashed transparent;
      width: 100%;
      box-sizing: border-box;
      padding: 2px 4px;
    }
    .present-title:hover,
    .present-title:focus {
      border-color: #9aa5b1;
    }
    .presenter .caption {
      font-size: 22px;
      margin: 4px 4px 8px;
      min-height: 1.4em;
    }
    .stepper {
      display: flex;
      gap: 10px;
      align-items: center;
    }
    .stepper button {
      font: inherit;
      font-size: 16px;
      padding: 4px 12px;
    }
  `,
];
