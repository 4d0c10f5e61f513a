/**
 * The access log's writer: lines gathered and written in batches (at 64 KiB or 50 ms, whichever comes first), so
 * that a busy server makes one write per batch instead of one per request.
 *
 * @example
 * const log = batchedLines((text) => stream.write(text));
 * log.line('{"status":200}'); // written within 50 ms
 * log.flush();               // written now (at shutdown)
 */
export function batchedLines(
  write: (text: string) => void,
  maxBytes = 64 * 1024,
  maxDelayMs = 50,
): { readonly line: (line: string) => void; readonly flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    write(text);
  };
  return {
    line: (line) => {
      pending.push(`${line}\n`);
      size += line.length + 1;
      if (size >= maxBytes) flush();
      else timer ??= setTimeout(flush, maxDelayMs);
    },
    flush,
  };
}
