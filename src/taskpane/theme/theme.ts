import { DARK, LIGHT, type Palette } from './palette';

/** The pane's two looks. */
export type ThemeKind = 'light' | 'dark';

/** What the shell passes from `Office.context.officeTheme` (any of its colours may be missing). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string | null;
}

/** Relative luminance of a `#RRGGBB` colour (0 black … 1 white), or null when it is not one. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * Light or dark from Office's theme: dark when the task-pane background is dark; light when Office gives
 * nothing (outside Office, older hosts).
 *
 * @example
 * themeKindFromOffice({ bodyBackgroundColor: '#262626' }) // → 'dark'
 * themeKindFromOffice({ bodyBackgroundColor: '#FFFFFF' }) // → 'light'
 * themeKindFromOffice(undefined)                          // → 'light'
 */
export function themeKindFromOffice(theme: OfficeThemeColors | null | undefined): ThemeKind {
  const bg = theme?.bodyBackgroundColor;
  if (!bg) return 'light';
  const l = luminance(bg);
  return l !== null && l < 0.2 ? 'dark' : 'light';
}

/**
 * The Fluent web theme of a kind, for the tokens the pane uses.
 *
 * @example
 * fluentTheme('dark').colorNeutralBackground1 // → '#292929' (webDarkTheme's)
 */
export function fluentTheme(kind: ThemeKind): Palette {
  return kind === 'dark' ? DARK : LIGHT;
}
