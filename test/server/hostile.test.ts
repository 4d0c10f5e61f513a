// A folder with files that are not files: the server starts, serves the good units, and counts the rest.
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../rekap/folder';
import { body, get, serve } from './http';
import { answersText, bestWith } from './units';

it('starts beside a pipe, a dangling link and a folder loop, and counts each as unreadable', async () => {
  const dir = tempDir('lke-serve-hostile-');
  writeFileSync(join(dir, 'a.json'), answersText('U-A', 'Kantor A', bestWith()));
  execFileSync('mkfifo', [join(dir, 'pipa.json')]);
  symlinkSync(join(dir, 'tidak-ada.xlsx'), join(dir, 'hilang.xlsx'));
  symlinkSync(dir, join(dir, 'putar'));
  const s = await serve(dir);
  try {
    expect(body(await get(s.url, '/healthz', { token: null }))).toMatchObject({
      units: 1,
      proposed: 1,
      unreadable: 3,
    });
    expect((await get(s.url, '/lke/jawaban-unit/U-A')).status).toBe(200);
    const said = s.said.join('\n');
    expect(said).toMatch(/pipa\.json: .*bukan berkas biasa/);
    expect(said).toMatch(/putar: .*folder berulang/);
    // Standing problems are said once, not at every scan.
    await new Promise((r) => setTimeout(r, 200));
    expect(s.said.filter((l) => l.includes('pipa.json'))).toHaveLength(1);
  } finally {
    await s.close();
  }
}, 30_000);
