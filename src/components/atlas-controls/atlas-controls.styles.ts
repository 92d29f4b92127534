import { css } from 'lit';

/** The bar of controls above the map. */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 14px;
    align-items: end;
    padding: var(--atlas-space-m) var(--atlas-space-l);
    border-bottom: 1px solid var(--atlas-line);
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
`;
