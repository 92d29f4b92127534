import { css } from 'lit';

/** The presentation's title block: large title, caption, stepper. */
export const presenterStyles = css`
  .presenter {
    padding: 12px 20px 8px;
    border-bottom: 1px solid var(--atlas-line);
  }
  .present-title {
    font:
      600 30px 'Noto Sans',
      system-ui,
      sans-serif;
    color: var(--atlas-ink-strong);
    border: 1px dashed transparent;
    width: 100%;
    box-sizing: border-box;
    padding: 2px 4px;
  }
  .present-title:hover,
  .present-title:focus {
    border-color: var(--atlas-line-strong);
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
    padding: var(--atlas-space-s) var(--atlas-space-l);
  }
`;
