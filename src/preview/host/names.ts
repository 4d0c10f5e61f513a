import type { XlNamedItem, XlNamedItemCollection, XlRange } from '../../excel/xl';
import type { NameModel } from './book';
import type { PvContext } from './context';
import { PvLookup } from './object';
import { PreviewApiError, unsupported } from './errors';
import { PvNullRange, PvRange } from './range';

export class PvNamedItemCollection implements XlNamedItemCollection {
  constructor(private readonly ctx: PvContext) {}

  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem {
    if (!(reference instanceof PvRange))
      throw unsupported('names.add with a formula reference (pass a Range)');
    const item = new PvNamedItem(this.ctx);
    this.ctx.enqueue(() => {
      const { sheet, rect } = reference.locate();
      item.resolveTo(this.ctx.book.addName(name, sheet, rect, comment ?? ''));
    });
    return item;
  }

  getItem(name: string): XlNamedItem {
    const item = new PvNamedItem(this.ctx);
    this.ctx.enqueue(() => {
      const model = this.ctx.book.names.get(name.toUpperCase());
      if (!model)
        throw new PreviewApiError('ItemNotFound', `The requested resource doesn't exist (name "${name}").`);
      item.resolveTo(model);
    });
    return item;
  }

  getItemOrNullObject(name: string): XlNamedItem {
    const item = new PvNamedItem(this.ctx);
    this.ctx.enqueue(() => item.resolveTo(this.ctx.book.names.get(name.toUpperCase()) ?? null));
    return item;
  }
}

class PvNamedItem extends PvLookup<NameModel> implements XlNamedItem {
  protected readonly loadable = ['name', 'comment', 'type'];

  constructor(ctx: PvContext) {
    super(ctx, 'name', 'The object is a null object (no such name).');
  }

  // A name whose sheet was deleted would be #REF! in Excel; the preview never deletes sheets.
  private model(): NameModel {
    return this.resolved();
  }

  protected readProperty(name: string): unknown {
    const m = this.model();
    if (name === 'name') return m.name;
    if (name === 'comment') return m.comment;
    if (name === 'type') return 'Range';
    throw unsupported(`NamedItem.${name}`);
  }

  get name(): string {
    return this.loadedValue('name') as string;
  }

  getRange(): XlRange {
    return new PvRange(this.ctx, () => {
      const m = this.model();
      if (m.broken)
        throw new PreviewApiError(
          'InvalidReference',
          `The name ${m.name} does not refer to a range (#REF!).`,
        );
      return { sheet: m.sheet, rect: m.rect };
    });
  }

  getRangeOrNullObject(): XlRange {
    const missing = (): boolean => this.target === null || this.target?.broken === true;
    return new PvNullRange(this.ctx, missing, () => {
      const m = this.model();
      return { sheet: m.sheet, rect: m.rect };
    });
  }

  delete(): void {
    this.ctx.enqueue(() => this.ctx.book.deleteName(this.model().name));
  }
}
