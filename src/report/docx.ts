import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, ReportDocument } from './blocks';

/** A4 in twentieths of a point, margins 2.5 cm (1418 twips). */
const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Arial';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function cell(text: string, width: number, header: boolean, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text
      .split('\n')
      .map(
        (line) => new Paragraph({ children: [new TextRun({ text: line, bold: header || bold, size: 18 })] }),
      ),
  });
}

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const sum = b.widths.reduce((s, w) => s + w, 0) || 1;
  const widths = b.widths.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  const bold = new Set(b.boldRows ?? []);
  const row = (cells: readonly string[], header: boolean, isBold: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map((w, i) => cell(cells[i] ?? '', w, header, isBold)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(b.header, true, false), ...b.rows.map((r, i) => row(r, false, bold.has(i)))],
  });
}

function children(b: Block): FileChild[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [new TextRun({ text: b.text, bold: true, size: 28 })],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          spacing: { before: 240, after: 120 },
          keepNext: true,
          children: [
            new TextRun({ text: b.text, bold: true, size: b.level === 1 ? 24 : 22, color: '000000' }),
          ],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'left'],
          spacing: { after: 100 },
          // "Nomor\t: …" lines of a letter line up on one stop.
          tabStops: [{ type: TabStopType.LEFT, position: 1300 }],
          children: b.text
            .split('\n')
            .map(
              (line, i) => new TextRun({ text: line, bold: b.bold, italics: b.italic, break: i > 0 ? 1 : 0 }),
            ),
        }),
      ];
    case 'bullets':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'table':
      return [table(b), new Paragraph({ children: [] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    default: {
      const never: never = b;
      return never;
    }
  }
}

/**
 * The DOCX library's document for a report: A4, Arial 11, the mark (`DRAF`) in the header, the mark and
 * "Halaman n dari m" in the footer.
 *
 * @example
 * const bytes = await docxBytes(lheDocument(input)); // → a .docx Word and LibreOffice open
 */
export function toDocx(doc: ReportDocument): Document {
  const mark = (): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: doc.mark, bold: true, color: 'C00000', size: 20 })],
    });
  return new Document({
    creator: 'lke-zi',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: new Header({ children: [mark()] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${doc.mark} · ${doc.title} · Halaman `, size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  new TextRun({ text: ' dari ', size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: doc.blocks.flatMap(children),
      },
    ],
  });
}

/** The .docx bytes of a report (works in Node and in the browser). */
export async function docxBytes(doc: ReportDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(toDocx(doc)));
}
