import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { answersFileName, type ImportPreview, type PaneActions, type PaneModel } from '../../model';
import { useActionRunner, type ActionRun } from '../shared/useActionRunner';
import { copyText } from './copy';
import { downloadText, readText } from './download';

/** The Ekspor view's state: export (download, or copy and a read-only box), the chosen file's preview, applying it. */
export interface EksporState {
  readonly fileName: string;
  readonly exporting: ActionRun;
  readonly importing: ActionRun;
  readonly preview: ImportPreview | null;
  readonly fileInput: RefObject<HTMLInputElement>;
  /** The answers file's text once copied or shown (a read-only box to save by hand), else null. */
  readonly text: string | null;
  readonly textBox: RefObject<HTMLTextAreaElement>;
  /** Whether the last copy reached the clipboard (null: no copy yet). */
  readonly copied: boolean | null;
  readonly onExport: () => void;
  readonly onCopy: () => void;
  readonly onShow: () => void;
  readonly onPick: () => void;
  readonly onFile: (e: ChangeEvent<HTMLInputElement>) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

/** Waits for React to render what was just set (the box must exist before it can be selected). */
const rendered = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

/**
 * Export offers the PortalRB answers file the shell makes (`actions.exportAnswers`) three ways: a download (where
 * the webview allows blobs), a copy to the clipboard, and a read-only box to save by hand (Excel on Windows'
 * WebView2 does not take every download). Import reads a chosen file, shows what it would change
 * (`actions.previewImport`) and writes it only when the user applies.
 *
 * @example
 * const e = useEkspor(model, actions, download);
 * e.onExport(); // → downloads jawaban-unit-<unit>-<year>.json
 * e.onCopy();   // → the same text on the clipboard, and in e.text
 */
export function useEkspor(
  model: PaneModel,
  actions: PaneActions,
  download: typeof downloadText = downloadText,
): EksporState {
  const exporting = useActionRunner();
  const importing = useActionRunner();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const fileName = answersFileName(model.profile);
  const onExport = (): void => {
    void exporting.run(
      async () => download(fileName, await actions.exportAnswers()),
      (tr) => tr.t('exported', { file: fileName }),
    );
  };
  const onCopy = (): void => {
    setCopied(null);
    void exporting.run(async () => {
      const fresh = await actions.exportAnswers();
      setText(fresh);
      await rendered();
      setCopied(await copyText(fresh, textBox.current));
    });
  };
  const onShow = (): void => {
    void exporting.run(async () => {
      setText(await actions.exportAnswers());
      await rendered();
      textBox.current?.focus();
    });
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
    fileName,
    exporting,
    importing,
    preview,
    fileInput,
    text,
    textBox,
    copied,
    onExport,
    onCopy,
    onShow,
    onPick: () => fileInput.current?.click(),
    onFile,
    onApply,
    onCancel: () => {
      setPreview(null);
      importing.clear();
    },
  };
}
