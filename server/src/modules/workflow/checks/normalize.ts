// Text normalisation for matching, with offsets that map back to the text the editor sees.
//
// Two views of a field's plain text are used:
//  - the folded text: full-width ASCII (ＢＥＴ３６５) → ASCII, A–Z → a–z, exotic spaces and hyphens
//    → ' ' and '-'. Every change replaces one UTF-16 unit by one, so offsets are unchanged. The
//    privacy patterns run on it (full-width digits are still digits).
//  - the match view: the folded text without zero-width characters and without blanks between two
//    CJK characters (九 游 会 → 九游会), with a table back to folded offsets. Dictionary and spam
//    patterns run on it.

const FOLD_RE = /[A-Z\uFF01-\uFF5E\u3000\u00A0\u2002-\u200A\u202F\u205F\u2010-\u2012\u2212]/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = code - 0xfee0;
    return String.fromCharCode(ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii);
  }
  if ((code >= 0x2010 && code <= 0x2012) || code === 0x2212) return '-';
  return ' ';
}

/** Case and width folding; the result has exactly the length of the input. */
export function foldText(text: string): string {
  return text.replace(FOLD_RE, foldChar);
}

export interface MatchView {
  text: string;
  /** view offset → folded offset; `null` when the view is the folded text itself. Has text.length + 1 entries. */
  toOriginal: Int32Array | null;
}

const NEEDS_COMPACTING = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[\u3400-\u9FFF\uF900-\uFAFF][ \t]/;

function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad;
}

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Builds the match view of already folded text. */
export function toMatchView(folded: string): MatchView {
  if (!NEEDS_COMPACTING.test(folded)) return { text: folded, toOriginal: null };
  const length = folded.length;
  const kept: string[] = [];
  const map = new Int32Array(length + 1);
  let n = 0;
  let lastCode = 0;
  for (let i = 0; i < length; i += 1) {
    const code = folded.charCodeAt(i);
    if (isZeroWidth(code)) continue;
    if (isBlank(code) && isCjk(lastCode)) {
      let j = i;
      while (j < length && (isBlank(folded.charCodeAt(j)) || isZeroWidth(folded.charCodeAt(j)))) j += 1;
      if (j < length && isCjk(folded.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
    }
    kept.push(folded[i]!);
    map[n] = i;
    n += 1;
    lastCode = code;
  }
  map[n] = length;
  return { text: kept.join(''), toOriginal: map.subarray(0, n + 1) };
}

/** Maps a half-open range of the match view back to the folded (= plain) text. */
export function viewRangeToOriginal(view: MatchView, start: number, end: number): [number, number] {
  const map = view.toOriginal;
  if (!map) return [start, end];
  return [map[start]!, end > start ? map[end - 1]! + 1 : map[start]!];
}

/** The form dictionary words are stored in inside the automaton. */
export function normalizeWord(word: string): string {
  return toMatchView(foldText(word.trim())).text.replace(/[ \t]+/g, ' ');
}
