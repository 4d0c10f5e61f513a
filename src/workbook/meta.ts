import type { Catalogue } from '../lke';
import { PLAN_VERSION, type CellValue, type SheetPlan, type TemplateIdentity } from './plan';
import { SheetDraft } from './draft';
import { SHEETS } from './columns';

/** Keys of the metadata sheet, one per row in column A with the value in column B. */
export const META_KEYS = [
  'template_id',
  'template_version',
  'catalogue_fingerprint',
  'plan_version',
] as const;

/**
 * A short, stable fingerprint of a catalogue (cyrb53 over its JSON), to tell which catalogue a workbook was
 * built from.
 *
 * @example
 * catalogueFingerprint(LKE_2021) // → e.g. 'c-1a2b3c4d5e6f7'
 */
export function catalogueFingerprint(catalogue: Catalogue): string {
  const text = JSON.stringify(catalogue);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `c-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}`;
}

/**
 * The identity of the workbook a catalogue makes: template id (the catalogue's), template version
 * (`YEAR.PLAN`), fingerprint and plan version.
 *
 * @example
 * templateIdentity(LKE_2021).templateVersion // → '2026.1'
 */
export function templateIdentity(catalogue: Catalogue): TemplateIdentity {
  return {
    templateId: catalogue.id,
    templateVersion: `${catalogue.year}.${PLAN_VERSION}`,
    catalogueFingerprint: catalogueFingerprint(catalogue),
    planVersion: PLAN_VERSION,
  };
}

/** The veryHidden metadata sheet: key/value rows. */
export function metaSheet(identity: TemplateIdentity): SheetPlan {
  const d = new SheetDraft(SHEETS.meta, 'veryHidden');
  const values: Readonly<Record<(typeof META_KEYS)[number], string | number>> = {
    template_id: identity.templateId,
    template_version: identity.templateVersion,
    catalogue_fingerprint: identity.catalogueFingerprint,
    plan_version: identity.planVersion,
  };
  META_KEYS.forEach((key, i) => {
    d.put(`A${i + 1}`, key);
    d.put(`B${i + 1}`, values[key]);
  });
  return d.finish();
}

/**
 * Reads the identity from the metadata sheet's cells (`cell(address)`), or null when it is not one of ours.
 *
 * @example
 * detectTemplate((a) => ({ A1: 'template_id', B1: 'lke-zi-2021-portalrb-2026', … })[a] ?? null)
 * // → { templateId: 'lke-zi-2021-portalrb-2026', templateVersion: '2026.1', catalogueFingerprint: 'c-…', planVersion: 1 }
 */
export function detectTemplate(cell: (address: string) => CellValue): TemplateIdentity | null {
  const found = new Map<string, CellValue>();
  META_KEYS.forEach((key, i) => {
    if (cell(`A${i + 1}`) === key) found.set(key, cell(`B${i + 1}`));
  });
  const id = found.get('template_id');
  const version = found.get('template_version');
  const fp = found.get('catalogue_fingerprint');
  const plan = found.get('plan_version');
  if (typeof id !== 'string' || typeof fp !== 'string') return null;
  const planVersion = typeof plan === 'number' ? plan : Number(plan);
  if (!Number.isInteger(planVersion)) return null;
  return { templateId: id, templateVersion: String(version ?? ''), catalogueFingerprint: fp, planVersion };
}

/** How a found identity compares with the one a catalogue would make. */
export type TemplateMatch = 'same' | 'not-a-template' | 'other-template' | 'other-version';

/**
 * Compares a workbook's identity with the expected one.
 *
 * @example
 * matchTemplate(null, templateIdentity(LKE_2021)) // → 'not-a-template'
 */
export function matchTemplate(found: TemplateIdentity | null, expected: TemplateIdentity): TemplateMatch {
  if (found === null) return 'not-a-template';
  if (found.templateId !== expected.templateId) return 'other-template';
  if (
    found.planVersion !== expected.planVersion ||
    found.catalogueFingerprint !== expected.catalogueFingerprint
  )
    return 'other-version';
  return 'same';
}
