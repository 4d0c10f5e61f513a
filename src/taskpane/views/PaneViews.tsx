import { ToggleButton } from './shared/Button';
import { I18nProvider, useLanguage, useT, type Lang, type MessageCatalogue } from '../i18n';
import type { PaneActions, PaneModel } from '../model';
import { fluentTheme, ThemeRoot, type ThemeKind } from '../theme';
import { EksporView } from './EksporView/EksporView';
import { MulaiView } from './MulaiView/MulaiView';
import { StatusView } from './StatusView/StatusView';
import { TinjauView } from './TinjauView/TinjauView';
import { ValidasiView } from './ValidasiView/ValidasiView';
import { PaneTabs } from './PaneTabs';
import { defaultView, usePaneViews, type ViewId } from './usePaneViews';
import { usePaneStyles } from './styles';

export interface PaneViewsProps {
  /** The one state object every view renders from (`buildPaneModel`). */
  readonly model: PaneModel;
  readonly actions: PaneActions;
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
 * The whole pane body: Fluent theme, language, the tabs (Mulai / Status / Validasi / Tinjau / Ekspor) and the
 * selected view. Mount it from the shell: `<PaneViews model={model} actions={actions} theme={kind} />`.
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
  const { model, actions } = props;
  return (
    <div className={s.root}>
      <header className={s.header}>
        <div className={s.titleRow}>
          <h1 className={s.title}>{t('appTitle')}</h1>
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={lang === 'en'}
            onClick={() => props.setLang(lang === 'en' ? 'id' : 'en')}
          >
            {t('langSwitch')}
          </ToggleButton>
        </div>
        <PaneTabs view={view} onSelect={setView} />
      </header>
      <div id="pane-view" role="tabpanel" aria-labelledby={`tab-${view}`} className={s.main}>
        {view === 'mulai' && <MulaiView model={model} actions={actions} />}
        {view === 'status' && (
          <StatusView model={model} actions={actions} onShowValidasi={() => setView('validasi')} />
        )}
        {view === 'validasi' && <ValidasiView model={model} actions={actions} />}
        {view === 'tinjau' && <TinjauView model={model} actions={actions} />}
        {view === 'ekspor' && <EksporView model={model} actions={actions} />}
      </div>
    </div>
  );
}
