import { css } from 'lit';

/**
 * The atlas's colours and spacing, named once. Set on the atlas's host and
 * inherited by every component inside it (custom properties cross shadow
 * roots); a component uses `var(--atlas-…)`, never a hex value of its own.
 * Map and figure colours are data, not page styling: see src/map/style.ts
 * and src/core/figure.ts.
 */
export const tokens = css`
  :host {
    /* Ink */
    --atlas-ink: #1a1a1a;
    --atlas-ink-muted: #5b6470;
    --atlas-ink-strong: #12355b;
    --atlas-link: #0b57d0;
    --atlas-accent: #1f6fb2;
    --atlas-warning-ink: #8a5a00;
    /* Lines */
    --atlas-line: #dde3ea;
    --atlas-line-strong: #9aa5b1;
    --atlas-band-line: #c9d6e3;
    /* The synthetic-data badge and notes that ask for care */
    --atlas-caution-bg: #fff3cd;
    --atlas-caution-line: #e0c36a;
    --atlas-caution-ink: #5c4400;
    /* Spacing */
    --atlas-space-xs: 2px;
    --atlas-space-s: 4px;
    --atlas-space-m: 8px;
    --atlas-space-l: 12px;
  }
`;
