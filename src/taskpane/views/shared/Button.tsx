import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useButtonStyles } from './buttonStyles';

export interface ButtonProps {
  /** @default 'secondary' */
  readonly appearance?: 'primary' | 'secondary' | 'subtle';
  /** @default 'medium' */
  readonly size?: 'small' | 'medium';
  readonly disabled?: boolean;
  readonly className?: string;
  readonly onClick?: () => void;
  readonly children?: ReactNode;
  /** Set on toggle buttons only: rendered as `aria-pressed`. */
  readonly pressed?: boolean;
  /** For a button that shows or hides a region: `aria-expanded` and the region's id (`aria-controls`). */
  readonly 'aria-expanded'?: boolean;
  readonly 'aria-controls'?: string;
  /** The language of the label when it differs from the pane's (the language switch). */
  readonly lang?: string;
}

/**
 * A native button in Fluent's looks (primary, secondary, subtle).
 *
 * @example
 * <Button appearance="primary" onClick={m.inject}>{t('inject')}</Button>
 */
export function Button(props: ButtonProps): JSX.Element {
  const s = useButtonStyles();
  return (
    <button
      type="button"
      aria-pressed={props.pressed}
      aria-expanded={props['aria-expanded']}
      aria-controls={props['aria-controls']}
      lang={props.lang}
      className={mergeClasses(
        s.base,
        s[props.appearance ?? 'secondary'],
        props.size === 'small' && s.small,
        props.className,
      )}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/**
 * A native toggle button (`aria-pressed`), in Fluent's looks.
 *
 * @example
 * <ToggleButton checked={lang === 'en'} onClick={toggle}>English</ToggleButton>
 */
export function ToggleButton(props: ButtonProps & { readonly checked: boolean }): JSX.Element {
  const { checked, ...rest } = props;
  return <Button {...rest} pressed={checked} />;
}
