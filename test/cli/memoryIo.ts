import type { Io } from '../../src/cli/io';

/** An in-memory Io: files in a map, streams captured. */
export function memoryIo(
  files: Record<string, Buffer | string> = {},
): Io & { stdout: () => string; stderr: () => string; files: Map<string, Buffer> } {
  const store = new Map(Object.entries(files).map(([k, v]) => [k, Buffer.isBuffer(v) ? v : Buffer.from(v)]));
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => {
      const b = store.get(p);
      return b
        ? Promise.resolve(b)
        : Promise.reject(Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' }));
    },
    writeFile: (p, d, options) => {
      if (!options.replace && store.has(p))
        return Promise.reject(Object.assign(new Error(`EEXIST ${p}`), { code: 'EEXIST' }));
      store.set(p, Buffer.isBuffer(d) ? d : Buffer.from(d));
      return Promise.resolve();
    },
    fileKey: (p) => Promise.resolve(store.has(p) ? p : null),
    isTty: false,
    stdout: () => out,
    stderr: () => err,
    files: store,
  };
}
