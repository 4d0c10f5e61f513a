import { evaluate, LKE_2021, NO_FACTS, THRESHOLDS_2021, type UnitProfile } from '../../src/lke';
import { finishRecap, recapUnit, unitLists } from '../../src/rekap/recap';
import { best, entriesOf } from '../lke/fixtures';

const entries = entriesOf(best);
const unit = (id: string, profile: UnitProfile) =>
  recapUnit({
    file: `${id}.json`,
    meta: { unitId: id, unitName: `Unit ${id}`, year: 2026 },
    entries,
    evaluation: evaluate(LKE_2021, THRESHOLDS_2021, entries, profile),
    tampered: 0,
  });

describe('PortalRB lists take the afirmasi route from the profile', () => {
  it.each<[string, UnitProfile, 'WBK' | 'WBK-AFIRMASI', boolean]>([
    [
      'Pemda RSUD',
      { heldPredicate: 'none', facts: { ...NO_FACTS, agencyKind: 'PEMDA', serviceKind: 'rsud' } },
      'WBK-AFIRMASI',
      true,
    ],
    [
      'Pemda PTSP',
      { heldPredicate: 'none', facts: { ...NO_FACTS, agencyKind: 'PEMDA', serviceKind: 'ptsp' } },
      'WBK-AFIRMASI',
      true,
    ],
    [
      'Pemda, other service',
      { heldPredicate: 'none', facts: { ...NO_FACTS, agencyKind: 'PEMDA', serviceKind: 'lainnya' } },
      'WBK',
      false,
    ],
    [
      'K/L RSUD',
      { heldPredicate: 'none', facts: { ...NO_FACTS, agencyKind: 'KL', serviceKind: 'rsud' } },
      'WBK',
      false,
    ],
    ['no facts', { heldPredicate: 'none' }, 'WBK', false],
  ])('%s → %s', (_n, profile, kategori, afirmasi) => {
    const lists = unitLists(finishRecap([unit('U1', profile)]), 2026);
    expect(lists.WBK.units).toEqual([{ id: 'U1', nama: 'Unit U1', kategori, afirmasi }]);
  });

  it('lists a WBBM unit as WBBM, never afirmasi (a Menuju WBK route)', () => {
    const profile: UnitProfile = {
      heldPredicate: 'WBK',
      facts: { ...NO_FACTS, agencyKind: 'PEMDA', serviceKind: 'rsud' },
    };
    const lists = unitLists(finishRecap([unit('U2', profile)]), 2026);
    expect(lists.WBBM.units).toEqual([{ id: 'U2', nama: 'Unit U2', kategori: 'WBBM', afirmasi: false }]);
  });
});
