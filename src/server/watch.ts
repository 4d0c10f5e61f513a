/**
 * Keeps the folder's readings current. A file is read only once its size, time and inode have stayed the same
 * for `settleMs`, and its reading is used only when the bytes read match that state and parse whole; until then
 * the unit keeps its last good reading. Changes are found by polling (stat of every file, every `pollMs`), with
 * `fs.watch` on the folder itself as a hint to look sooner.
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { WalkedInput } from '../cli/recapInputs';
import type { RecapFailure } from '../rekap/types';
import { listFolder, readUnitFile, readUnitFiles, walkFailure, type FileReading } from './folder';
import type { HeldFile } from './snapshot';

export interface WatchOptions {
  /** How long a file must stay unchanged before it is read (ms). */
  readonly settleMs: number;
  /** How often the folder is scanned (ms). */
  readonly pollMs: number;
}

/** What a scan changed, for the console. */
export type FolderEvent =
  | { readonly kind: 'read'; readonly file: string }
  | { readonly kind: 'removed'; readonly file: string }
  | { readonly kind: 'unreadable'; readonly failure: RecapFailure; readonly kept: boolean }
  | { readonly kind: 'scan-failed'; readonly reason: string };

interface Tracked extends HeldFile {
  /** The state of the version `good`/`failure` came from. */
  readonly sig: string;
}

const signature = (s: { size: number; mtimeMs: number; ino: number }): string =>
  `${s.size}:${s.mtimeMs}:${s.ino}`;

async function sigOf(file: string): Promise<{ sig: string; size: number } | null> {
  const s = await stat(file).catch(() => null);
  return s && s.isFile() ? { sig: signature(s), size: s.size } : null;
}

export class FolderWatch {
  private readonly files = new Map<string, Tracked>();
  private readonly pending = new Map<string, { sig: string; since: number }>();
  private timer: NodeJS.Timeout | null = null;
  private watcher: FSWatcher | null = null;
  private hint: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly dir: string,
    private readonly options: WatchOptions,
    /** Called after a scan that changed what is held (with that scan's events). */
    private readonly onChange: (held: ReadonlyMap<string, HeldFile>, events: readonly FolderEvent[]) => void,
  ) {}

  /** What is held now. */
  held(): ReadonlyMap<string, HeldFile> {
    return this.files;
  }

  /**
   * Reads every file now (start-up: no settle wait), as `rekap` reads them (in reader processes when the folder
   * is large enough); a file whose state changed between before and after the reads is left for the next scan.
   */
  async load(listed: (count: number) => void = () => undefined): Promise<readonly FolderEvent[]> {
    const events: FolderEvent[] = [];
    const walked = await listFolder(this.dir);
    listed(walked.length);
    const before = new Map<string, string>();
    const readable: WalkedInput[] = [];
    for (const w of walked) {
      if (walkFailure(w)) continue;
      const s = await sigOf(w.path);
      if (!s) continue;
      before.set(w.path, s.sig);
      readable.push(w);
    }
    const readings = new Map<string, FileReading>();
    await readUnitFiles(readable, (file, reading) => readings.set(file, reading));
    for (const w of walked) {
      const refused = walkFailure(w);
      const reading = readings.get(w.path);
      const sig = before.get(w.path);
      if (refused) this.refuse(refused, events);
      else if (reading && sig !== undefined) await this.keep(w.path, sig, reading, events);
    }
    return events;
  }

  /** Starts polling and watching. */
  start(): void {
    this.timer = setInterval(() => void this.scan(), this.options.pollMs);
    try {
      // Not recursive: Node 20's recursive watch on Linux is a JavaScript walk with known crash races
      // (nodejs/node#52018, #53350); the poll finds changes in subfolders anyway.
      this.watcher = watch(this.dir, () => this.soon());
      this.watcher.on('error', () => this.watcher?.close());
    } catch {
      this.watcher = null; // polling alone still finds every change
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.hint) clearTimeout(this.hint);
    this.watcher?.close();
    this.timer = null;
    await this.running;
  }

  /** A scan a little after a change was hinted (after the settle time, when the file may be ready). */
  private soon(): void {
    if (this.hint || !this.timer) return;
    this.hint = setTimeout(() => {
      this.hint = null;
      void this.scan();
    }, this.options.settleMs);
  }

  /** One pass over the folder; passes never overlap (a request during a pass runs one more after it). */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.scan();
      }
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    const events: FolderEvent[] = [];
    let walked: Awaited<ReturnType<typeof listFolder>>;
    try {
      walked = await listFolder(this.dir);
    } catch (e) {
      this.onChange(this.files, [
        { kind: 'scan-failed', reason: e instanceof Error ? e.message : String(e) },
      ]);
      return;
    }
    const now = Date.now();
    const present = new Set(walked.map((w) => w.path));
    for (const w of walked) {
      const file = w.path;
      const refused = walkFailure(w);
      if (refused) {
        this.refuse(refused, events);
        continue;
      }
      const s = await sigOf(file);
      if (!s || this.files.get(file)?.sig === s.sig) {
        this.pending.delete(file);
        continue;
      }
      const p = this.pending.get(file);
      if (!p || p.sig !== s.sig) this.pending.set(file, { sig: s.sig, since: now });
      else if (now - p.since >= this.options.settleMs) await this.readNow(file, events);
    }
    for (const file of [...this.files.keys()]) {
      if (present.has(file) || (await sigOf(file)) !== null) continue;
      this.files.delete(file);
      this.pending.delete(file);
      events.push({ kind: 'removed', file });
    }
    for (const file of [...this.pending.keys()]) if (!present.has(file)) this.pending.delete(file);
    if (events.length > 0) this.onChange(this.files, events);
  }

  /** A path the walk refused (not a regular file, a loop…): held as a failure, said once per reason. */
  private refuse(failure: RecapFailure, events: FolderEvent[]): void {
    const sig = `refused:${failure.reason}`;
    const old = this.files.get(failure.file);
    this.pending.delete(failure.file);
    if (old?.sig === sig) return;
    const good = old?.good ?? null;
    this.files.set(failure.file, { sig, good, failure });
    events.push({ kind: 'unreadable', failure, kept: good !== null });
  }

  /** Reads a file if its state is the same before and after the read; keeps the last good reading on failure. */
  private async readNow(file: string, events: FolderEvent[]): Promise<void> {
    const before = await sigOf(file);
    if (!before) return;
    await this.keep(file, before.sig, await readUnitFile(file), events);
  }

  /**
   * Holds a reading made while the file had state `before`, if it still has it (else the file waits for the next
   * scan); a failure keeps the last good reading.
   */
  private async keep(
    file: string,
    before: string,
    reading: FileReading,
    events: FolderEvent[],
  ): Promise<void> {
    const after = await sigOf(file);
    if (!after || after.sig !== before) {
      this.pending.set(file, { sig: after?.sig ?? '', since: Date.now() });
      return;
    }
    this.pending.delete(file);
    const old = this.files.get(file);
    if (reading.kind === 'unit') {
      const body = Buffer.from(JSON.stringify(reading.answers));
      this.files.set(file, { sig: before, good: { reading, body }, failure: null });
      events.push({ kind: 'read', file });
    } else {
      const good = old?.good ?? null;
      this.files.set(file, { sig: before, good, failure: reading });
      events.push({ kind: 'unreadable', failure: reading, kept: good !== null });
    }
  }
}
