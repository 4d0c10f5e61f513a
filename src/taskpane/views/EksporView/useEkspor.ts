import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { useT } from '../../i18n';
import { answersFileName, type ImportPreview, type PaneActions, type PaneModel } from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';
import { downloadText, readText } from './download';

/** The Ekspor view's state: export, the chosen file's preview, and applying it. */
export interface EksporState {
  readonly exporting: ActionRun;
  readonly importing: ActionRun;
  readonly preview: ImportPreview | null;
  readonly fileInput: RefObject<HTMLInputElement>;
  readonly onExport: () => void;
  readonly onPick: () => void;
  readonly onFile: (e: ChangeEvent<HTMLInputElement>) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

/**
 * Export downloads the PortalRB answers file the shell makes (`actions.exportAnswers`); import reads a chosen
 * file, shows what it would change (`actions.previewImport`) and writes it only when the user applies.
 *
 * @example
 * const e = useEkspor(model, actions, download);
 * e.onExport(); // → downloads jawaban-unit-<unit>-<year>.json
 */
export function useEkspor(
  model: PaneModel,
  actions: PaneActions,
  download: typeof downloadText = downloadText,
): EksporState {
  const { t } = useT();
  const exporting = useActionRunner();
  const importing = useActionRunner();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileName = answersFileName(model.profile);
  const onExport = (): void => {
    void exporting.run(
      async () => download(fileName, await actions.exportAnswers()),
      (tr) => tr.t('exported', { file: fileName }),
    );
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setPreview(null);
    void importing.run(async () => setPreview(await actions.previewImport(await readText(file))));
  };
  const onApply = (): void => {
    if (!preview) return;
    void importing.run(async () => {
      await actions.applyImport(preview);
      setPreview(null);
    }, 'imported');
  };
  return {
    exporting,
    importing,
    preview,
    fileInput,
    onExport,
    onPick: () => fileInput.current?.click(),
    onFile,
    onApply,
    onCancel: () => {
      setPreview(null);
      importing.clear();
    },
  };
}
