import { css } from 'lit';

/** The title bar: dark band, the synthetic-data badge, the tools on the right. */
export const headerStyles = css`
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
`;
