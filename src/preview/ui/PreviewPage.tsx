import type { PreviewBook } from '../host';
import { App } from '../../taskpane/App';
import type { WorkbookOps } from '../../taskpane/workbookOps';
import { Grid } from './Grid';
import { CSS } from './gridStyles';
import { useBook } from './useBook';

/**
 * The preview: a workbook over HyperFormula with a simple grid, beside the real pane. It says on screen that it
 * is not Excel, and counts the round trips and API calls the pane makes.
 */
export function PreviewPage({
  book,
  ops,
  officeReady,
}: {
  readonly book: PreviewBook;
  readonly ops: WorkbookOps;
  readonly officeReady: boolean;
}): JSX.Element {
  useBook(book);
  return (
    <div className="pv-page">
      <style>{CSS}</style>
      <header className="pv-banner" role="banner">
        <strong>Pratinjau — bukan Excel</strong>
        <span>
          Preview — not Excel: a HyperFormula workbook for development, tests and ZI socialisation sessions.
        </span>
        <span
          className="pv-counters"
          data-testid="counters"
          title="context.sync() round trips / queued API calls"
        >
          sync: {book.counters.syncs} · API: {book.counters.calls} · office.js:{' '}
          {officeReady ? 'siap' : 'tidak dimuat'}
        </span>
      </header>
      <div className="pv-main">
        <section className="pv-left" aria-label="Buku kerja pratinjau / Preview workbook">
          <Grid book={book} />
        </section>
        <aside className="pv-right" aria-label="Panel LKE / LKE pane">
          <App ops={ops} />
        </aside>
      </div>
    </div>
  );
}
