import { useCallback, useEffect, useRef, useState } from 'react';
import { InputError } from '../../../lke';
import { useT, type MessageKey } from '../../i18n';

/** The state of one user action: running, its error (already worded) or its success text. */
export interface ActionRun {
  readonly running: boolean;
  readonly error: string | null;
  readonly success: string | null;
  /** Runs the action once (ignored while one runs); `done` words the success. */
  readonly run: (action: () => Promise<unknown>, done?: MessageKey | (() => string)) => Promise<void>;
  readonly clear: () => void;
}

/**
 * Runs a pane action with a busy flag and the error shown in the current language: an `InputError` gives its
 * own Indonesian or English text, any other error its message inside the catalogue's "failed" sentence.
 *
 * @example
 * const save = useActionRunner();
 * <Button disabled={save.running} onClick={() => void save.run(() => actions.saveProfile(p), 'profileSaved')} />
 */
export function useActionRunner(): ActionRun {
  const { t, lang } = useT();
  const [state, setState] = useState({
    running: false,
    error: null as string | null,
    success: null as string | null,
  });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const run = useCallback(
    async (action: () => Promise<unknown>, done?: MessageKey | (() => string)): Promise<void> => {
      setState({ running: true, error: null, success: null });
      try {
        await action();
        const success = done === undefined ? null : typeof done === 'function' ? done() : t(done);
        if (alive.current) setState({ running: false, error: null, success });
      } catch (e) {
        const message =
          e instanceof InputError
            ? lang === 'en'
              ? e.messageEn
              : e.message
            : e instanceof Error
              ? e.message
              : String(e);
        const error = e instanceof InputError ? message : t('actionFailed', { message });
        if (alive.current) setState({ running: false, error, success: null });
      }
    },
    [t, lang],
  );
  const clear = useCallback(() => setState({ running: false, error: null, success: null }), []);
  return { ...state, run, clear };
}
