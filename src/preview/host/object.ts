import type { PvContext } from './context';
import { PreviewApiError, unsupported } from './errors';

/** The base of every proxy: `load` queues a read; a property read before it was loaded and synced throws. */
export abstract class PvObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: PvContext) {}

  /** Reads a loadable property from the workbook, at sync time. */
  protected abstract readProperty(name: string): unknown;

  /** The names `load` accepts on this object. */
  protected abstract readonly loadable: readonly string[];

  load(propertyNames: string): this {
    const names = propertyNames
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    for (const n of names) if (!this.loadable.includes(n)) throw unsupported(`load('${n}')`);
    this.ctx.enqueue(() => {
      for (const n of names) this.loaded.set(n, this.readProperty(n));
    });
    return this;
  }

  /** A loaded property, or the office.js error for one that was not. */
  protected loadedValue(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new PreviewApiError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name);
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}
