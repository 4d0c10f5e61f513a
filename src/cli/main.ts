import { InputError } from '../lke/errors';
import { EXIT, type ExitCode, type Io } from './io';
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

/** Every command of `lke-zi`. Commands register here; each lives in `commands/`. */
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
 * Runs `lke-zi` with the given words. Never throws: a bad file or bad usage becomes one line on stderr and
 * exit code 2; an unexpected failure is reported in one line too (no stack trace).
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`lke-zi: perintah tidak dikenal "${name}" (unknown command). Lihat: lke-zi --help\n`);
    return EXIT.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof InputError) io.err(`lke-zi ${name}: ${e.message} (${e.messageEn})\n`);
    else
      io.err(
        `lke-zi ${name}: gagal tak terduga (unexpected failure): ${e instanceof Error ? e.message : String(e)}\n`,
      );
    return EXIT.badInput;
  }
}
