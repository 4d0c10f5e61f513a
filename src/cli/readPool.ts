import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { issueCell } from './issueCell';
import type { WalkedInput } from './recapInputs';
import { readForRecap, type RecapRead } from './recapRead';
import type { CellOf } from './problemRows';

/** The role a reader process of the command line is started in (in its environment, `LKE_ZI_READER`). */
const ROLE = 'lke-zi-recap-reader';
/**
 * V8 runs a reader in its one thread: no garbage-collection or compiler helper threads. Two readers on two cores
 * are then about a tenth faster than two worker threads of one process, whose helpers compete with the other
 * reader for the same cores (measured with `npm run bench -- rekap`).
 */
const READER_FLAGS = ['--single-threaded'];
/** Below this many files a recap reads in its own thread (starting a worker costs more than it saves). */
const MIN_FILES_PER_WORKER = 6;
/** At most this many workers, whatever the machine. */
const MAX_WORKERS = 4;
/** Results a worker may run ahead of the one the recap writes next (memory stays flat in the file count). */
const AHEAD_PER_WORKER = 4;
/**
 * Files each worker is given at once: while one is parsed, the next one's bytes are read from disk (opening,
 * checking and reading a file costs a reader ~2 ms of waiting on this machine, a fifth of a file's time).
 */
const LANES_PER_WORKER = 2;

interface Job {
  readonly index: number;
  readonly input: WalkedInput;
  readonly answers: boolean;
}
interface Done {
  readonly index: number;
  readonly read: RecapRead;
}

let script: string | null = null;

/**
 * Lets recaps read in reader processes started from `path`, the built reader (dist/read-worker.js) that
 * {@link startReadWorkerIfAsked} answers in. Unset (tests that run the sources), a recap reads in its own thread.
 *
 * @example
 * useReadWorkers(join(__dirname, 'read-worker.js')); // in the command line's entry, before the command runs
 */
export function useReadWorkers(path: string): void {
  script = path;
}

/**
 * How many reader processes read `files` files: `LKE_ZI_WORKERS` when set (0 reads in this thread), else one per
 * core (at most 4, and none for fewer than 6 files or without a worker script).
 *
 * @example
 * workerCount(150, {}) // → 2 on a 2-core machine (with the bundle's worker script set)
 * workerCount(3, {})   // → 0
 * workerCount(150, { LKE_ZI_WORKERS: '0' }) // → 0
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  if (script === null) return 0;
  const asked = env.LKE_ZI_WORKERS;
  if (asked !== undefined && /^\d{1,2}$/.test(asked.trim())) return Math.min(Number(asked), files);
  if (files < MIN_FILES_PER_WORKER) return 0;
  return Math.min(availableParallelism(), MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER));
}

/** A promise with its resolve, for a result that arrives from a worker. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve: (v: T) => void = () => undefined;
  const promise = new Promise<T>((ok) => (resolve = ok));
  return { promise, resolve };
}

/** Starts one reader process (the command's Node options kept: a profiler or a preload runs there too). */
function startReader(from: string): ChildProcess {
  return fork(from, [], {
    // An inspector port cannot be shared: --inspect stays with the command.
    execArgv: [...process.execArgv.filter((a) => !a.startsWith('--inspect')), ...READER_FLAGS],
    serialization: 'advanced',
    env: { ...process.env, LKE_ZI_READER: ROLE },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

/** Ends a reader (its channel closed, it exits; killed if it has not within 2 s) and waits until it has. */
function stopReader(reader: ChildProcess): Promise<void> {
  if (reader.exitCode !== null || reader.signalCode !== null) return Promise.resolve();
  return new Promise<void>((done) => {
    const late = setTimeout(() => reader.kill(), 2000);
    reader.once('exit', () => {
      clearTimeout(late);
      done();
    });
    if (reader.connected) reader.disconnect();
    else reader.kill();
  });
}

/** Asks one reader for one file; resolves with its result, rejects if the reader stops. */
function ask(worker: ChildProcess, job: Job): Promise<RecapRead> {
  return new Promise<RecapRead>((ok, fail) => {
    const onMessage = (m: Done): void => {
      if (m.index !== job.index) return;
      off();
      ok(m.read);
    };
    const onGone = (e: unknown): void => {
      off();
      fail(e instanceof Error ? e : new Error(`worker stopped (${String(e)})`));
    };
    const off = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onGone);
      worker.off('exit', onGone);
    };
    worker.on('message', onMessage);
    worker.on('error', onGone);
    worker.on('exit', onGone);
    worker.send(job, (e) => {
      if (e) onGone(e);
    });
  });
}

/**
 * Reads and scores every input for a recap and hands each result to `each` in input order, one at a time (the
 * caller appends to its spool and ticks its progress there). Files are read in reader processes when
 * {@link workerCount} says so, each reader a little ahead of the writer; a reader that stops leaves its file to
 * be read here, so no input is ever lost. A `cellOf` other than the default reads in this thread (a function
 * cannot be sent to a reader); `answers: false` leaves out the PortalRB answers files (a recap without
 * --portalrb).
 *
 * Resolves to the number of readers it started (0: read here).
 *
 * @example
 * await readInOrder(walked, async (r, input) => entries.push(r.entry)); // → 2 on a 2-core machine
 */
export async function readInOrder(
  inputs: readonly WalkedInput[],
  each: (read: RecapRead, input: WalkedInput) => Promise<void>,
  { cellOf = issueCell, answers = true }: { cellOf?: CellOf; answers?: boolean } = {},
): Promise<number> {
  const n = cellOf === issueCell ? workerCount(inputs.length) : 0;
  if (n === 0 || script === null) {
    // One file ahead: the next file is opened and read while this one is handed on.
    let ahead = inputs[0] ? readForRecap(inputs[0], cellOf, answers) : null;
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      if (!input || !ahead) continue;
      const read = await ahead;
      const next = inputs[i + 1];
      ahead = next ? readForRecap(next, cellOf, answers) : null;
      await each(read, input);
    }
    return 0;
  }
  const results = inputs.map(() => deferred<RecapRead>());
  const settled = new Set<number>();
  const settle = (i: number, r: RecapRead): void => {
    if (settled.has(i)) return;
    settled.add(i);
    results[i]?.resolve(r);
  };
  let next = 0;
  let written = 0;
  const waiting: (() => void)[] = [];
  const roomAhead = async (i: number): Promise<void> => {
    while (i - written >= n * AHEAD_PER_WORKER) await new Promise<void>((ok) => waiting.push(ok));
  };
  const from = script;
  const workers = Array.from({ length: n }, () => startReader(from));
  const lanes = workers.flatMap((w) => Array.from({ length: LANES_PER_WORKER }, () => w));
  const loops = lanes.map(async (w) => {
    for (let i = next++; i < inputs.length; i = next++) {
      await roomAhead(i);
      const input = inputs[i];
      if (!input) continue;
      try {
        settle(i, await ask(w, { index: i, input, answers }));
      } catch {
        settle(i, await readForRecap(input, issueCell, answers)); // the worker stopped: read it here
        return;
      }
    }
  });
  // Whatever no worker took (every worker stopped) is read here, in order.
  const rest = Promise.all(loops).then(async () => {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      if (input && !settled.has(i)) settle(i, await readForRecap(input, issueCell, answers));
    }
  });
  try {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const r = results[i];
      if (!input || !r) continue;
      await each(await r.promise, input);
      written = i + 1;
      for (const ok of waiting.splice(0)) ok();
    }
    await rest;
  } finally {
    await Promise.all(workers.map(stopReader));
  }
  return n;
}

/**
 * In a reader process started by {@link readInOrder}: answers each job with the file's {@link RecapRead}, and
 * ends when the command does (its channel closes). Does nothing anywhere else.
 */
export function startReadWorkerIfAsked(): void {
  const send = process.send?.bind(process);
  if (process.env.LKE_ZI_READER !== ROLE || !send) return;
  // Nothing escapes as a stack trace: a reader that fails quietly ends, and the command reads its file itself.
  process.on('uncaughtException', () => process.exit(70));
  process.on('disconnect', () => process.exit(0));
  process.on('message', (job: Job) => {
    void readForRecap(job.input, issueCell, job.answers).then((read) =>
      send({ index: job.index, read } satisfies Done),
    );
  });
}
