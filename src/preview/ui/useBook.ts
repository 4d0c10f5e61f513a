import { useEffect, useState } from 'react';
import type { PreviewBook } from '../host';

/** Re-renders on every change of the preview workbook; returns a change counter. */
export function useBook(book: PreviewBook): number {
  const [version, setVersion] = useState(0);
  useEffect(() => book.subscribe(() => setVersion((v) => v + 1)), [book]);
  return version;
}
