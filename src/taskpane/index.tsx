// The production pane: office.js comes from Microsoft's CDN (taskpane.html); Excel.run is the only host.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { workbookOps } from './workbookOps';
import { officeRun } from '../excel/run';
import { t } from './strings';

function mount(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const root = createRoot(el);
  const inExcel = typeof Excel !== 'undefined';
  root.render(inExcel ? <App ops={workbookOps(officeRun())} /> : <p role="alert">{t('notInExcel')}</p>);
}

if (typeof Office === 'undefined') mount();
else void Office.onReady(() => mount());
