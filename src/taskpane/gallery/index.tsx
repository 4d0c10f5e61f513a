/**
 * Dev-only gallery: every view rendered with fixture models, for screenshots and the axe check
 * (`?view=status&lang=en&theme=dark&fixture=read`). Never part of the production pane.
 *
 * test/e2e/views-gallery.test.ts builds and serves it; by hand:
 * `npx esbuild src/taskpane/gallery/index.tsx --bundle --jsx=automatic --define:process.env.NODE_ENV='"development"'
 * --outfile=.tmp/gallery/gallery.js` and an index.html with `<div id="root">` loading it.
 */
import { createRoot } from 'react-dom/client';
import type { Lang } from '../i18n';
import type { ThemeKind } from '../theme';
import { PaneViews, VIEWS, type ViewId } from '../views';
import { galleryActions, type GalleryCall } from './actions';
import { galleryModel, type FixtureId } from './fixtures';

declare global {
  interface Window {
    __paneCalls?: GalleryCall[];
  }
}

const FIXTURES: readonly FixtureId[] = ['read', 'fresh', 'installing', 'outdated', 'migrated'];

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

const q = new URLSearchParams(window.location.search);
const view = pick<ViewId>(
  q.get('view'),
  VIEWS.map(([id]) => id),
  'status',
);
const lang = pick<Lang>(q.get('lang'), ['id', 'en'], 'id');
const theme = pick<ThemeKind>(q.get('theme'), ['light', 'dark'], 'light');
const fixture = pick<FixtureId>(q.get('fixture'), FIXTURES, 'read');

const calls: GalleryCall[] = [];
window.__paneCalls = calls;
const model = galleryModel(fixture);
document.documentElement.lang = lang;
const host = document.getElementById('root');
if (host)
  createRoot(host).render(
    <PaneViews
      model={model}
      actions={galleryActions(model, calls)}
      lang={lang}
      theme={theme}
      initialView={view}
    />,
  );
