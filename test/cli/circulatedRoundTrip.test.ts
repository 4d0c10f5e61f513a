import { run } from '../../src/cli/main';
import { readCirculatedXlsx } from '../../src/cli/xlsx/circulated';
import { LKE_2021, scoreColumn, toPortalAnswers, type PortalAnswersFile } from '../../src/lke';
import {
  entriesFromK,
  expectedRows,
  fixtureBytes,
  FIXTURES,
  loadWorkbook,
  sheetOf,
  type FixtureName,
} from '../circulated/fixtureData';
import { memoryIo } from './memoryIo';

// Reading and writing whole workbooks takes seconds on a loaded machine.
jest.setTimeout(60_000);

/** A unit's copy: the fixture with a note and two evidence links, as units keep them. */
async function unitCopy(name: FixtureName): Promise<{ bytes: Buffer; noteRow: number }> {
  const wb = await loadWorkbook(fixtureBytes(name));
  const ws = sheetOf(wb);
  const noteRow = expectedRows(ws).get(45) ?? 0;
  ws.getCell(`O${noteRow}`).value = 'IKU ditetapkan dengan SK Kepala';
  ws.getCell(`P${noteRow}`).value = { text: 'SK IKU', hyperlink: 'https://example.go.id/sk-iku.pdf' };
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), noteRow };
}

async function cli(io: ReturnType<typeof memoryIo>, ...argv: string[]): Promise<number> {
  const code = await run(argv, io);
  // `import` ends with 1 when the imported entries hold errors (the workbook is written all the same).
  if (code !== 0 && !(code === 1 && argv[0] === 'import'))
    throw new Error(`lke-zi ${argv.join(' ')} → ${code}: ${io.stderr()}`);
  return code;
}

describe.each(FIXTURES)('round trip of %s: circulated → import → our workbook → export', (name) => {
  it('gives back every answer of column K, with the note and the evidence', async () => {
    const { bytes } = await unitCopy(name);
    const ws = sheetOf(await loadWorkbook(bytes));
    const m = await readCirculatedXlsx(bytes, 'OLD.xlsx');
    // Until `lke-zi import` reads OLD.xlsx itself, the answers travel as the PortalRB answers file it reads.
    const answers = toPortalAnswers(LKE_2021, m.entries, { unitId: null, unitName: 'Unit Uji', year: 2026 });
    const io = memoryIo({ 'OLD.json': JSON.stringify(answers) });
    await cli(io, 'template', '--out', 'LKE.xlsx');
    await cli(io, 'import', 'OLD.json', '--into', 'LKE.xlsx', '--out', 'NEW.xlsx');
    await cli(io, 'export', 'NEW.xlsx', '--out', 'BACK.json');
    const back = JSON.parse(io.files.get('BACK.json')?.toString('utf8') ?? '{}') as PortalAnswersFile;

    const fromK = entriesFromK(ws);
    for (const a of back.answers) {
      const k = fromK.get(a.soal_id)?.unit ?? null;
      expect([a.soal_id, a.jawaban_unit]).toEqual([a.soal_id, k === null ? null : String(k)]);
    }
    expect(back.answers.find((a) => a.soal_id === 45)).toMatchObject({
      catatan_unit: 'IKU ditetapkan dengan SK Kepala',
      bukti_dukung_unit: 'https://example.go.id/sk-iku.pdf',
    });

    // Our workbook scores what the rule book gives for the answers typed in K.
    const sio = memoryIo({ 'NEW.xlsx': io.files.get('NEW.xlsx') ?? Buffer.alloc(0) });
    await run(['score', 'NEW.xlsx', '--json'], sio);
    const scored = JSON.parse(sio.stdout()) as { total: number };
    expect(scored.total).toBeCloseTo(scoreColumn(LKE_2021, fromK, 'unit').total, 9);
  });
});
