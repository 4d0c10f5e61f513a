import { TOKEN_NAMES, type TokenName } from './palette';

/**
 * The CSS variables of the tokens the pane uses, as Fluent's `tokens` gives them (`tokens.colorBrandBackground` →
 * `var(--colorBrandBackground)`); {@link ThemeRoot} sets their values.
 *
 * @example
 * tokens.spacingVerticalS // → 'var(--spacingVerticalS)'
 */
export const tokens = Object.fromEntries(TOKEN_NAMES.map((k) => [k, `var(--${k})`])) as Readonly<
  Record<TokenName, string>
>;
