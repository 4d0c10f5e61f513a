import { useCallback, useEffect, useRef, useState } from 'react';
import { InputError } from '../../../lke';
import { useT, type MessageKey, type Translator } from '../../i18n';

/** How an action's success is worded: a catalogue key, or a function of the translator shown at the time. */
export type DoneText = MessageKey | ((tr: Translator) => string);

/** The state of one user action: running, its error or its success text (worded in the current language). */
export interface ActionRun {
  readonly running: boolean;
  readonly error: string | null;
  readonly success: string | null;
  /** Runs the action once (ignored while one runs); `done` words the success. */
  readonly run: (action: () => Promise<unknown>, done?: DoneText) => Promise<void>;
  readonly clear: () => void;
}

type Outcome =
  | { readonly kind: 'idle' | 'running' }
  | { readonly kind: 'done'; readonly done: DoneText | null }
  | { readonly kind: 'failed'; readonly error: unknown };

/** An action's error in a language: an `InputError` in its own words, any other inside the "failed" sentence. */
function errorText(e: unknown, tr: Translator): string {
  if (e instanceof InputError) return tr.lang === 'en' ? e.messageEn : e.message;
  return tr.t('actionFailed', { message: e instanceof Error ? e.message : String(e) });
}

/**
 * Runs a pane action with a busy flag. The outcome is kept as data and worded when shown, so the error or
 * success follows the language switch (an `InputError` gives its own Indonesian or English text, any other error
 * its message inside the catalogue's "failed" sentence).
 *
 * @example
 * const save = useActionRunner();
 * <Button disabled={save.running} onClick={() => void save.run(() => actions.saveProfile(p), 'profileSaved')} />
 */
export function useActionRunner(): ActionRun {
  const tr = useT();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const run = useCallback(async (action: () => Promise<unknown>, done?: DoneText): Promise<void> => {
    setOutcome({ kind: 'running' });
    try {
      await action();
      if (alive.current) setOutcome({ kind: 'done', done: done ?? null });
    } catch (error) {
      if (alive.current) setOutcome({ kind: 'failed', error });
    }
  }, []);
  const clear = useCallback(() => setOutcome({ kind: 'idle' }), []);
  const success =
    outcome.kind === 'done' && outcome.done !== null
      ? typeof outcome.done === 'function'
        ? outcome.done(tr)
        : tr.t(outcome.done)
      : null;
  return {
    running: outcome.kind === 'running',
    error: outcome.kind === 'failed' ? errorText(outcome.error, tr) : null,
    success,
    run,
    clear,
  };
}
