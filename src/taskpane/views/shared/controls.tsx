import { mergeClasses } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useControlStyles } from './controlStyles';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown under the input and announced with it; marks it invalid. */
  readonly error?: string | null;
  readonly inputMode?: 'text' | 'numeric';
}

/** A labelled text input (native, Fluent tokens). */
export function TextField(props: TextFieldProps): JSX.Element {
  const s = useControlStyles();
  const id = useId();
  const err = props.error ?? null;
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {props.label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={props.inputMode}
        className={mergeClasses(s.control, err !== null && s.invalid)}
        value={props.value}
        aria-invalid={err !== null}
        aria-describedby={err !== null ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {err !== null && (
        <span id={`${id}-error`} className={s.error}>
          {err}
        </span>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
}

/** A labelled drop-down (native select, Fluent tokens). */
export function SelectField<T extends string>(props: SelectFieldProps<T>): JSX.Element {
  const s = useControlStyles();
  const id = useId();
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {props.label}
      </label>
      <select
        id={id}
        className={s.control}
        value={props.value}
        onChange={(e) => {
          const hit = props.options.find(([v]) => v === e.target.value);
          if (hit) props.onChange(hit[0]);
        }}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A checkbox with its label (and a second line) beside it. */
export function CheckField(props: {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children: ReactNode;
}): JSX.Element {
  const s = useControlStyles();
  return (
    <label className={s.check}>
      <input
        type="checkbox"
        className={s.box}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{props.children}</span>
    </label>
  );
}
