import { Button } from '../shared/Button';
import { useT } from '../../i18n';
import type { PaneActions } from '../../model';
import type { ProfileReading } from '../../../workbook';
import { RunMessages } from '../shared/RunMessages';
import { useSharedStyles } from '../shared/styles';
import { useActionRunner } from '../shared/useActionRunner';
import { downloadBlob } from './download';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Loads the report code (the DOCX library and the LHE builder) as its own chunk, only when asked. */
const loadReport = (): Promise<typeof import('../../../report')> =>
  import(/* webpackChunkName: "report" */ '../../../report');

/**
 * Offers bytes as a file download (through downloadBlob). Browser-only; no Excel call.
 *
 * @example
 * downloadBytes('LHE-kppn-bandung-2026.docx', bytes)
 */
export function downloadBytes(fileName: string, bytes: Uint8Array<ArrayBuffer>, type = DOCX): void {
  downloadBlob(fileName, new Blob([bytes], { type }));
}

/**
 * The LHE's file name from the unit and the year.
 *
 * @example
 * lheFileName({ unitName: 'KPPN Bandung I', unitId: null, year: 2026, … }) // → 'LHE-kppn-bandung-i-2026.docx'
 */
export function lheFileName(profile: Pick<ProfileReading, 'unitId' | 'unitName' | 'year'>): string {
  const who = String(profile.unitName ?? profile.unitId ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return (
    ['LHE', who, profile.year === null ? '' : String(profile.year)].filter((s) => s !== '').join('-') +
    '.docx'
  );
}

interface LheDownloadProps {
  readonly actions: Pick<PaneActions, 'reportInput'>;
  readonly profile: ProfileReading;
  /** How the file is offered (a browser download by default; tests pass a spy). */
  readonly save?: typeof downloadBytes;
}

/** Ekspor's "Unduh LHE (.docx)": the workbook read fresh, the report chunk loaded on click, the draft downloaded. */
export function LheDownload(props: LheDownloadProps): JSX.Element {
  const { t } = useT();
  const s = useSharedStyles();
  const run = useActionRunner();
  const fileName = lheFileName(props.profile);
  const save = props.save ?? downloadBytes;
  const onClick = (): void => {
    void run.run(
      async () => {
        const [input, report] = await Promise.all([props.actions.reportInput(), loadReport()]);
        save(fileName, await report.docxBytes(report.lheDocument(input)));
      },
      () => t('lheDownloaded', { file: fileName }),
    );
  };
  return (
    <section className={s.section} aria-labelledby="ekspor-lhe">
      <h2 id="ekspor-lhe" className={s.heading}>
        {t('lheTitle')}
      </h2>
      <p className={s.hint}>{t('lheHint')}</p>
      <div className={s.row}>
        <Button disabled={run.running} onClick={onClick}>
          {t('lheButton')}
        </Button>
      </div>
      <RunMessages run={run} />
    </section>
  );
}
