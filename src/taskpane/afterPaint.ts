/**
 * Runs `f` once the browser has painted (the next frame, then a task); returns the cancel. What the pane needs
 * only after its first frame (the views chunk, the engine, the first reading) waits for this, so that none of it
 * holds up the first paint.
 *
 * @example
 * useEffect(() => afterPaint(() => void refresh()), []);
 */
export function afterPaint(f: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(f, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(f, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
