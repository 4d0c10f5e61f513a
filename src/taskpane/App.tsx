import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { translator, type Lang } from './i18n';
import { loadEngine, type Engine } from './loadEngine';
import { waitingModel } from './model/waiting';
import type { PaneNotice } from './model';
import type { ThemeKind } from './theme';
import { usePaneActions } from './usePaneActions';
import { useWorkbook, type ShellMessage } from './useWorkbook';
import { PaneViews } from './views';
import type { WorkbookOps } from './workbookOps';
import { rememberLang, storedLang } from './settings';

/** A shell message in the current language. */
function notice(m: ShellMessage | null, lang: Lang): PaneNotice | null {
  return m && { intent: m.intent, text: translator(lang).t(m.key, m.params) };
}

export interface AppProps {
  readonly ops: WorkbookOps;
  /** Light or dark, from Office's theme. @default 'light' */
  readonly theme?: ThemeKind;
}

/**
 * The task pane: the five views (Mulai, Status, Validasi, Tinjau, Ekspor) over the model built from the shell's
 * reading, with every action going through the workbook operations. The language is remembered on this device.
 */
export function App({ ops, theme = 'light' }: AppProps): JSX.Element {
  const [state, shell] = useWorkbook(ops);
  const actions = usePaneActions(ops, state, shell);
  const [initialLang] = useState(storedLang);
  const [lang, setLangState] = useState(initialLang);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    rememberLang(l);
  }, []);
  useLayoutEffect(() => {
    // The pane's first render is in the DOM (the bench reads this mark).
    if (typeof performance.mark === 'function') performance.mark('lke-pane-rendered');
  }, []);
  // The model (the engine's evaluation) follows the reading, not the cursor: a selection only moves "Soal ini".
  const { reading, findings, circulatedSheet, busy, progress, message, foreign, migration } = state;
  const { catalogue, thresholds } = state;
  // The model builder (the engine's evaluation) comes with the engine chunk, once the first reading brought it.
  const [build, setBuild] = useState<Engine['buildPaneModelWith'] | null>(null);
  useEffect(() => {
    if (catalogue === null || build !== null) return;
    let alive = true;
    void loadEngine().then((e) => alive && setBuild(() => e.buildPaneModelWith));
    return () => {
      alive = false;
    };
  }, [catalogue, build]);
  const model = useMemo(() => {
    const source = {
      reading,
      findings,
      circulatedSheet,
      busy,
      progress,
      foreign,
      migration,
      message: notice(message, lang),
    };
    return build === null ? waitingModel(source) : build(source, catalogue, thresholds);
  }, [
    build,
    reading,
    findings,
    circulatedSheet,
    busy,
    progress,
    message,
    foreign,
    migration,
    catalogue,
    thresholds,
    lang,
  ]);
  return (
    <main data-testid="pane">
      <PaneViews
        model={model}
        actions={actions}
        selection={state.selection}
        lang={initialLang}
        onLangChange={setLang}
        theme={theme}
      />
    </main>
  );
}
