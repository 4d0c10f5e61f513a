/**
 * The shape of a PortalRB "master soal LKE ZI" file (`GET …/lke/master-soal`), as far as the catalogue
 * reads it. See `shared/reference/portalrb-master-soal-2026.json` for the 2026 edition.
 */
export interface PortalOption {
  readonly key: string;
  readonly label: string;
  readonly multiplier: number;
}

export interface PortalSoal {
  readonly id: number;
  readonly teks_pertanyaan: string;
  readonly kriteria_nilai: string;
  readonly jenis_jawaban: string;
  readonly bobot_maksimal: number;
  readonly skema_penilaian: readonly PortalOption[];
  readonly excel_sheet: string;
  readonly excel_baris: number;
  readonly excel_kolom_jawaban_unit: string;
  readonly excel_kolom_jawaban_tpi: string;
  readonly excel_kolom_catatan_unit: string;
  readonly excel_kolom_bukti_dukung_unit: string;
  readonly excel_kolom_catatan_tpi: string;
}

export type PortalLevel = 'komponen' | 'sub_komponen' | 'area_perubahan' | 'sub_area';

export interface PortalNode {
  readonly id: number;
  readonly nama: string;
  readonly level: PortalLevel;
  readonly bobot_maksimal: number;
  readonly order_index: number;
  readonly children: readonly PortalNode[];
  readonly soals?: readonly PortalSoal[];
}

export interface PortalMaster {
  readonly tahun: number;
  readonly total_soal: number;
  readonly data: readonly PortalNode[];
}

/** Every soal of a master, depth first, in the order PortalRB lists them. */
export function portalSoals(master: PortalMaster): PortalSoal[] {
  const out: PortalSoal[] = [];
  const walk = (node: PortalNode): void => {
    out.push(...(node.soals ?? []));
    node.children.forEach(walk);
  };
  master.data.forEach(walk);
  return out;
}
