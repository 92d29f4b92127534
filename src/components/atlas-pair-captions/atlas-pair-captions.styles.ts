import { css } from 'lit';

/** Captions and the link note over the two maps of the side-by-side view. */
export const pairCaptionsStyles = css`
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
`;
