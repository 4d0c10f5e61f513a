import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import { Notice } from '../shared/Notice';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import type { EksporState } from './useEkspor';
import { useEksporStyles } from './styles';

/**
 * The answers file out: the download, and always a way that needs none (copy to the clipboard, or the text in a
 * read-only box to save by hand).
 */
export function ExportSection(props: { readonly e: EksporState }): JSX.Element {
  const { t } = useT();
  const s = useSharedStyles();
  const es = useEksporStyles();
  const { e } = props;
  return (
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
      <p className={s.hint}>{t('exportFallbackHint', { file: e.fileName })}</p>
      <div className={s.row}>
        <Button disabled={e.exporting.running} onClick={e.onCopy}>
          {t('exportCopy')}
        </Button>
        <Button disabled={e.exporting.running} onClick={e.onShow}>
          {t('exportShow')}
        </Button>
      </div>
      <RunMessages run={e.exporting} />
      {e.copied !== null && (
        <Notice intent={e.copied ? 'success' : 'warning'} live>
          {t(e.copied ? 'exportCopied' : 'exportCopyFailed', { file: e.fileName })}
        </Notice>
      )}
      {e.text !== null && (
        <label className={es.boxLabel}>
          {t('exportText')}
          <textarea ref={e.textBox} className={es.box} readOnly value={e.text} rows={8} spellCheck={false} />
        </label>
      )}
    </section>
  );
}
