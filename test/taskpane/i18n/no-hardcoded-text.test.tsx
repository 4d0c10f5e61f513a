/** @jest-environment jsdom */
// Every user-visible string of the views comes from the catalogue: rendered with a fake catalogue (each text
// replaced by its key), what is left once the keys and the data shown (engine messages, question texts, codes,
// cell addresses, labels that arrive bilingual as data, profile values) are taken out has no word in it.
import '../setup-dom';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  evaluate,
  indexOf,
  LKE_2021,
  REQUIREMENTS,
  requiredLabel,
  headline,
  PREDICATES,
  COLUMNS,
  THRESHOLDS_2021,
  criterionRules,
} from '../../../src/lke';
import { FACT_CELLS, SHEETS } from '../../../src/workbook';
import { VIEW_MESSAGES, type MessageCatalogue, type MessageKey } from '../../../src/taskpane/i18n';
import { groupOrder } from '../../../src/taskpane/model';
import { PaneViews, VIEWS } from '../../../src/taskpane/views';
import { galleryEntries } from '../../../src/taskpane/gallery/entries';
import { GALLERY_PROFILE, galleryModel, type FixtureId } from '../../../src/taskpane/gallery/fixtures';
import { spyActions } from '../views/render';

const FAKE = Object.fromEntries(
  (Object.keys(VIEW_MESSAGES) as MessageKey[]).map((k) => [k, { id: `⟦${k}⟧`, en: `⟦${k}⟧` }]),
) as MessageCatalogue;

function dataStrings(): string[] {
  const ix = indexOf(LKE_2021);
  const ev = evaluate(LKE_2021, THRESHOLDS_2021, galleryEntries(), GALLERY_PROFILE.profile);
  const model = galleryModel('read');
  const out = [
    ...ix.questions.flatMap((q) => [q.text, q.code]),
    ...LKE_2021.ratios.flatMap((r) => [r.label, r.code]),
    ...ev.issues.flatMap((i) => [i.message_id, i.message_en]),
    ...criterionRules(LKE_2021, THRESHOLDS_2021).flatMap((r) => [r.label.id, r.label.en]),
    ...groupOrder(LKE_2021).flatMap((g) => [g.label.id, g.label.en]),
    ...LKE_2021.areas.flatMap((a) => [a.name, a.nameEn]),
    ...REQUIREMENTS.flatMap((r) => [r.label.id, r.label.en]),
    ...PREDICATES.flatMap((p) => REQUIREMENTS.map((r) => requiredLabel(r, p))).flatMap((l) => [l.id, l.en]),
    ...FACT_CELLS.flatMap((f) => [
      f.label.id,
      f.label.en,
      ...(f.entry.kind === 'choice' ? f.entry.options.map(([t]) => t) : []),
    ]),
    ...COLUMNS.flatMap((c) =>
      PREDICATES.map((p) => headline(ev.verdicts[c][p])).flatMap((h) => [h.id, h.en]),
    ),
    ...PREDICATES.map((p) => `Menuju ${p}:`),
    'WBK',
    'WBBM',
    ...(model.data?.findings ?? []).flatMap((f) => [f.expected, f.found ?? '']),
    ...Object.values(SHEETS),
    'LKE ZI',
  ];
  return out.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

const DATA = dataStrings();

function leftover(text: string): string {
  let s = text.replace(/⟦\w+⟧/g, ' ');
  for (const d of DATA) s = s.split(d).join(' ');
  return s.trim();
}

/** Texts and labels in the document that still hold a lower-case letter once keys and data are out. */
function hardCoded(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const rest = leftover(n.textContent ?? '');
    if (/[a-z]/.test(rest)) found.push(rest);
  }
  for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const rest = leftover(el.getAttribute(a) ?? '');
      if (/[a-z]/.test(rest)) found.push(`${a}=${rest}`);
    }
  }
  return found;
}

const FIXTURES: readonly FixtureId[] = ['read', 'fresh', 'installing', 'outdated'];

describe('no view holds hard-coded UI text', () => {
  afterEach(cleanup);
  it.each(FIXTURES)(
    'every view of fixture "%s" speaks only through the catalogue',
    async (fixture) => {
      render(
        <PaneViews
          model={galleryModel(fixture)}
          actions={spyActions()}
          catalogue={FAKE}
          initialView="mulai"
        />,
      );
      for (const [view] of VIEWS) {
        await userEvent.click(
          screen.getByRole('tab', { name: `⟦tab${view[0]?.toUpperCase()}${view.slice(1)}⟧` }),
        );
        if (view === 'tinjau' && galleryModel(fixture).data !== null)
          await screen.findAllByText('⟦pathHeading⟧', {}, { timeout: 5000 });
        expect(document.body.textContent).toContain('⟦');
        expect(hardCoded()).toEqual([]);
      }
    },
    30_000,
  );

  it('would catch one: a stray word is reported', () => {
    render(<p>⟦busy⟧ Simpan</p>);
    expect(hardCoded()).toEqual(['Simpan']);
  });
});
