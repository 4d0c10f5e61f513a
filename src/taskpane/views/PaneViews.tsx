import { Suspense, useEffect, useMemo, useState } from 'react';
import { Button } from './shared/Button';
import { I18nProvider, useLanguage, useT, type Lang, type MessageCatalogue } from '../i18n';
import type { CursorCell, PaneActions, PaneModel } from '../model';
import { fluentTheme, ThemeRoot, type ThemeKind } from '../theme';
import { PaneTabs } from './PaneTabs';
import { LazyQuestionSlot, LazyViewBody } from './lazyViews';
import { Notice } from './shared/Notice';
import { PaneNavProvider, type PaneNav } from './shared/nav';
import { defaultView, usePaneViews, type ViewId } from './usePaneViews';
import { usePaneStyles } from './styles';

export interface PaneViewsProps {
  /** The one state object every view renders from (`buildPaneModel`). */
  readonly model: PaneModel;
  readonly actions: PaneActions;
  /** The cell selected in the workbook (the shell's `state.selection`): "Soal ini" shows its question. */
  readonly selection?: CursorCell | null;
  /** The language the pane opens in. @default 'id' */
  readonly lang?: Lang;
  /** Called when the user switches the language (to remember it). */
  readonly onLangChange?: (lang: Lang) => void;
  /** Light or dark, from `themeKindFromOffice(Office.context.officeTheme)`. @default 'light' */
  readonly theme?: ThemeKind;
  /** The tab the pane opens on. @default Mulai until the template is read, then Status (until the user picks one) */
  readonly initialView?: ViewId;
  /** A replacement catalogue (tests). */
  readonly catalogue?: MessageCatalogue;
}

/**
 * The whole pane body: Fluent theme, language, the tabs (Mulai / Status / Validasi / Tinjau / Ekspor), the
 * question under the cursor and the selected view. Mount it from the shell:
 * `<PaneViews model={model} actions={actions} selection={state.selection} theme={kind} />`.
 */
export function PaneViews(props: PaneViewsProps): JSX.Element {
  const [lang, setLang] = useLanguage(props.lang ?? 'id', props.onLangChange);
  return (
    <ThemeRoot theme={fluentTheme(props.theme ?? 'light')} lang={lang}>
      <I18nProvider lang={lang} catalogue={props.catalogue}>
        <PaneFrame {...props} setLang={setLang} />
      </I18nProvider>
    </ThemeRoot>
  );
}

function PaneFrame(props: PaneViewsProps & { readonly setLang: (l: Lang) => void }): JSX.Element {
  const { t, lang } = useT();
  const s = usePaneStyles();
  const [view, setView] = usePaneViews(props.initialView ?? defaultView(props.model.data !== null));
  const [anchor, setAnchor] = useState<string | null>(null);
  const { model, actions } = props;
  const nav = useMemo(
    (): PaneNav => ({
      go: (v, a) => {
        setView(v);
        setAnchor(a ?? null);
      },
    }),
    [setView],
  );
  useEffect(() => {
    if (anchor === null) return;
    const el = document.getElementById(anchor);
    if (el) {
      el.tabIndex = -1;
      el.scrollIntoView?.({ block: 'start' });
      el.focus();
    }
    setAnchor(null);
  }, [anchor, view]);
  const other: Lang = lang === 'en' ? 'id' : 'en';
  return (
    <PaneNavProvider value={nav}>
      <div className={s.root}>
        <header className={s.header}>
          <div className={s.titleRow}>
            <h1 className={s.title}>{t('appTitle')}</h1>
            <Button size="small" appearance="subtle" lang={other} onClick={() => props.setLang(other)}>
              {t('langSwitch')}
            </Button>
          </div>
          <PaneTabs view={view} onSelect={setView} />
        </header>
        <Suspense fallback={null}>
          <LazyQuestionSlot model={model} selection={props.selection ?? null} />
        </Suspense>
        <div id="pane-view" role="tabpanel" aria-labelledby={`tab-${view}`} className={s.main}>
          <Suspense
            fallback={
              <div className={s.guide}>
                <Notice intent="info">{t('stateUnknown')}</Notice>
              </div>
            }
          >
            <LazyViewBody view={view} model={model} actions={actions} />
          </Suspense>
        </div>
      </div>
    </PaneNavProvider>
  );
}
