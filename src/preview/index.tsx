// The preview page (development and demos only; never in the production bundle): the pane beside a
// HyperFormula workbook. office.js is self-hosted here; the pane runs on the preview's Excel.run.
import { createRoot } from 'react-dom/client';
import { PreviewBook, previewRun } from './host';
import { PreviewPage } from './ui/PreviewPage';
import { workbookOps } from '../taskpane/workbookOps';

declare global {
  interface Window {
    /** For tests and the bench: the preview workbook and whether Office.onReady resolved. */
    lkePreview?: { book: PreviewBook; officeReady: boolean };
  }
}

function mount(officeReady: boolean): void {
  const el = document.getElementById('root');
  if (!el) return;
  const book = new PreviewBook();
  window.lkePreview = { book, officeReady };
  createRoot(el).render(
    <PreviewPage book={book} ops={workbookOps(previewRun(book))} officeReady={officeReady} />,
  );
}

if (typeof Office === 'undefined') mount(false);
else void Office.onReady(() => mount(true));
