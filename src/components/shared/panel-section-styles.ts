import { css } from 'lit';

/** A section of the side panel about the unit picked: a block of text under a ruled heading. */
export const panelSectionStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }
  h3 {
    font-size: 13px;
    margin: 10px 0 4px;
    border-bottom: 1px solid var(--atlas-line);
  }
`;
