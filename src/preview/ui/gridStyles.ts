/** Class names and CSS of the preview grid and page (plain CSS in a <style> element: no CSS loader needed). */
export const styles = {
  grid: 'pv-grid',
  tabs: 'pv-tabs',
  tab: 'pv-tab',
  tabOn: 'pv-tab pv-tab-on',
  empty: 'pv-empty',
  bar: 'pv-bar',
  addr: 'pv-addr',
  input: 'pv-input',
  refused: 'pv-alert pv-refused',
  warning: 'pv-alert pv-warning',
  scroll: 'pv-scroll',
  table: 'pv-table',
  corner: 'pv-corner',
  rowHead: 'pv-rowhead',
  selected: 'pv-selected',
  input_cell: 'pv-inputcell',
} as const;

export const CSS = `
body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; font-size: 13px; }
.pv-page { display: flex; flex-direction: column; height: 100vh; }
.pv-banner { background: #fff4ce; border-bottom: 1px solid #c19c00; padding: 6px 12px; display: flex; gap: 16px; align-items: center; }
.pv-banner strong { font-size: 14px; }
.pv-counters { margin-left: auto; font-variant-numeric: tabular-nums; }
.pv-main { display: flex; flex: 1; min-height: 0; }
.pv-left { flex: 1; min-width: 0; display: flex; flex-direction: column; border-right: 1px solid #ccc; }
.pv-right { width: 340px; flex: none; overflow: auto; }
.pv-grid { display: flex; flex-direction: column; min-height: 0; flex: 1; }
.pv-tabs { display: flex; gap: 2px; padding: 4px; background: #f3f3f3; }
.pv-tab { border: 1px solid #ccc; background: #fafafa; padding: 2px 10px; cursor: pointer; }
.pv-tab-on { background: #fff; border-bottom-color: #fff; font-weight: 600; color: #0f6c5d; }
.pv-empty { color: #666; padding: 2px 8px; }
.pv-bar { display: flex; gap: 6px; padding: 4px; border-bottom: 1px solid #ddd; }
.pv-addr { width: 56px; text-align: center; border: 1px solid #ccc; padding: 2px; }
.pv-input { flex: 1; font: inherit; padding: 2px 4px; }
.pv-alert { padding: 6px 10px; }
.pv-refused { background: #fde7e9; color: #a80000; }
.pv-warning { background: #fff4ce; color: #7a4a00; }
.pv-scroll { overflow: auto; flex: 1; }
.pv-table { border-collapse: collapse; table-layout: fixed; }
.pv-table th { background: #f3f3f3; font-weight: 400; color: #555; border: 1px solid #ddd; position: sticky; top: 0; z-index: 1; }
.pv-table .pv-rowhead { position: sticky; left: 0; width: 36px; min-width: 36px; z-index: 2; background: #f3f3f3; }
.pv-table .pv-corner { position: sticky; left: 0; z-index: 3; }
.pv-table td { border: 1px solid #e3e3e3; padding: 1px 3px; overflow: hidden; text-overflow: ellipsis; max-height: 48px; vertical-align: top; cursor: cell; }
.pv-table td.pv-inputcell { box-shadow: inset 0 0 0 1px #7fb5ad; }
.pv-table td.pv-selected { outline: 2px solid #0f6c5d; outline-offset: -2px; }
`;
