import { FIGURE_IDS, LKE_2021, surveyQuestionOf } from '../../src/lke';
import { master2026 } from './sharedReference';

interface MasterNode {
  readonly soals?: readonly { id: number; teks_pertanyaan: string; jenis_jawaban: string }[];
  readonly children?: readonly MasterNode[];
}

/** The PortalRB master's 0–4 survey questions by the survey their text names. */
function masterSurveys(): Map<'IPAK' | 'IPKP', number> {
  const out = new Map<'IPAK' | 'IPKP', number>();
  const walk = (n: MasterNode): void => {
    for (const s of n.soals ?? []) {
      if (s.jenis_jawaban !== '0-4') continue;
      if (/Persepsi Korupsi/i.test(s.teks_pertanyaan)) out.set('IPAK', s.id);
      if (/Kualitas Pelayanan/i.test(s.teks_pertanyaan)) out.set('IPKP', s.id);
    }
    for (const c of n.children ?? []) walk(c);
  };
  for (const d of (master2026() as unknown as { data: MasterNode[] }).data) walk(d);
  return out;
}

describe('surveyQuestionOf', () => {
  it('finds the IPAK and IPKP questions the PortalRB master names, and none under other figures', () => {
    const master = masterSurveys();
    expect(master.size).toBe(2);
    expect(surveyQuestionOf(LKE_2021, 'ipak')?.soalId).toBe(master.get('IPAK'));
    expect(surveyQuestionOf(LKE_2021, 'pelayanan')?.soalId).toBe(master.get('IPKP'));
    for (const id of FIGURE_IDS.filter((f) => !['ipak', 'pelayanan', 'bersih', 'hasil'].includes(f)))
      expect({ id, q: surveyQuestionOf(LKE_2021, id) }).toEqual({ id, q: null });
  });
});
