import { css } from 'lit';

/** The frame and heading shared by the atlas's dialogs (import, export, share). */
export const dialogStyles = css`
  dialog {
    width: min(var(--dialog-width, 640px), 94vw);
    max-height: 90vh;
    border: 1px solid #c9d1da;
    border-radius: 6px;
    padding: 16px 20px;
    font-size: 14px;
  }
  h2 {
    font-size: 17px;
    margin: 0 0 10px;
  }
`;

/** Read by screen readers, not shown. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
