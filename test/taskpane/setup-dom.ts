// Import first in a jsdom test of the views: what Fluent v9 needs from the browser that jsdom lacks, and jest-dom's
// matchers. (Kept here until the shell adds a jest setup file.)
import '@testing-library/jest-dom';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === 'undefined') g.ResizeObserver = ResizeObserverStub;
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The pane frame loads its views as a chunk after the first render (src/taskpane/views/lazyViews.tsx): load it once
// before a test file's tests, so that a view renders at once, as it does in the pane after the first paint.
import { preloadViews } from '../../src/taskpane/views/lazyViews';

beforeAll(() => preloadViews());
