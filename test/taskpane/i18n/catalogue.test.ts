import {
  fillParams,
  formatNumber,
  formatSigned,
  translator,
  VIEW_MESSAGES,
  type MessageKey,
} from '../../../src/taskpane/i18n';

const keys = Object.keys(VIEW_MESSAGES) as MessageKey[];
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the views message catalogue', () => {
  it.each(keys)('%s has an Indonesian and an English text with the same placeholders', (key) => {
    const m = VIEW_MESSAGES[key];
    expect(m.id.trim()).not.toBe('');
    expect(m.en.trim()).not.toBe('');
    expect(placeholders(m.en)).toEqual(placeholders(m.id));
  });

  it('is Indonesian first: most texts differ from their English twin', () => {
    const same = keys.filter((k) => VIEW_MESSAGES[k].id === VIEW_MESSAGES[k].en);
    expect(same.length).toBeLessThan(keys.length / 4);
  });
});

describe('numbers as each language writes them', () => {
  it.each([
    [81.374, 'id', '81,37'],
    [81.374, 'en', '81.37'],
    [1234.5, 'id', '1.234,50'],
    [1234.5, 'en', '1,234.50'],
    [0.005, 'id', '0,01'],
  ] as const)('formatNumber(%p, %s) → %s', (n, lang, out) => expect(formatNumber(n, lang)).toBe(out));

  it.each([
    [1.25, 'id', '+1,25'],
    [-0.5, 'id', '−0,50'],
    [-0.5, 'en', '−0.50'],
    [0, 'en', '±0.00'],
    [-0.001, 'id', '±0,00'],
  ] as const)('formatSigned(%p, %s) → %s', (n, lang, out) => expect(formatSigned(n, lang)).toBe(out));

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillParams('Belum lengkap: {count} isian', { count: 12 })).toBe('Belum lengkap: 12 isian');
    expect(fillParams('{a} dan {b}', { a: 1 })).toBe('1 dan {b}');
  });

  it('translates a key in both languages', () => {
    expect(translator('id').t('verdictIncomplete', { count: 3 })).toBe('Belum lengkap: 3 isian');
    expect(translator('en').t('verdictIncomplete', { count: 3 })).toBe('Incomplete: 3 entries');
    expect(translator('en').pick({ id: 'Hasil', en: 'Results' })).toBe('Results');
  });
});
