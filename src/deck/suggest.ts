/** Up to five of `known` close to `wrong`, for "did you mean" hints. */
export function similar(known: Iterable<string>, wrong: string): string[] {
  return [...known].filter((x) => editDistance(x, wrong) <= 2 || (wrong.length >= 4 && x.startsWith(wrong))).slice(0, 5);
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
