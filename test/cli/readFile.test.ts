// Reading one file from disk (src/cli/readFile.ts): the whole file in one read when it ends there, a file whose
// size the system does not report (/proc) read on in steps, and the size limit held in both ways.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegularFile } from '../../src/cli/readFile';
import { InputError } from '../../src/lke/errors';
import { DEFAULT_LIMITS, LimitError } from '../../src/cli/xlsx/limits';

const dir = mkdtempSync(join(tmpdir(), 'lke-readfile-'));

describe('readRegularFile', () => {
  it('gives the exact bytes of a file, whatever its size (empty, one byte, 200 KB)', async () => {
    for (const n of [0, 1, 4095, 200_000]) {
      const path = join(dir, `f${n}.bin`);
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 7) % 256));
      writeFileSync(path, bytes);
      expect((await readRegularFile(path)).equals(bytes)).toBe(true);
    }
  });

  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const path = join(dir, 'big.bin');
    writeFileSync(path, Buffer.alloc(2000, 1));
    await expect(readRegularFile(path, { ...DEFAULT_LIMITS, fileBytes: 1000 })).rejects.toBeInstanceOf(
      LimitError,
    );
  });

  const proc = '/proc/self/status';
  const procReadable = (() => {
    try {
      return statSync(proc).size === 0 && readFileSync(proc).length > 200;
    } catch {
      return false;
    }
  })();

  (procReadable ? it : it.skip)(
    'reads on a file that reports size 0 (/proc), and stops it at the limit',
    async () => {
      const whole = await readRegularFile(proc);
      expect(whole.toString('utf8')).toMatch(/^Name:/);
      expect(whole.length).toBeGreaterThan(200);
      await expect(readRegularFile(proc, { ...DEFAULT_LIMITS, fileBytes: 100 })).rejects.toBeInstanceOf(
        LimitError,
      );
    },
  );

  it('never opens a folder for reading', async () => {
    await expect(readRegularFile(dir)).rejects.toBeInstanceOf(InputError);
  });
});
