import { InputError } from '../lke/errors';
import { EXIT, type ExitCode, type Io } from './io';
import { capLines, safeText } from './format';
import { errorCode, fsReason } from './fsErrors';
import { scoreCommand, SCORE_USAGE } from './commands/score';
import { rekapCommand, REKAP_USAGE } from './commands/rekap';
import { templateCommand, TEMPLATE_USAGE } from './commands/template';
import { importCommand, IMPORT_USAGE } from './commands/import';
import { exportCommand, EXPORT_USAGE } from './commands/export';
import { laporanCommand, LAPORAN_USAGE } from './commands/laporan';
import { serveCommand, SERVE_USAGE } from './commands/serve';

export interface Command {
  readonly usage: string;
  readonly run: (argv: readonly string[], io: Io) => Promise<ExitCode>;
}

/** Every command of `lke-zi`, in the order `--help` lists them. Commands register here; each lives in `commands/`. */
export const COMMANDS: Record<string, Command> = {
  score: { usage: SCORE_USAGE, run: scoreCommand },
  rekap: { usage: REKAP_USAGE, run: (argv, io) => rekapCommand(argv, io) },
  template: { usage: TEMPLATE_USAGE, run: templateCommand },
  import: { usage: IMPORT_USAGE, run: importCommand },
  export: { usage: EXPORT_USAGE, run: exportCommand },
  laporan: { usage: LAPORAN_USAGE, run: laporanCommand },
  serve: { usage: SERVE_USAGE, run: (argv, io) => serveCommand(argv, io) },
};

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
  return `lke-zi — LKE Zona Integritas (PermenPANRB 90/2021)\n\nPerintah:\n${lines.join('\n')}\n`;
}

/**
 * The one line a failure prints: Indonesian first (never a library's English sentence), the English twin in
 * brackets, no stack trace. An {@link InputError} says what was wrong with the input; a file-system failure
 * says its class (disk full, no permission…); anything else is an unexpected failure.
 *
 * @example
 * oneLine(new InputError('opsi tidak dikenal: --bogus', 'unknown option: --bogus'), 'rekap')
 * // → 'lke-zi rekap: opsi tidak dikenal: --bogus (unknown option: --bogus)\n'
 */
export function oneLine(e: unknown, name?: string): string {
  const who = name === undefined ? 'lke-zi' : `lke-zi ${name}`;
  if (e instanceof InputError) return `${who}: ${e.message} (${e.messageEn})\n`;
  if (errorCode(e) !== null) {
    const why = fsReason(e);
    return `${who}: gagal: ${why.id} (failed: ${why.en})\n`;
  }
  if (e instanceof RangeError)
    return `${who}: berkas terlalu besar atau terlalu bertingkat untuk diolah (input too large or too deeply nested)\n`;
  const detail = e instanceof Error ? e.message : String(e);
  return `${who}: gagal tak terduga; laporkan ke pengelola lke-zi (unexpected failure: ${detail.split('\n')[0] ?? ''})\n`;
}

/**
 * The streams as commands see them: every printed text made safe for a terminal ({@link safeText}) and, on
 * stderr, every line capped ({@link capLines}).
 */
export function guardedIo(io: Io): Io {
  return {
    ...io,
    out: (t) => io.out(safeText(t)),
    err: (t) => io.err(capLines(safeText(t))),
  };
}

/**
 * Runs `lke-zi` with the given words. Never throws: a bad file or bad usage becomes one line on stderr and
 * exit code 2; an unexpected failure is reported in one line too (no stack trace).
 */
export async function run(argv: readonly string[], rawIo: Io): Promise<ExitCode> {
  const io = guardedIo(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`lke-zi: perintah tidak dikenal "${name}" (unknown command). Lihat: lke-zi --help\n`);
    return EXIT.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.err(oneLine(e, name));
    return EXIT.badInput;
  }
}
