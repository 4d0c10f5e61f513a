import type { Io } from './io';

/** A one-line progress bar on a terminal's stderr; silent when stdout is not a TTY. */
export function progress(io: Io, total: number): { tick: (label: string) => void; done: () => void } {
  let n = 0;
  if (!io.isTty || total === 0) return { tick: () => undefined, done: () => undefined };
  const width = 24;
  return {
    tick: (label) => {
      n++;
      const filled = Math.round((n / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} ${name.padEnd(40)}`);
    },
    done: () => io.err('\n'),
  };
}
