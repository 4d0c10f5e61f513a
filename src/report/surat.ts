import type { RecapEntry, RecapUnit } from '../rekap/types';
import { unitLists } from '../rekap/recap';
import type { Block, ReportDocument } from './blocks';
import { idNumber } from './format';
import { DRAFT_MARK } from './lhe';

/** One unit proposed: its name, category and TPI total. */
export interface ProposedUnit {
  readonly name: string;
  readonly id: string | number | null;
  readonly kategori: 'WBK' | 'WBK-AFIRMASI' | 'WBBM';
  readonly tpiTotal: number;
}

/**
 * The units the recap proposes (TPI verdict passes; WBBM before WBK, then by TPI total), from the same lists
 * PortalRB receives.
 *
 * @example
 * proposedUnits(recap, 2026) // → [{ name: 'KPPN Bandung I', kategori: 'WBK', tpiTotal: 85.91, … }]
 */
export function proposedUnits(recap: readonly RecapEntry[], year: number | null): ProposedUnit[] {
  const lists = unitLists(recap, year);
  const units = recap.filter((e): e is RecapUnit => e.kind === 'unit');
  const total = (id: string | number | null, name: string | null): number =>
    units.find((u) => u.meta.unitId === id && u.meta.unitName === name)?.columns.tpi.total ?? 0;
  return [...lists.WBBM.units, ...lists.WBK.units].map((u) => ({
    name: u.nama ?? String(u.id ?? '–'),
    id: u.id,
    kategori: u.kategori,
    tpiTotal: total(u.id, u.nama),
  }));
}

function unitTable(units: readonly ProposedUnit[]): Block {
  return {
    kind: 'table',
    header: ['No.', 'Nama unit kerja', 'Kategori usulan', 'Nilai TPI'],
    widths: [6, 54, 20, 14],
    rows: units.map((u, i) => [String(i + 1), u.name, u.kategori, idNumber(u.tpiTotal)]),
  };
}

/**
 * The proposal letter to the Menteri PANRB c.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan
 * Pengawasan listing every unit proposed, then the SPTJM (Surat Pernyataan Tanggung Jawab Mutlak), both drafts
 * with placeholders for number, date and signature (PermenPANRB 5/2024, Bab II).
 *
 * @example
 * plainText(proposalDocument(units, 2026)).includes('SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK') // → true
 */
export function proposalDocument(units: readonly ProposedUnit[], year: number | null): ReportDocument {
  const tahun = year === null ? '[tahun]' : String(year);
  const none: Block[] =
    units.length === 0
      ? [{ kind: 'paragraph', italic: true, text: '(Belum ada unit yang nilai TPI-nya memenuhi syarat.)' }]
      : [unitTable(units)];
  const signer = (role: string): Block => ({
    kind: 'paragraph',
    align: 'right',
    text: `[tempat], [tanggal] ${tahun}\n${role}\n\n\n\n[nama lengkap]\nNIP [nomor induk pegawai]`,
  });
  return {
    title: `Usulan unit kerja Zona Integritas ${tahun}`,
    mark: DRAFT_MARK,
    blocks: [
      { kind: 'paragraph', text: '[KOP SURAT INSTANSI]', bold: true, align: 'center' },
      {
        kind: 'paragraph',
        text: `Nomor\t: [nomor surat]\nLampiran\t: 1 (satu) berkas\nHal\t: Usulan Unit Kerja Berpredikat Menuju WBK/WBBM Tahun ${tahun}`,
      },
      {
        kind: 'paragraph',
        text: 'Yth. Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi\nc.q. Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan\ndi Jakarta',
      },
      {
        kind: 'paragraph',
        align: 'justify',
        text: `Dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM) sesuai PermenPANRB Nomor 90 Tahun 2021 sebagaimana diubah dengan PermenPANRB Nomor 5 Tahun 2024, dan berdasarkan hasil penilaian Tim Penilai Internal, dengan ini kami mengusulkan ${units.length} unit kerja berikut untuk dievaluasi oleh Tim Penilai Nasional tahun ${tahun}:`,
      },
      ...none,
      {
        kind: 'paragraph',
        align: 'justify',
        text: 'Sebagai kelengkapan usulan, bersama ini kami lampirkan Surat Pernyataan Tanggung Jawab Mutlak serta Lembar Kerja Evaluasi dan Laporan Hasil Evaluasi Tim Penilai Internal untuk setiap unit kerja. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.',
      },
      signer('[Pimpinan Instansi]'),
      { kind: 'pageBreak' },
      { kind: 'title', text: 'SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK' },
      { kind: 'paragraph', text: 'Yang bertanda tangan di bawah ini:' },
      {
        kind: 'paragraph',
        text: 'Nama\t: [nama lengkap]\nNIP\t: [nomor induk pegawai]\nJabatan\t: [jabatan]\nInstansi\t: [instansi]',
      },
      {
        kind: 'paragraph',
        align: 'justify',
        text: `dengan ini menyatakan bertanggung jawab penuh bahwa seluruh data dan informasi unit kerja yang diusulkan dalam pembangunan Zona Integritas menuju WBK/WBBM tahun ${tahun}, yaitu:`,
      },
      ...none,
      {
        kind: 'paragraph',
        align: 'justify',
        text: 'telah sesuai dengan fakta yang sebenarnya. Apabila di kemudian hari terbukti data dan informasi tersebut tidak sesuai dengan fakta, kami bersedia menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan.',
      },
      { kind: 'paragraph', text: 'Demikian surat pernyataan ini dibuat dengan sebenarnya.' },
      signer('Yang menyatakan,\n[materai dan tanda tangan]'),
    ],
  };
}
