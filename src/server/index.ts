/**
 * `lke-zi serve` as a library: reads the folder, builds the first snapshot, listens, and keeps the snapshot
 * current while files change. The command (src/cli/commands/serve.ts) only turns words into these options.
 */
import { InputError } from '../lke/errors';
import { buildApp, type Limit } from './app';
import { CONSOLE } from './messages';
import { buildSnapshot, type HeldFile, type Proposal, type Snapshot, type SnapshotNotes } from './snapshot';
import type { TokenSet } from './tokens';
import { FolderWatch, type FolderEvent, type WatchOptions } from './watch';

export interface ServeOptions {
  readonly dir: string;
  readonly tokens: TokenSet;
  readonly proposal: Proposal;
  readonly host: string;
  readonly port: number;
  readonly base: string;
  readonly tls: { readonly cert: Buffer; readonly key: Buffer } | null;
  readonly trustProxy: readonly string[] | false;
  readonly limits: { readonly perToken: Limit; readonly perAddress: Limit };
  readonly watch: WatchOptions;
  readonly access: (line: string) => void;
  readonly say: (line: string) => void;
}

export interface Serving {
  /** The base URL PortalRB registers (scheme, host, port, base path). */
  readonly url: string;
  readonly snapshot: () => Snapshot;
  /** Runs one folder scan now (tests; the server scans by itself). */
  readonly scan: () => Promise<void>;
  readonly close: () => Promise<void>;
}

/** Defaults of the command line. */
export const DEFAULTS = {
  limit: { max: 600, windowMs: 60_000 },
  watch: { settleMs: 1000, pollMs: 2000 },
} as const;

function tell(
  say: (line: string) => void,
  events: readonly FolderEvent[],
  notes: SnapshotNotes,
  seen: Set<string>,
) {
  // Standing problems (and a scan that keeps failing) are said once each, not at every pass.
  const now = new Set<string>();
  const once = (key: string, line: string) => {
    now.add(key);
    if (!seen.has(key)) say(line);
  };
  for (const ev of events) {
    if (ev.kind === 'read') say(CONSOLE.read(ev.file));
    else if (ev.kind === 'removed') say(CONSOLE.removed(ev.file));
    else if (ev.kind === 'unreadable') say(CONSOLE.unreadable(ev.failure.file, ev.failure.reason, ev.kept));
    else once(`scan:${ev.reason}`, CONSOLE.scanFailed(ev.reason));
  }
  for (const [id, files] of notes.duplicates)
    once(`dup:${id}:${files.join('|')}`, CONSOLE.duplicate(id, files));
  for (const file of notes.withoutId) once(`noid:${file}`, CONSOLE.noId(file));
  if (notes.missing.length > 0)
    once(`missing:${notes.missing.join('|')}`, CONSOLE.usulanMissing(notes.missing));
  seen.clear();
  for (const k of now) seen.add(k);
}

/**
 * Starts serving `dir`. Resolves once the folder is read and the server listens; rejects (an InputError) when
 * `--usulan` names units the folder does not hold.
 *
 * @example
 * const s = await startServe({ dir: 'lke/', tokens, host: '127.0.0.1', port: 0, … });
 * await fetch(`${s.url}/pengusulan/unit-wbk`, { headers: { authorization: `Bearer ${token}` } });
 */
export async function startServe(o: ServeOptions): Promise<Serving> {
  const t0 = performance.now();
  const seen = new Set<string>();
  let current: Snapshot | null = null;
  const rebuild = (held: ReadonlyMap<string, HeldFile>, events: readonly FolderEvent[]) => {
    const { snapshot, notes } = buildSnapshot(held, o.proposal);
    current = snapshot;
    tell(o.say, events, notes, seen);
    return notes;
  };
  const folder = new FolderWatch(o.dir, o.watch, (held, events) => void rebuild(held, events));
  const events = await folder.load((n) => o.say(CONSOLE.reading(n, o.dir)));
  const notes = buildSnapshot(folder.held(), o.proposal).notes;
  if (o.proposal.usulan && notes.missing.length > 0) {
    throw new InputError(
      `unit dalam --usulan tidak ada di folder: ${notes.missing.join(', ')}`,
      `units of --usulan not in the folder: ${notes.missing.join(', ')}`,
    );
  }
  rebuild(
    folder.held(),
    events.filter((e) => e.kind !== 'read'),
  );
  const snapshot = (): Snapshot => {
    if (!current) throw new Error('no snapshot');
    return current;
  };
  const app = await buildApp({ ...o, snapshot });
  await app.listen({ host: o.host, port: o.port });
  folder.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `${o.tls ? 'https' : 'http'}://${host}:${port}${o.base}`;
  const s = snapshot();
  o.say(CONSOLE.listening(url, s.units, s.proposed, Math.round(performance.now() - t0)));
  return {
    url,
    snapshot,
    scan: () => folder.scan(),
    close: async () => {
      await folder.stop();
      await app.close();
    },
  };
}
