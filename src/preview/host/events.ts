import { PreviewApiError } from './errors';

/** The worksheet events the preview raises, named as office.js names their sources. */
export type EventKind = 'onChanged' | 'onCalculated' | 'onSelectionChanged';

/** Arguments of a worksheet change, the subset of `Excel.WorksheetChangedEventArgs` the host sends. */
export interface ChangeArgs {
  readonly type: 'WorksheetChanged';
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
  readonly worksheetId: string;
  readonly address: string;
}

/** `Excel.WorksheetCalculatedEventArgs` (ExcelApi 1.8). */
export interface CalculatedArgs {
  readonly type: 'WorksheetCalculated';
  readonly worksheetId: string;
}

/** `Excel.WorksheetSelectionChangedEventArgs` (ExcelApi 1.7): the selected area without the sheet name. */
export interface SelectionArgs {
  readonly type: 'WorksheetSelectionChanged';
  readonly worksheetId: string;
  readonly address: string;
}

export interface EventArgsOf {
  onChanged: ChangeArgs;
  onCalculated: CalculatedArgs;
  onSelectionChanged: SelectionArgs;
}

/** One live handler: which event, the function, and the context it was added through. */
export interface Registration {
  readonly kind: EventKind;
  readonly handler: (args: unknown) => Promise<void>;
  readonly owner: object;
}

/**
 * A worksheet's event handlers, kept as Excel keeps them: added and removed only by a sync of the context that
 * added them (see `PvWorksheet`); a handler the add-in merely forgets keeps being called.
 */
export class SheetEvents {
  readonly live: Registration[] = [];

  /** How many handlers are registered (of one kind, or all). */
  count(kind?: EventKind): number {
    return kind === undefined ? this.live.length : this.live.filter((r) => r.kind === kind).length;
  }

  /** At sync: the handler is live from now on. */
  register(reg: Registration): void {
    this.live.push(reg);
  }

  /** At sync: the handler is gone (removing one twice fails, as in Excel). */
  unregister(reg: Registration): void {
    const i = this.live.indexOf(reg);
    if (i < 0) throw new PreviewApiError('InvalidOperation', 'The event handler was already removed.');
    this.live.splice(i, 1);
  }

  /** Calls every handler of a kind with the event's arguments, after the current task (as Excel does). */
  raise<K extends EventKind>(kind: K, args: EventArgsOf[K]): void {
    for (const r of this.live.filter((x) => x.kind === kind)) setTimeout(() => void r.handler(args), 0);
  }
}
