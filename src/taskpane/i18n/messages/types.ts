/** One text of the catalogue: Bahasa Indonesia first, with its English twin. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}
