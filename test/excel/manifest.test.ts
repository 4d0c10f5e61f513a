/** @jest-environment jsdom */
// The add-in manifest: well-formed XML, the right host, ids, URLs under one origin, icons that exist,
// a requirement set Office 2021 has, and `office-addin-manifest info` can parse it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const text = readFileSync(join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(text, 'application/xml');
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string): Element => {
  const found = all(tag);
  if (found.length === 0) throw new Error(`no <${tag}>`);
  return found[0] as Element;
};
const dev = 'https://localhost:3000';

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('OfficeApp');
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has a GUID id, a four-part version and a provider', () => {
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one('ProviderName').textContent?.trim()).not.toBe('');
  });

  it('targets Excel workbooks only, with ReadWriteDocument', () => {
    const hosts = all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'));
    expect(new Set(hosts)).toEqual(new Set(['Workbook']));
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('requires an ExcelApi level Office 2021 has (≤ 1.12)', () => {
    const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(set).toBeDefined();
    const [major, minor] = (set?.getAttribute('MinVersion') ?? '').split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeLessThanOrEqual(12);
    // …and exactly the newest set a member of src/excel/xl.ts is annotated with (`/** ExcelApi 1.x`).
    const xl = readFileSync(join(root, 'src', 'excel', 'xl.ts'), 'utf8');
    const used = [...xl.matchAll(/\/\*\* ExcelApi 1\.(\d+)/g)].map((m) => Number(m[1]));
    expect(used.length).toBeGreaterThan(5);
    expect(minor).toBe(Math.max(...used));
  });

  it('opens the task pane from a button on the Home tab', () => {
    expect(one('SourceLocation').getAttribute('DefaultValue')).toBe(`${dev}/taskpane.html`);
    expect(one('OfficeTab').getAttribute('id')).toBe('TabHome');
    const action = one('Action');
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const resid = action.getElementsByTagName('SourceLocation')[0]?.getAttribute('resid');
    const url = all('bt:Url').find((u) => u.getAttribute('id') === resid);
    expect(url?.getAttribute('DefaultValue')).toBe(`${dev}/taskpane.html`);
  });

  it('defines every resid it uses, and no id twice', () => {
    const defined = [...all('bt:Image'), ...all('bt:Url'), ...all('bt:String')]
      .filter((e) => e.parentElement?.tagName !== 'Icon')
      .map((e) => e.getAttribute('id'));
    expect(new Set(defined).size).toBe(defined.length);
    const used = Array.from(doc.querySelectorAll('[resid]')).map((e) => e.getAttribute('resid'));
    expect(used.length).toBeGreaterThan(5);
    for (const r of used) expect(defined).toContain(r);
    const controlIds = Array.from(doc.querySelectorAll('Group[id], Control[id]')).map((e) =>
      e.getAttribute('id'),
    );
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });

  it('uses https URLs on the development origin only', () => {
    const urls = [...text.replace(/<!--[\s\S]*?-->/g, '').matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(`${dev}/`) || u === dev).toBe(true);
  });

  it('points at icon files that exist, in every size the button needs', () => {
    const iconUrls = [...text.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(iconUrls.length).toBeGreaterThan(3);
    for (const rel of iconUrls) expect(existsSync(join(root, rel))).toBe(true);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size);
    }
    const sizes = all('bt:Image')
      .filter((e) => e.getAttribute('size'))
      .map((e) => e.getAttribute('size'));
    expect(new Set(sizes)).toEqual(new Set(['16', '32', '80']));
  });

  it('is parsed by office-addin-manifest info', () => {
    const cli = join(root, 'node_modules', 'office-addin-manifest', 'cli.js');
    const out = execFileSync(process.execPath, [cli, 'info', join(root, 'manifest.xml')], {
      encoding: 'utf8',
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_IN: 'false' },
    });
    expect(out).toContain('Id: 46892957-8921-4d53-a8ac-220cae6b958d');
    expect(out).toContain('Hosts: Workbook');
    expect(out).toContain(`Source Location: ${dev}/taskpane.html`);
  });
});
