/**
 * Offsets where a new sentence starts. A full stop counts only after a word of three letters or
 * more, so "St. Louis" and "Mr. Chen" stay in one sentence. Semicolons do not end one.
 */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ('!?。！？\n'.includes(ch)) breaks.push(i + 1);
    else if (ch === '.' && /\s/.test(text[i + 1] ?? ' ')) {
      let j = i;
      while (j > 0 && i - j < 3 && /\p{L}/u.test(text[j - 1])) j--;
      if (i - j >= 3) breaks.push(i + 1);
    }
  }
  return breaks;
}

/** Index of the sentence holding `offset`, given `sentenceBreaks()`. */
export function sentenceOf(breaks: readonly number[], offset: number): number {
  return upperBound(breaks, offset, (b) => b);
}

/** First index whose `key` is ≥ `value`, in an array sorted by that key. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose `key` is > `value`, in an array sorted by that key. */
export function upperBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
