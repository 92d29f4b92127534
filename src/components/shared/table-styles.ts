import { css } from 'lit';

/** Dense tables inside dialogs: the import report, the column mapping. */
export const compactTableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 12.5px;
  }
  th,
  td {
    text-align: left;
    border-bottom: 1px solid #e1e6eb;
    padding: 3px 6px;
    vertical-align: top;
  }
`;
