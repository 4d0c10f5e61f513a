import { createContext, useContext } from 'react';
import type { ViewId } from '../usePaneViews';

/** Moving between the pane's views from inside one: open a view, and optionally bring a section into sight. */
export interface PaneNav {
  readonly go: (view: ViewId, anchor?: string) => void;
}

const Nav = createContext<PaneNav>({ go: () => undefined });

/** Provided by the pane frame (PaneViews); a view rendered alone (tests) gets a no-op. */
export const PaneNavProvider = Nav.Provider;

/**
 * The pane's navigation: `usePaneNav().go('tinjau', 'tinjau-audit')` opens Tinjau at its formula audit.
 *
 * @example
 * const nav = usePaneNav();
 * <Button onClick={() => nav.go('validasi')} />
 */
export function usePaneNav(): PaneNav {
  return useContext(Nav);
}
