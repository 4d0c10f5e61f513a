import { makeStyles } from '@fluentui/react-components';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Palette } from './palette';
import { tokens } from './tokens';

const useRootStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
  },
});

/**
 * The theme's tokens as the CSS variables `tokens.*` refer to (`colorNeutralForeground1` → `--colorNeutralForeground1`).
 *
 * @example
 * themeVariables({ colorBrandBackground: '#0f6cbd' }) // → { '--colorBrandBackground': '#0f6cbd' }
 */
export function themeVariables(
  theme: Readonly<Record<string, string | number | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(theme)) if (v !== undefined) out[`--${k}`] = String(v);
  return out;
}

/**
 * What the pane needs of Fluent's provider: the theme's CSS variables, its font and colours, and the language, on
 * one element. The pane uses only Fluent's styling (makeStyles and tokens), so the full FluentProvider (its
 * contexts, focus management and portal support, ~6 KiB gzip) is not needed.
 */
export function ThemeRoot(props: {
  readonly theme: Palette;
  readonly lang: string;
  readonly children: ReactNode;
}): JSX.Element {
  const s = useRootStyles();
  const style = useMemo(() => themeVariables(props.theme) as CSSProperties, [props.theme]);
  return (
    <div className={s.root} style={style} lang={props.lang} dir="ltr">
      {props.children}
    </div>
  );
}
