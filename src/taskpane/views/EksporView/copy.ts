/**
 * Puts text on the clipboard: the async Clipboard API where the webview allows it, else the selected text of a
 * read-only box and the old copy command. Resolves false when neither worked (the box then stays for a manual
 * Ctrl+C). Browser-only; no Excel call.
 *
 * @example
 * await copyText('{"answers":[]}', textarea) // → true
 */
export async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no clipboard permission in this webview): fall back to the selected box.
  }
  if (!box) return false;
  box.focus();
  box.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}
