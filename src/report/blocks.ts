/**
 * A report as plain data: headings, paragraphs, tables, page breaks. The LHE and the proposal letter are built
 * as blocks (pure, testable as text); {@link toDocx} in `docx.ts` is the only code that knows the DOCX library.
 */
export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly align?: 'left' | 'center' | 'right' | 'justify';
    }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Relative column widths (any unit; they are scaled to the page). */
      readonly widths: readonly number[];
      /** Rows (by index) printed bold, e.g. totals. */
      readonly boldRows?: readonly number[];
    }
  | { readonly kind: 'pageBreak' };

/** A document: its blocks and the mark printed in every page's header and footer (`DRAF`). */
export interface ReportDocument {
  readonly title: string;
  readonly mark: string;
  readonly blocks: readonly Block[];
}

/**
 * The text of a document, block by block (for tests and for a quick look without Word).
 *
 * @example
 * plainText({ title: 'LHE', mark: 'DRAF', blocks: [{ kind: 'heading', level: 1, text: 'A. Kesimpulan' }] })
 * // → 'DRAF\nA. Kesimpulan'
 */
export function plainText(doc: ReportDocument): string {
  const lines: string[] = [doc.mark];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
      case 'heading':
      case 'paragraph':
        lines.push(b.text);
        break;
      case 'bullets':
        lines.push(...b.items.map((i) => `• ${i}`));
        break;
      case 'table':
        lines.push(b.header.join(' | '), ...b.rows.map((r) => r.join(' | ')));
        break;
      case 'pageBreak':
        break;
      default: {
        const never: never = b;
        return never;
      }
    }
  }
  return lines.join('\n');
}
