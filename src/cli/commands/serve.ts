import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../../lke/errors';
import { DEFAULTS, startServe, type ServeOptions } from '../../server';
import { CONSOLE } from '../../server/messages';
import { parseTokens } from '../../server/tokens';
import { parseUsulan } from '../../server/usulan';
import { flagText, parseArgs, type ParsedArgs } from '../args';
import { EXIT, type ExitCode, type Io } from '../io';

export const SERVE_USAGE =
  'lke-zi serve DIR --tokens FILE [--host 127.0.0.1] [--port 8080] [--cert CERT.pem --key KEY.pem] [--usulan USULAN.json] [--tahun YYYY] [--log ACCESS.jsonl] [--base /path] [--rate-limit N] [--trust-proxy ADDR,…]';

const usage = (): never => {
  throw new InputError(`pemakaian: ${SERVE_USAGE}`, `usage: ${SERVE_USAGE}`);
};

function intFlag(args: ParsedArgs, name: string, min: number, max: number, fallback: number): number {
  const v = flagText(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max)
    throw new InputError(
      `--${name} harus bilangan bulat ${min}–${max}, bukan "${v}"`,
      `--${name} must be an integer ${min}–${max}, not "${v}"`,
    );
  return n;
}

function baseFlag(args: ParsedArgs): string {
  const v = (flagText(args, 'base') ?? '').replace(/\/+$/, '');
  if (v !== '' && !/^(\/[A-Za-z0-9._~-]+)+$/.test(v))
    throw new InputError(
      `--base harus jalur seperti /api/zi, bukan "${v}"`,
      `--base must be a path like /api/zi, not "${v}"`,
    );
  return v;
}

async function readNamed(io: Io, file: string, what: string): Promise<Buffer> {
  try {
    return await io.readFile(file);
  } catch {
    throw new InputError(`tidak dapat membaca ${what} ${file}`, `cannot read ${what} ${file}`);
  }
}

/** Resolves on SIGINT or SIGTERM (the process's way of asking the server to stop). */
function signalled(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

type Settings = Omit<ServeOptions, 'access' | 'say'> & { readonly logFile: string | undefined };

/** Every flag read and checked, before anything is said or opened. */
async function settingsOf(argv: readonly string[], io: Io): Promise<Settings> {
  const args = parseArgs(argv, []);
  const dir = args.positional[0];
  if (dir === undefined || args.positional.length > 1) return usage();
  const tokensFile = flagText(args, 'tokens');
  if (tokensFile === undefined)
    throw new InputError(
      'tanpa --tokens server tidak dijalankan: buat berkas berisi token (satu per baris) yang juga didaftarkan di PortalRB',
      'without --tokens the server does not start: make a file with the token(s) (one per line) also registered in PortalRB',
    );
  const dirStat = await stat(dir).catch(() => null);
  if (!dirStat?.isDirectory())
    throw new InputError(`${dir} bukan folder yang dapat dibaca`, `${dir} is not a readable folder`);
  const cert = flagText(args, 'cert');
  const key = flagText(args, 'key');
  if ((cert === undefined) !== (key === undefined))
    throw new InputError('--cert dan --key harus diberikan bersama', '--cert and --key go together');
  const port = intFlag(args, 'port', 0, 65535, 8080);
  const base = baseFlag(args);
  const tahun = flagText(args, 'tahun') === undefined ? null : intFlag(args, 'tahun', 2000, 2100, 0);
  const limit = {
    max: intFlag(args, 'rate-limit', 1, 1_000_000, DEFAULTS.limit.max),
    windowMs: DEFAULTS.limit.windowMs,
  };
  const proxies = flagText(args, 'trust-proxy');
  const tokens = parseTokens((await readNamed(io, tokensFile, 'berkas token')).toString('utf8'), tokensFile);
  const tls =
    cert !== undefined && key !== undefined
      ? { cert: await readNamed(io, cert, 'sertifikat'), key: await readNamed(io, key, 'kunci') }
      : null;
  const usulanFile = flagText(args, 'usulan');
  const usulan =
    usulanFile === undefined
      ? null
      : parseUsulan((await readNamed(io, usulanFile, 'berkas usulan')).toString('utf8'), usulanFile);
  return {
    dir,
    tokens,
    proposal: { usulan, tahun },
    host: flagText(args, 'host') ?? '127.0.0.1',
    port,
    base,
    tls,
    trustProxy: proxies === undefined ? false : proxies.split(',').map((p) => p.trim()),
    limits: { perToken: limit, perAddress: limit },
    watch: DEFAULTS.watch,
    logFile: flagText(args, 'log'),
  };
}

/**
 * `lke-zi serve DIR --tokens FILE …`: the PortalRB integration API over the TPI's folder of workbooks, until the
 * process is asked to stop (or `until` resolves, in tests). Refuses to start without tokens.
 */
export async function serveCommand(
  argv: readonly string[],
  io: Io,
  until?: Promise<unknown>,
): Promise<ExitCode> {
  const { logFile, ...settings } = await settingsOf(argv, io);
  const say = (line: string) => io.err(`${line}\n`);
  if (!settings.tls) {
    say(CONSOLE.httpWarning());
    if (!['127.0.0.1', '::1', 'localhost'].includes(settings.host)) say(CONSOLE.openHost(settings.host));
  }
  const log = logFile === undefined ? null : createWriteStream(logFile, { flags: 'a' });
  try {
    const serving = await startServe({
      ...settings,
      access: log ? (line) => void log.write(`${line}\n`) : (line) => io.out(`${line}\n`),
      say,
    }).catch((e: unknown) => {
      const code = (e as { code?: unknown }).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw e;
      const where = `${settings.host}:${settings.port}`;
      throw new InputError(
        `tidak dapat mendengarkan di ${where} (${code}): alamat atau port sudah dipakai atau tidak diizinkan`,
        `cannot listen on ${where} (${code}): address or port in use or not allowed`,
      );
    });
    await (until ?? signalled());
    await serving.close();
    say(CONSOLE.stopped());
    return EXIT.ok;
  } finally {
    await new Promise<void>((done) => (log ? log.end(done) : done()));
  }
}
