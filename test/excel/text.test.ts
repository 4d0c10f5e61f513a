// Every text a user gives is written into the input cells as text, whatever it starts with, on every path the pane
// writes through (typing, import, migration, profile): on the preview host, which parses written strings as Excel
// does, each of these would otherwise become a formula, a number, a date or fail the whole batch.
import { writeInputs, inputValue } from '../../src/excel/write';
import { needsTextPrefix } from '../../src/excel/ops';
import { applyPlan } from '../../src/excel/apply';
import { readWorkbook } from '../../src/excel/read';
import { LKE_2021 } from '../../src/lke';
import { inputCell } from '../../src/workbook';
import { workbookOps } from '../../src/taskpane/workbookOps';
import { fresh, plan, questions } from './helpers';

const HOSTILE = [
  '- SK sudah ada',
  '-SK',
  '+62 812 3456',
  '@bukti',
  '=tidak ada',
  '2026.1',
  '1,5',
  '1/2',
  '5 Jan 2026',
  'Des-25',
  "'kutip",
  '  spasi di depan',
  ' 12',
  'TRUE',
  'benar',
  '#N/A',
  '100%',
  'Rp 5.000',
];

describe('user text stays text', () => {
  it.each(HOSTILE)('%j needs the prefix', (text) => {
    expect(needsTextPrefix(text)).toBe(true);
    expect(inputValue(text)).toBe(`'${text}`);
  });

  it.each(['Ya', 'Tidak', 'A', 'Belum ada', 'Menuju WBK', 'SK sudah ada'])('%j is written bare', (text) => {
    expect(inputValue(text)).toBe(text);
  });

  it('writes every hostile note, link and profile text through writeInputs and reads it back unchanged', async () => {
    const { run } = fresh();
    await applyPlan(run, plan);
    const cells = HOSTILE.flatMap((text, i) => {
      const q = questions[i];
      if (!q) throw new Error('not enough questions');
      return [
        { ...inputCell(q, 'unitNote'), value: text },
        { ...inputCell(q, 'unitEvidence'), value: text },
        { ...inputCell(q, 'tpiNote'), value: text },
      ];
    });
    await writeInputs(run, cells);
    const r = await readWorkbook(run, plan, LKE_2021);
    if (r.kind !== 'read') throw new Error(r.kind);
    HOSTILE.forEach((text, i) => {
      const e = r.entries.get(questions[i]?.soalId ?? -1);
      expect({ text, note: e?.unitNote, link: e?.unitEvidence, tpi: e?.tpiNote }).toEqual({
        text,
        note: text,
        link: text,
        tpi: text,
      });
    });
  });

  it('fails without the prefix: the same note written bare breaks the batch on the host', async () => {
    const { run } = fresh();
    await applyPlan(run, plan);
    const q = questions[0];
    if (!q) throw new Error('no question');
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Jawaban').getRange(inputCell(q, 'unitNote').address).values = [
          ['- SK sudah ada'],
        ];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('keeps hostile text as text through the pane: entries (import, migration) and the profile', async () => {
    const { run } = fresh();
    const ops = workbookOps(run);
    await ops.apply({});
    const [q1, q2] = questions;
    if (!q1 || !q2) throw new Error('no questions');
    const empty = { unit: null, tpi: null, unitNote: null, unitEvidence: null, tpiNote: null };
    await ops.writeEntries(
      new Map([
        [q1.soalId, { ...empty, unit: '-', unitNote: '- SK sudah ada', unitEvidence: '@drive' }],
        [q2.soalId, { ...empty, tpi: '=A', tpiNote: '1/2' }],
      ]),
    );
    await ops.saveProfile({
      unitName: '- KPPN Bandung',
      unitId: '2026.1',
      instansi: '+Kemenkeu',
      year: 2026,
      profile: { heldPredicate: 'none' } as never,
    });
    const { reading } = await ops.read();
    if (reading.kind !== 'read') throw new Error(reading.kind);
    expect(reading.entries.get(q1.soalId)).toMatchObject({
      unit: '-',
      unitNote: '- SK sudah ada',
      unitEvidence: '@drive',
    });
    expect(reading.entries.get(q2.soalId)).toMatchObject({ tpi: '=A', tpiNote: '1/2' });
    expect(reading.profile).toMatchObject({
      unitName: '- KPPN Bandung',
      unitId: '2026.1',
      instansi: '+Kemenkeu',
    });
  });
});
