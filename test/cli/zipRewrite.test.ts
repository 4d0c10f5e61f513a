import JSZip from 'jszip';
import { storedBytes, zipDirectory } from '../../src/cli/xlsx/zip';
import { rewriteZip, zipParts, type PartContent } from '../../src/cli/xlsx/zipRewrite';

async function sample(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types></Types>');
  zip.file('xl/big.xml', 'x'.repeat(200_000) + 'akhir');
  zip.file('xl/keep.xml', '<keep>tetap sama</keep>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('rewriting an archive', () => {
  it('copies the untouched parts byte for byte, replaces and adds the others, and stays readable', async () => {
    const before = await sample();
    const pieces = ['<rows>', Buffer.from('<r>1</r>'.repeat(50_000)), '</rows>'];
    const after = await rewriteZip(
      before,
      new Map<string, PartContent>([
        ['xl/big.xml', () => pieces],
        ['[Content_Types].xml', '<Types><Override/></Types>'],
        ['xl/baru.xml', '<baru>Dinas "A" &amp; B</baru>'],
      ]),
    );
    const oldDir = zipDirectory(before, 'a');
    const newDir = zipDirectory(after, 'b');
    const keepOld = oldDir?.get('xl/keep.xml');
    const keepNew = newDir?.get('xl/keep.xml');
    if (!keepOld || !keepNew) throw new Error('keep.xml missing');
    expect(Buffer.from(storedBytes(after, keepNew, 'b'))).toEqual(
      Buffer.from(storedBytes(before, keepOld, 'a')),
    );
    expect(keepNew.crc).toBe(keepOld.crc);
    const read = await JSZip.loadAsync(after, { checkCRC32: true });
    expect(await read.file('xl/big.xml')?.async('string')).toBe(`<rows>${'<r>1</r>'.repeat(50_000)}</rows>`);
    expect(await read.file('[Content_Types].xml')?.async('string')).toBe('<Types><Override/></Types>');
    expect(await read.file('xl/baru.xml')?.async('string')).toBe('<baru>Dinas "A" &amp; B</baru>');
    expect(await read.file('xl/keep.xml')?.async('string')).toBe('<keep>tetap sama</keep>');
    // Every entry of the original (JSZip's folder entry too), in its order, then the added one.
    expect([...(newDir?.keys() ?? [])]).toEqual([...(oldDir?.keys() ?? []), 'xl/baru.xml']);
    expect(zipParts(after).text('xl/baru.xml')).toBe('<baru>Dinas "A" &amp; B</baru>');
    expect(zipParts(after).text('xl/tidak-ada.xml')).toBeNull();
  });
});
