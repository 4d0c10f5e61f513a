// The production pane: office.js comes from Microsoft's CDN (taskpane.html); Excel.run is the only host.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { workbookOps } from './workbookOps';
import { officeRun } from '../excel/run';
import { translator } from './i18n';
import { storedLang } from './settings';
import { themeKindFromOffice } from './theme';

function mount(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const root = createRoot(el);
  const inExcel = typeof Excel !== 'undefined';
  const theme = themeKindFromOffice(typeof Office === 'undefined' ? null : Office.context?.officeTheme);
  root.render(
    inExcel ? (
      <App ops={workbookOps(officeRun())} theme={theme} />
    ) : (
      <p role="alert">{translator(storedLang()).t('notInExcel')}</p>
    ),
  );
}

if (typeof Office === 'undefined') mount();
else void Office.onReady(() => mount());
