import { useState } from 'react';
import type { MessageKey } from '../i18n';

/** The pane's views, in tab order. */
export type ViewId = 'mulai' | 'status' | 'validasi' | 'tinjau' | 'ekspor';

/** Each view with the catalogue key of its tab label, in tab order. */
export const VIEWS: readonly (readonly [ViewId, MessageKey])[] = [
  ['mulai', 'tabMulai'],
  ['status', 'tabStatus'],
  ['validasi', 'tabValidasi'],
  ['tinjau', 'tabTinjau'],
  ['ekspor', 'tabEkspor'],
];

/**
 * The view a fresh pane opens on: Mulai until our template is read, then Status.
 *
 * @example
 * defaultView(false) // → 'mulai'
 */
export function defaultView(hasTemplate: boolean): ViewId {
  return hasTemplate ? 'status' : 'mulai';
}

/**
 * The selected tab: the user's pick once there is one; until then `fallback` (so a pane mounted before the first
 * reading moves from Mulai to Status when the template is read, unless the user already chose a tab).
 *
 * @example
 * const [view, setView] = usePaneViews(defaultView(model.data !== null));
 */
export function usePaneViews(fallback: ViewId): [ViewId, (v: ViewId) => void] {
  const [picked, setPicked] = useState<ViewId | null>(null);
  return [picked ?? fallback, setPicked];
}
