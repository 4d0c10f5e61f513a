// The preview page (development and demos only; never in the production bundle): the pane beside a
// HyperFormula workbook. office.js is self-hosted here; the pane runs on the preview's Excel.run.
import { createRoot } from 'react-dom/client';
import { PreviewBook, previewRun } from './host';
import { PreviewPage } from './ui/PreviewPage';
import { workbookOps } from '../taskpane/workbookOps';
import { parseA1 } from './host/a1';
import { typeInto, type EditOutcome } from './host/userEdit';

declare global {
  interface Window {
    /** For tests and the bench: the preview workbook and whether Office.onReady resolved. */
    lkePreview?: {
      book: PreviewBook;
      officeReady: boolean;
      /** Types into a cell as the grid does (for demos and tests that fill many answers). */
      type: (sheet: string, address: string, text: string) => EditOutcome | null;
      /** Picks a value from a cell's drop-down list, as a person would (raises only onCalculated). */
      pick: (sheet: string, address: string, value: string) => void;
    };
  }
}

function mount(officeReady: boolean): void {
  const el = document.getElementById('root');
  if (!el) return;
  const book = new PreviewBook();
  const type = (sheetName: string, address: string, text: string): EditOutcome | null => {
    const sheet = book.sheet(sheetName);
    const r = parseA1(address);
    return sheet && r ? typeInto(book, sheet, r.row, r.col, text) : null;
  };
  const pick = (sheetName: string, address: string, value: string): void => {
    const sheet = book.sheet(sheetName);
    const r = parseA1(address);
    if (sheet && r) book.pick(sheet, r.row, r.col, value);
  };
  window.lkePreview = { book, officeReady, type, pick };
  createRoot(el).render(
    <PreviewPage book={book} ops={workbookOps(previewRun(book))} officeReady={officeReady} />,
  );
}

if (typeof Office === 'undefined') mount(false);
else void Office.onReady(() => mount(true));
