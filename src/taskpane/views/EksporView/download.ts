/**
 * Offers text as a file download from the pane (a Blob behind a temporary link). Browser-only; no Excel call.
 *
 * @example
 * downloadText('jawaban-unit-2026.json', '{"answers":[]}', 'application/json')
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * Offers a Blob as a file download behind a temporary link (the one way the pane hands a file over).
 *
 * @example
 * downloadBlob('LHE-kppn-bandung-2026.docx', new Blob([bytes], { type: DOCX }))
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The text of a chosen file (FileReader: works in every webview Office uses, and in jsdom).
 *
 * @example
 * await readText(input.files[0]) // → '{"answers":[…]}'
 */
export function readText(file: Blob): Promise<string> {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => fail(reader.error ?? new Error('FileReader'));
    reader.readAsText(file);
  });
}
