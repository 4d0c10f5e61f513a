import { useLayoutEffect } from 'react';
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { StatusPanel } from './StatusPanel';
import { t } from './strings';
import { useWorkbook } from './useWorkbook';
import type { WorkbookOps } from './workbookOps';
import type { ApplyProgress } from '../excel/apply';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function progressLabel(p: ApplyProgress): string {
  if (p.step === 'probe') return t('progressProbe');
  if (p.step === 'read') return t('progressRead');
  return `${t('progressWrite')} (${p.done}/${p.total})`;
}

/** The task pane shell: inject/upgrade with progress, refresh, and the Status summary. */
export function App({ ops }: { readonly ops: WorkbookOps }): JSX.Element {
  const s = useStyles();
  const [state, act] = useWorkbook(ops);
  useLayoutEffect(() => {
    // The pane's first render is in the DOM (the bench reads this mark).
    if (typeof performance.mark === 'function') performance.mark('lke-pane-rendered');
  }, []);
  const r = state.reading;
  const injectLabel = r?.kind === 'read' ? (r.match === 'same' ? t('reapply') : t('upgrade')) : t('inject');
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={s.root} data-testid="pane">
        <Text as="h1" size={500} weight="semibold" title={t('appTitle', {}, 'en')}>
          {t('appTitle')}
        </Text>
        {r?.kind === 'absent' && <Text title={t('noTemplate', {}, 'en')}>{t('noTemplate')}</Text>}
        {r?.kind === 'read' && r.match === 'other-version' && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('otherVersion')}</MessageBarBody>
          </MessageBar>
        )}
        {r?.kind === 'other' && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {r.match === 'same' || r.match === 'other-version' ? t('damaged') : t('otherTemplate')}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={s.actions}>
          <Button
            appearance="primary"
            disabled={state.busy}
            onClick={() => void act.inject()}
            title={t('inject', {}, 'en')}
          >
            {injectLabel}
          </Button>
          <Button disabled={state.busy} onClick={() => void act.refresh()} title={t('refresh', {}, 'en')}>
            {t('refresh')}
          </Button>
        </div>
        {state.busy && (
          <div aria-live="polite">
            <ProgressBar
              value={state.progress ? state.progress.done / Math.max(1, state.progress.total) : undefined}
            />
            <Text size={200}>{state.progress ? progressLabel(state.progress) : t('working')}</Text>
          </div>
        )}
        {state.foreign && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('foreignAsk', { sheets: state.foreign.join(', ') })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void act.confirmForeign()}>{t('foreignConfirm')}</Button>
              <Button onClick={() => act.cancelForeign()}>{t('cancel')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.message && (
          <MessageBar intent={state.message.intent} layout="multiline">
            <MessageBarBody>{state.message.text}</MessageBarBody>
          </MessageBar>
        )}
        {state.summary && <StatusPanel summary={state.summary} />}
      </main>
    </FluentProvider>
  );
}
