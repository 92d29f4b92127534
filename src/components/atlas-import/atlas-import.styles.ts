import { bilingualStyles } from '../shared/bilingual';
import { dialogStyles } from '../shared/dialog-styles';
import { compactTableStyles } from '../shared/table-styles';
import { css } from 'lit';

/** The import dialog: the drop zone, the chosen files, progress, the report. */
export const importStyles = [
  bilingualStyles,
  dialogStyles,
  compactTableStyles,
  css`
    :host {
      --dialog-width: 720px;
    }
    .drop {
      border: 2px dashed #8a97a6;
      border-radius: 6px;
      padding: 18px;
      text-align: center;
      background: #f6f8fa;
    }
    .drop.over {
      background: #e3effa;
      border-color: var(--atlas-accent);
    }
    ul.files {
      padding-left: 18px;
    }
    .role {
      color: var(--atlas-ink-muted);
    }
    .row {
      display: flex;
      gap: 10px;
      align-items: center;
      flex-wrap: wrap;
      margin: 10px 0;
    }
    progress {
      width: 100%;
      height: 14px;
    }
    .error {
      color: #9b1c1c;
      background: #fdecec;
      padding: 8px;
      border-radius: 4px;
      white-space: pre-wrap;
    }
    .sev-error {
      color: #9b1c1c;
    }
    .sev-warning {
      color: var(--atlas-warning-ink);
    }
    .summary {
      margin: 6px 0 10px;
      padding-left: 18px;
    }
    button {
      font: inherit;
      padding: var(--atlas-space-s) var(--atlas-space-l);
    }
    .primary {
      background: var(--atlas-accent);
      color: white;
      border: 1px solid var(--atlas-accent);
      border-radius: 4px;
    }
    .primary .en {
      color: #e3effa;
    }
  `,
];
