/**
 * Order-preserving alignment of two sequences (as in sequence alignment): pairs `a[i]` with `b[j]` so that
 * pairs never cross, maximising the sum of `score(a, b)` over the pairs. A pair whose score is `null` is not
 * allowed; anything may stay unpaired at no cost. Used to lay the circulated rows over the catalogue's
 * questions: the copies in circulation drop or add a row here and there, so neither side can be assumed
 * complete, but their order is the LKE's.
 *
 * @example
 * align(['a', 'x', 'b'], ['a', 'b'], (p, q) => (p === q ? 1 : null)) // → [[0, 0], [2, 1]]
 */
export function align<A, B>(
  a: readonly A[],
  b: readonly B[],
  score: (x: A, y: B) => number | null,
): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  // best[i][j]: best total for a[i..], b[j..]; move[i][j]: 0 skip a, 1 skip b, 2 pair.
  const best = new Float64Array((n + 1) * w);
  const move = new Uint8Array((n + 1) * w);
  const pairScore = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = score(a[i] as A, b[j] as B);
      pairScore[i * m + j] = s === null ? Number.NEGATIVE_INFINITY : s;
    }
  }
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n || j === m) continue;
      const skipA = best[(i + 1) * w + j] ?? 0;
      const skipB = best[i * w + j + 1] ?? 0;
      const ps = pairScore[i * m + j] ?? Number.NEGATIVE_INFINITY;
      const pair = ps + (best[(i + 1) * w + j + 1] ?? 0);
      let v = skipA;
      let mv = 0;
      if (skipB > v) {
        v = skipB;
        mv = 1;
      }
      if (pair > v) {
        v = pair;
        mv = 2;
      }
      best[i * w + j] = v;
      move[i * w + j] = mv;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const mv = move[i * w + j];
    if (mv === 2) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (mv === 1) j++;
    else i++;
  }
  return pairs;
}
