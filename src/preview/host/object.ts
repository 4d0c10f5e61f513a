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

/**
 * A proxy whose workbook object is looked up when the batch runs (`getItem`, `getItemOrNullObject`): unresolved
 * before the sync, then the object or null (a null object, as office-js gives for a missing name or sheet).
 */
export abstract class PvLookup<T> extends PvObject {
  /** Undefined before the look-up ran, then the object or null. */
  protected target: T | null | undefined = undefined;

  /** `what` names the object in the errors: `worksheet`, `name`; `nullText` is the null object's refusal. */
  constructor(
    ctx: PvContext,
    private readonly what: string,
    private readonly nullText: string,
  ) {
    super(ctx);
  }

  /** Called by the queued look-up. */
  resolveTo(target: T | null): void {
    this.target = target;
  }

  /** The looked-up object, at sync time; throws before the look-up ran and for a null object. */
  protected resolved(): T {
    if (this.target === undefined) throw new PreviewApiError('InvalidOperation', `${this.what} not resolved`);
    if (this.target === null) throw new PreviewApiError('InvalidOperation', this.nullText);
    return this.target;
  }

  get isNullObject(): boolean {
    if (this.target === undefined) {
      throw new PreviewApiError('PropertyNotLoaded', 'isNullObject is available after context.sync()');
    }
    return this.target === null;
  }
}
