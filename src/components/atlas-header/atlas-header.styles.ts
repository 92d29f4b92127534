import { css } from 'lit';

/** The title bar: dark band, the synthetic-data badge, the tools on the right. */
export const headerStyles = css`
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 10px;
    padding: 6px 12px;
    background: var(--atlas-ink-strong);
    color: white;
  }
  .top .en {
    color: var(--atlas-band-line);
  }
  h1 {
    font-size: 17px;
    margin: 0;
  }
  .synthetic {
    background: var(--atlas-caution-bg);
    color: var(--atlas-caution-ink);
    border: 1px solid var(--atlas-caution-line);
    border-radius: 3px;
    padding: 1px 8px;
    font-weight: 600;
  }
  .synthetic .en {
    color: var(--atlas-caution-ink);
  }
  .dataset {
    font-size: 12px;
    /* A title of thousands of characters (a bad file) stays within two lines. */
    overflow-wrap: anywhere;
    max-height: 3.2em;
    overflow: hidden;
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
    color: var(--atlas-ink-strong);
    border: 1px solid var(--atlas-band-line);
    border-radius: 4px;
    padding: 2px 10px;
    cursor: pointer;
  }
  .import .en {
    color: var(--atlas-ink-muted);
  }
`;
