/**
 * Offers text as a file download from the pane (a Blob behind a temporary link). Browser-only; no Excel call.
 *
 * @example
 * downloadText('jawaban-unit-2026.json', '{"answers":[]}', 'application/json')
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
