// Every file lke-zi writes is either the old file or the whole new one; existing targets and outputs that are
// inputs are refused.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_FS, writeFileAtomic, type AtomicFs, type AtomicHandle } from '../../src/cli/atomic';
import { run } from '../../src/cli/main';
import { fsIo, tempDir, writeAnswers } from '../rekap/folder';
import { entriesOf, best } from '../lke/fixtures';

jest.setTimeout(60_000);

/** The real file system, except that writes fail with ENOSPC once `after` bytes are on disk. */
function diskFullAfter(after: number): AtomicFs {
  return {
    ...NODE_FS,
    open: async (p, flags, mode) => {
      const h = await NODE_FS.open(p, flags, mode);
      let written = 0;
      const failing: AtomicHandle = {
        write: async (buffer, offset, length) => {
          if (written + length > after) {
            const part = after - written;
            if (part > 0) await h.write(buffer, offset, part);
            written = after;
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          }
          const r = await h.write(buffer, offset, length);
          written += r.bytesWritten;
          return r;
        },
        sync: () => h.sync(),
        chmod: (m) => h.chmod(m),
        close: () => h.close(),
      };
      return failing;
    },
  };
}

describe('writeFileAtomic', () => {
  it('a write that fails half-way leaves the old file whole and no temporary file behind', async () => {
    const dir = tempDir('lke-atomic-');
    const target = join(dir, 'LKE.xlsx');
    writeFileSync(target, 'the old workbook');
    const big = Buffer.alloc(300_000, 7);
    await expect(
      writeFileAtomic(target, big, { replace: true }, diskFullAfter(100_000)),
    ).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(readFileSync(target, 'utf8')).toBe('the old workbook');
    expect(readdirSync(dir)).toEqual(['LKE.xlsx']);
    // The same write without the failure replaces it whole.
    await writeFileAtomic(target, big, { replace: true });
    expect(readFileSync(target).equals(big)).toBe(true);
    expect(readdirSync(dir)).toEqual(['LKE.xlsx']);
  });

  it('refuses an existing target unless replace, and creates a new one', async () => {
    const dir = tempDir('lke-atomic-');
    const target = join(dir, 'a.json');
    await writeFileAtomic(target, 'new', { replace: false });
    expect(readFileSync(target, 'utf8')).toBe('new');
    await expect(writeFileAtomic(target, 'other', { replace: false })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('refuses on a disk without hard links too (FAT flash drives)', async () => {
    const dir = tempDir('lke-atomic-');
    const noLinks: AtomicFs = {
      ...NODE_FS,
      link: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })),
    };
    await writeFileAtomic(join(dir, 'a.json'), 'one', { replace: false }, noLinks);
    await expect(
      writeFileAtomic(join(dir, 'a.json'), 'two', { replace: false }, noLinks),
    ).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('one');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('lke-zi refuses to overwrite silently', () => {
  const dir = tempDir('lke-refuse-');
  const tpl = join(dir, 'LKE.xlsx');
  const answers = writeAnswers(dir, 'a.json', entriesOf(best), 'U-1', 'Kantor A');

  beforeAll(async () => {
    expect(await run(['template', '--out', tpl], fsIo())).toBe(0);
  });

  it('template --out onto an existing file: refused, unless --force', async () => {
    const io = fsIo();
    const before = readFileSync(tpl);
    expect(await run(['template', '--out', tpl, '--unit', 'Lain'], io)).toBe(2);
    expect(io.stderr()).toContain(`${tpl} sudah ada; pakai --force untuk menimpanya`);
    expect(readFileSync(tpl).equals(before)).toBe(true);
    const other = join(dir, 'LKE2.xlsx');
    writeFileSync(other, 'x');
    expect(await run(['template', '--out', other, '--force'], fsIo())).toBe(0);
    expect(readFileSync(other).subarray(0, 2).toString()).toBe('PK');
  });

  it('export X.xlsx --out X.xlsx, even through a link, and import --out onto its answers file: refused', async () => {
    const io = fsIo();
    expect(await run(['export', tpl, '--out', tpl, '--force'], io)).toBe(2);
    expect(io.stderr()).toContain('adalah salah satu berkas masukan');
    const link = join(dir, 'link.xlsx');
    symlinkSync(tpl, link);
    expect(await run(['export', tpl, '--out', link, '--force'], io)).toBe(2);
    expect(await run(['import', answers, '--into', tpl, '--out', answers, '--force'], io)).toBe(2);
    expect(JSON.parse(readFileSync(answers, 'utf8'))).toMatchObject({ unit_id: 'U-1' });
    expect(readFileSync(tpl).subarray(0, 2).toString()).toBe('PK');
  });

  it('import without --out updates the workbook in place; an existing --out needs --force', async () => {
    const mine = join(dir, 'mine.xlsx');
    writeFileSync(mine, readFileSync(tpl));
    expect(await run(['import', answers, '--into', mine], fsIo())).toBe(0);
    const out = join(dir, 'out.xlsx');
    writeFileSync(out, 'keep me');
    const io = fsIo();
    expect(await run(['import', answers, '--into', mine, '--out', out], io)).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(await run(['import', answers, '--into', mine, '--out', out, '--force'], fsIo())).toBe(0);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('rekap --out onto one of its inputs, or onto an earlier recap, is refused before any file is read', async () => {
    const units = join(dir, 'masuk');
    mkdirSync(units);
    const a = writeAnswers(units, 'a.json', entriesOf(best), 'U-1', 'Kantor A');
    const io = fsIo();
    expect(await run(['rekap', a, '--out', a], io)).toBe(2);
    expect(io.stderr()).toContain('adalah salah satu berkas masukan');
    const out = join(dir, 'REKAP.xlsx');
    writeFileSync(out, 'old recap');
    expect(await run(['rekap', units, '--out', out], io)).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old recap');
    const portal = join(dir, 'portal');
    expect(await run(['rekap', units, '--out', join(dir, 'R2.xlsx'), '--portalrb', portal], fsIo())).toBe(0);
    expect(await run(['rekap', units, '--out', join(dir, 'R3.xlsx'), '--portalrb', portal], io)).toBe(2);
    expect(io.stderr()).toMatch(/unit-wbk\.json sudah ada/);
    expect(existsSync(join(dir, 'R3.xlsx'))).toBe(false);
    expect(await run(['rekap', units, '--out', out, '--portalrb', portal, '--force'], fsIo())).toBe(0);
  });
});
