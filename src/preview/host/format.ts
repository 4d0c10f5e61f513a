import type { XlFill, XlFont, XlFormatProtection, XlRangeFormat } from '../../excel/xl';
import type { PvContext } from './context';
import { writeOnly } from './errors';
import type { Locate } from './range';
import type { CellStyle } from './sheet';

/** A write-only property bag: each assignment queues one action on the located cells. */
function styleSetter(ctx: PvContext, locate: Locate, patch: (v: unknown) => CellStyle): (v: unknown) => void {
  return (v) =>
    ctx.enqueue(() => {
      const { sheet, rect } = locate();
      sheet.setStyle(rect, patch(v));
    });
}

/** `Range.format`: write-only properties, each queued as one action. */
export class PvFormat implements XlRangeFormat {
  readonly font: XlFont;
  readonly fill: XlFill;
  readonly protection: XlFormatProtection;
  private readonly set: {
    wrap: (v: unknown) => void;
    indent: (v: unknown) => void;
    horizontal: (v: unknown) => void;
    vertical: (v: unknown) => void;
  };

  constructor(
    private readonly ctx: PvContext,
    private readonly locate: Locate,
  ) {
    this.font = fontOf(ctx, locate);
    const fill = styleSetter(ctx, locate, (v) => ({ fill: String(v) }));
    this.fill = {
      get color(): string {
        return writeOnly('fill.color');
      },
      set color(v: string) {
        fill(v);
      },
    };
    this.protection = {
      get locked(): boolean {
        return writeOnly('protection.locked');
      },
      set locked(v: boolean) {
        ctx.enqueue(() => {
          const { sheet, rect } = locate();
          sheet.setLocked(rect, v);
        });
      },
    };
    this.set = {
      wrap: styleSetter(ctx, locate, (v) => ({ wrap: v === true })),
      indent: styleSetter(ctx, locate, (v) => ({ indent: Number(v) })),
      horizontal: styleSetter(ctx, locate, (v) => ({ horizontal: String(v) })),
      vertical: styleSetter(ctx, locate, (v) => ({ vertical: String(v) })),
    };
  }

  get columnWidth(): number {
    return writeOnly('format.columnWidth');
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    }, 'format.columnWidth');
  }

  get rowHeight(): number {
    return writeOnly('format.rowHeight');
  }
  set rowHeight(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.locate();
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, points);
    }, 'format.rowHeight');
  }

  get wrapText(): boolean {
    return writeOnly('format.wrapText');
  }
  set wrapText(v: boolean) {
    this.set.wrap(v);
  }

  get indentLevel(): number {
    return writeOnly('format.indentLevel');
  }
  set indentLevel(v: number) {
    this.set.indent(v);
  }

  get horizontalAlignment(): XlRangeFormat['horizontalAlignment'] {
    return writeOnly('format.horizontalAlignment');
  }
  set horizontalAlignment(v: XlRangeFormat['horizontalAlignment']) {
    this.set.horizontal(v);
  }

  get verticalAlignment(): XlRangeFormat['verticalAlignment'] {
    return writeOnly('format.verticalAlignment');
  }
  set verticalAlignment(v: XlRangeFormat['verticalAlignment']) {
    this.set.vertical(v);
  }
}

function fontOf(ctx: PvContext, locate: Locate): XlFont {
  const bold = styleSetter(ctx, locate, (v) => ({ bold: v === true }));
  const italic = styleSetter(ctx, locate, (v) => ({ italic: v === true }));
  const color = styleSetter(ctx, locate, (v) => ({ fontColor: String(v) }));
  return {
    get bold(): boolean {
      return writeOnly('font.bold');
    },
    set bold(v: boolean) {
      bold(v);
    },
    get italic(): boolean {
      return writeOnly('font.italic');
    },
    set italic(v: boolean) {
      italic(v);
    },
    get color(): string {
      return writeOnly('font.color');
    },
    set color(v: string) {
      color(v);
    },
  };
}
