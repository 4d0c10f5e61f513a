import { InputError } from '../lke/errors';
import { isUnitId } from './unitId';

export type Kategori = 'WBK' | 'WBK-AFIRMASI' | 'WBBM';
const KATEGORI: readonly Kategori[] = ['WBK', 'WBK-AFIRMASI', 'WBBM'];

/** The agency's own proposal (`--usulan`): exactly these units, under these categories. */
export interface Usulan {
  readonly tahun: number | null;
  readonly units: readonly { readonly id: string | number; readonly kategori: Kategori }[];
}

function bad(file: string, why: string, whyEn: string): never {
  throw new InputError(`${file}: ${why}`, `${file}: ${whyEn}`);
}

/**
 * Reads a proposal file `{"tahun": 2026, "units": [{"id": "UNIT-001", "kategori": "WBK"}]}`. Ids must have the
 * served form and appear once; `kategori` is WBK, WBK-AFIRMASI or WBBM.
 *
 * @example
 * parseUsulan('{"tahun":2026,"units":[{"id":"U-1","kategori":"WBK-AFIRMASI"}]}', 'usulan.json').units[0]
 * // → { id: 'U-1', kategori: 'WBK-AFIRMASI' }
 */
export function parseUsulan(text: string, file: string): Usulan {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    bad(file, `bukan JSON yang sah (${why})`, `not valid JSON (${why})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    bad(file, 'isinya bukan objek JSON', 'not a JSON object');
  const o = json as Record<string, unknown>;
  const tahun = o.tahun;
  if (tahun !== undefined && tahun !== null && !(typeof tahun === 'number' && Number.isInteger(tahun)))
    bad(file, '"tahun" harus bilangan bulat', '"tahun" must be an integer');
  if (!Array.isArray(o.units)) bad(file, 'tidak ada daftar "units"', 'no "units" list');
  const seen = new Set<string>();
  const units = (o.units as unknown[]).map((u, i) => {
    const r = (typeof u === 'object' && u !== null ? u : {}) as Record<string, unknown>;
    const id = r.id;
    if (!(
      (typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id))) &&
      isUnitId(String(id))
    ))
      bad(file, `units[${i}].id tidak sah`, `units[${i}].id is not a valid unit id`);
    const kategori = KATEGORI.find((k) => k === r.kategori);
    if (!kategori)
      bad(
        file,
        `units[${i}].kategori harus WBK, WBK-AFIRMASI atau WBBM`,
        `units[${i}].kategori must be WBK, WBK-AFIRMASI or WBBM`,
      );
    if (seen.has(String(id)))
      bad(file, `unit ${String(id)} disebut dua kali`, `unit ${String(id)} appears twice`);
    seen.add(String(id));
    return { id, kategori };
  });
  return { tahun: typeof tahun === 'number' ? tahun : null, units };
}
