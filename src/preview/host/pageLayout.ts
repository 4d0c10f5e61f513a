import type { XlPageLayout } from '../../excel/xl';
import type { PvContext } from './context';
import type { SheetModel } from './sheet';

/** What `Worksheet.pageLayout` received: the preview prints nothing, it keeps the settings for tests. */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  margins: { left: number; right: number; top: number; bottom: number };
  footer: { left: string; center: string; right: string };
  printArea: string | null;
  titleRows: string | null;
}

export function emptyPageLayout(): PageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54 },
    footer: { left: '', center: '', right: '' },
    printArea: null,
    titleRows: null,
  };
}

/** `Excel.PageLayout` (ExcelApi 1.9), write-only here: each setting is queued and kept on the sheet model. */
export class PvPageLayout implements XlPageLayout {
  readonly headersFooters: XlPageLayout['headersFooters'];

  constructor(
    private readonly ctx: PvContext,
    private readonly sheet: () => SheetModel,
  ) {
    const set = (k: keyof PageLayoutModel['footer'], v: string): void =>
      this.ctx.enqueue(() => (this.sheet().pageLayout.footer[k] = v));
    const footer = {
      set leftFooter(v: string) {
        set('left', v);
      },
      set centerFooter(v: string) {
        set('center', v);
      },
      set rightFooter(v: string) {
        set('right', v);
      },
    };
    this.headersFooters = { defaultForAllPages: footer };
  }

  private put(f: (m: PageLayoutModel) => void): void {
    this.ctx.enqueue(() => f(this.sheet().pageLayout));
  }

  set orientation(v: XlPageLayout['orientation']) {
    this.put((m) => (m.orientation = String(v)));
  }
  set paperSize(v: XlPageLayout['paperSize']) {
    this.put((m) => (m.paperSize = String(v)));
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.put((m) => (m.zoom = { ...v }));
  }
  set leftMargin(v: number) {
    this.put((m) => (m.margins.left = v));
  }
  set rightMargin(v: number) {
    this.put((m) => (m.margins.right = v));
  }
  set topMargin(v: number) {
    this.put((m) => (m.margins.top = v));
  }
  set bottomMargin(v: number) {
    this.put((m) => (m.margins.bottom = v));
  }
  setPrintArea(printArea: string): void {
    this.put((m) => (m.printArea = printArea));
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.put((m) => (m.titleRows = printTitleRows));
  }
}
