// Jest setup for jsdom tests (Fluent UI v9 needs ResizeObserver; jest-dom adds DOM matchers). Node tests skip it.
import '@testing-library/jest-dom';

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub, writable: true });
}
