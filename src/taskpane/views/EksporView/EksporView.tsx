import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { NeedTemplate } from '../shared/NeedTemplate';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import type { downloadText } from './download';
import { ImportPreviewList } from './ImportPreviewList';
import { LheDownload } from './LheDownload';
import { useEkspor } from './useEkspor';

interface EksporViewProps {
  readonly model: PaneModel;
  readonly actions: PaneActions;
  /** How the file is offered (a browser download by default; tests pass a spy). */
  readonly download?: typeof downloadText;
}

/** Ekspor: the PortalRB answers JSON downloaded from the pane, and an answers file imported with a preview. */
export function EksporView(props: EksporViewProps): JSX.Element {
  const { t } = useT();
  const s = useSharedStyles();
  const e = useEkspor(props.model, props.actions, props.download);
  if (props.model.data === null)
    return (
      <div className={s.view}>
        <NeedTemplate />
      </div>
    );
  return (
    <div className={s.view}>
      <section className={s.section} aria-labelledby="ekspor-export">
        <h2 id="ekspor-export" className={s.heading}>
          {t('exportTitle')}
        </h2>
        <p className={s.hint}>{t('exportHint')}</p>
        <div className={s.row}>
          <Button appearance="primary" disabled={e.exporting.running} onClick={e.onExport}>
            {t('exportButton')}
          </Button>
        </div>
        <RunMessages run={e.exporting} />
      </section>
      <LheDownload actions={props.actions} profile={props.model.profile} />
      <section className={s.section} aria-labelledby="ekspor-import">
        <h2 id="ekspor-import" className={s.heading}>
          {t('importTitle')}
        </h2>
        <p className={s.hint}>{t('importHint')}</p>
        <input
          ref={e.fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={t('importFile')}
          className={s.visuallyHidden}
          tabIndex={-1}
          onChange={e.onFile}
        />
        <div className={s.row}>
          <Button disabled={e.importing.running} onClick={e.onPick}>
            {t('importPick')}
          </Button>
        </div>
        {e.preview && <ImportPreviewList preview={e.preview} />}
        {e.preview && (
          <div className={s.row}>
            <Button
              appearance="primary"
              disabled={e.importing.running || e.preview.changes.length === 0}
              onClick={e.onApply}
            >
              {t('importApply')}
            </Button>
            <Button onClick={e.onCancel}>{t('cancel')}</Button>
          </div>
        )}
        <RunMessages run={e.importing} />
      </section>
    </div>
  );
}
