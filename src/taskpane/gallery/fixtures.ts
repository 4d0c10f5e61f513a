import { evaluate, LKE_2021, NO_FACTS, THRESHOLDS_2021, PREDICATES, COLUMNS, type Entries } from '../../lke';
import {
  planWorkbook,
  templateIdentity,
  VERDICT,
  type FormulaFinding,
  type ProfileReading,
} from '../../workbook';
import type { NamedFigure, WorkbookReading } from '../../excel/read';
import { buildPaneModel, FIGURE_IDS, figureName, type PaneModel } from '../model';
import { galleryEntries } from './entries';

/** The fixtures the gallery and the view tests render. */
export type FixtureId = 'read' | 'fresh' | 'installing' | 'outdated' | 'migrated';

/** A unit with a long name (it must wrap at 340 px), no predicate held yet, Tabel 5 facts partly met. */
export const GALLERY_PROFILE: ProfileReading = {
  unitName: 'Kantor Pelayanan Perbendaharaan Negara Bandung',
  unitId: 'KPPN-017',
  instansi: 'Kementerian Keuangan',
  year: 2026,
  profile: {
    heldPredicate: 'none',
    facts: {
      ...NO_FACTS,
      agencyKind: 'KL',
      serviceKind: 'lainnya',
      opiniBpk: 'WTP',
      sakipInstansi: 'BB',
      spip: 3,
      kepatuhanLhk: 1,
    },
  },
};

/**
 * The named cells a workbook would show for these entries (the engine's figures), with `tamper` applied:
 * what an intact sheet says, or one whose formulas were overwritten.
 */
export function namedFigures(
  entries: Entries,
  profile: ProfileReading,
  tamper: Readonly<Record<string, number>> = {},
): NamedFigure[] {
  const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, profile.profile);
  const out: NamedFigure[] = [];
  for (const c of COLUMNS) {
    for (const id of FIGURE_IDS)
      out.push({ name: figureName(id, c), value: ev.scores[c][id], meaning: null });
    for (const p of PREDICATES) {
      const e = ev.verdicts[c][p].eligible;
      const word = e === null ? VERDICT.incomplete : e ? VERDICT.eligible : VERDICT.notEligible;
      out.push({ name: figureName(p, c), value: word, meaning: null });
    }
  }
  return out.map((n) => {
    const v = tamper[n.name];
    return v === undefined ? n : { ...n, value: v };
  });
}

/** Two tampered cells of the real plan: the TPI Pengungkit overwritten by a number, a node formula edited. */
export function galleryFindings(pengungkitTpi: number): FormulaFinding[] {
  const plan = planWorkbook(LKE_2021, THRESHOLDS_2021);
  const name = plan.names.find((n) => n.name === figureName('pengungkit', 'tpi'));
  const address = (name?.address ?? '$E$20').replace(/\$/g, '');
  const named = plan.computed.find((c) => c.sheet === name?.sheet && c.address === address);
  const node = plan.computed.find((c) => c.meaning.kind === 'node' && c.meaning.column === 'unit');
  return [
    {
      sheet: named?.sheet ?? 'Rekap',
      address,
      kind: 'overwritten',
      expected: named?.formula ?? '',
      found: String(pengungkitTpi),
    },
    ...(node
      ? [
          {
            sheet: node.sheet,
            address: node.address,
            kind: 'edited' as const,
            expected: node.formula,
            found: '=0.5',
          },
        ]
      : []),
  ];
}

/**
 * The model of a workbook holding our template with these entries, its named cells as the formulas would give
 * them except `tamper`, and these audit findings.
 *
 * @example
 * readModel(galleryEntries()).data?.mismatches // → []
 */
export function readModel(
  entries: Entries,
  profile: ProfileReading = GALLERY_PROFILE,
  tamper: Readonly<Record<string, number>> = {},
  findings: readonly FormulaFinding[] = [],
  outdated = false,
): PaneModel {
  const identity = templateIdentity(LKE_2021);
  const reading: WorkbookReading = {
    kind: 'read',
    identity: outdated ? { ...identity, templateVersion: '2025.1', planVersion: 0 } : identity,
    match: outdated ? 'other-version' : 'same',
    entries,
    profile,
    statuses: new Map(),
    named: namedFigures(entries, profile, tamper),
    syncs: 1,
  };
  return buildPaneModel({ reading, findings });
}

/**
 * A pane model for the gallery and the tests, built with the real `buildPaneModel`.
 *
 * @example
 * galleryModel('read').data?.mismatches.length // → 1 (the overwritten TPI Pengungkit)
 */
export function galleryModel(id: FixtureId): PaneModel {
  switch (id) {
    case 'fresh':
      return buildPaneModel({ reading: { kind: 'absent' }, circulatedSheet: 'LKE ZI' });
    case 'installing':
      return buildPaneModel({
        reading: { kind: 'absent' },
        busy: true,
        progress: { step: 'write', done: 5, total: 12 },
      });
    case 'migrated': {
      // What moving a circulated sheet reports (figures as the shared fixture "complete" gives them).
      const base = readModel(galleryEntries(), GALLERY_PROFILE, {}, [], false);
      return {
        ...base,
        circulatedSheet: 'LKE ZI',
        migration: {
          sheet: 'LKE ZI',
          questions: 127,
          circulatedTotal: 62.51,
          circulatedError: null,
          ruleBookTotal: 62.57,
          unmatched: [
            { row: 185, text: 'Jumlah yang harus melaporkan (ASN tidak wajib LHKPN)', reason: 'no-question' },
          ],
        },
      };
    }
    case 'read':
    case 'outdated': {
      const entries = galleryEntries();
      const ev = evaluate(LKE_2021, THRESHOLDS_2021, entries, GALLERY_PROFILE.profile);
      const tampered = Math.round((ev.scores.tpi.pengungkit + 2.5) * 100) / 100;
      const tamper = { [figureName('pengungkit', 'tpi')]: tampered };
      return readModel(entries, GALLERY_PROFILE, tamper, galleryFindings(tampered), id === 'outdated');
    }
    default: {
      const never: never = id;
      return never;
    }
  }
}
