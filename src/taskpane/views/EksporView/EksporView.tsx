import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import type { PaneActions, PaneModel } from '../../model';
import { NeedTemplate } from '../shared/NeedTemplate';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import type { downloadText } from './download';
import { ExportSection } from './ExportSection';
import { ImportPreviewList } from './ImportPreviewList';
import { LheDownload } from './LheDownload';
import { useEkspor } from './useEkspor';

interface EksporViewProps {
  readonly model: PaneModel;
  readonly actions: PaneActions;
  /** How the file is offered (a browser download by default; tests pass a spy). */
  readonly download?: typeof downloadText;
}

/**
 * Ekspor: the PortalRB answers JSON out of the pane (download, copy, or a box to save by hand), and an answers file
 * imported with a checked preview. One section per thing offered, so a new export (a report) is one more section.
 */
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
      <ExportSection e={e} />
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
