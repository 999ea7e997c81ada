// Dictionary matching (错敏词): one Aho–Corasick automaton over every normalised word, searched
// once per field over the match view, so the cost does not grow with the number of entries.
//
// The `ahocorasick` package builds the automaton (goto, failure and output tables). Its own
// search() walks those tables as plain objects with 100,000+ keys, several hash lookups per
// character: ≈ 4 ms for 7,000 characters against 50,000 words. compileAutomaton() copies the
// same tables into typed arrays once (root transitions as a direct 64K table, other states as
// sorted edge lists) and searchAutomaton() walks them, giving the same results ~10× faster.
import AhoCorasick from 'ahocorasick';

import type { FindingDraft } from './findings.js';
import { normalizeWord } from './normalize.js';
import type { DictionaryCategory, DictionaryEntry } from './types.js';

export interface CompiledAutomaton {
  /** Next state from the root for each UTF-16 code unit (0: stay at the root). */
  rootNext: Int32Array;
  /** Edges of state s are edgeChar/edgeTarget[edgeStart[s] .. edgeStart[s + 1]), sorted by char. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  failure: Int32Array;
  /** Words recognised on reaching a state, suffix outputs included; undefined when none. */
  output: Array<readonly string[] | undefined>;
}

/** Copies the package's tables into typed arrays; null if this version of the package lays them out differently. */
export function compileAutomaton(automaton: AhoCorasick): CompiledAutomaton | null {
  const { gotoFn, output, failure } = automaton;
  if (!gotoFn || !output || !failure || !gotoFn[0]) return null;
  let stateCount = 0;
  while (gotoFn[stateCount] !== undefined) stateCount += 1;
  const rootNext = new Int32Array(0x10000);
  const edgeStart = new Int32Array(stateCount + 1);
  const edgeChar = new Uint16Array(Math.max(0, stateCount - 1));
  const edgeTarget = new Int32Array(Math.max(0, stateCount - 1));
  const failureTable = new Int32Array(stateCount);
  const outputTable = new Array<readonly string[] | undefined>(stateCount);
  let edges = 0;
  for (let state = 0; state < stateCount; state += 1) {
    const children = gotoFn[state]!;
    const chars = Object.keys(children);
    if (chars.some((ch) => ch.length !== 1)) return null;
    chars.sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
    edgeStart[state] = edges;
    for (const ch of chars) {
      const target = children[ch]!;
      if (state === 0) rootNext[ch.charCodeAt(0)] = target;
      else {
        edgeChar[edges] = ch.charCodeAt(0);
        edgeTarget[edges] = target;
        edges += 1;
      }
    }
    failureTable[state] = failure[state] ?? 0;
    const words = output[state];
    if (words && words.length > 0) outputTable[state] = words;
  }
  edgeStart[stateCount] = edges;
  return { rootNext, edgeStart, edgeChar, edgeTarget, failure: failureTable, output: outputTable };
}

function nextState(a: CompiledAutomaton, state: number, code: number): number {
  let lo = a.edgeStart[state]!;
  let hi = a.edgeStart[state + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo += 1) if (a.edgeChar[lo] === code) return a.edgeTarget[lo]!;
    return -1;
  }
  hi -= 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = a.edgeChar[mid]!;
    if (c === code) return a.edgeTarget[mid]!;
    if (c < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Same contract as the package's search(): [index of the last character, words ending there]. */
export function searchAutomaton(a: CompiledAutomaton, text: string): Array<[number, readonly string[]]> {
  const results: Array<[number, readonly string[]]> = [];
  let state = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    for (;;) {
      if (state === 0) {
        state = a.rootNext[code]!;
        break;
      }
      const next = nextState(a, state, code);
      if (next >= 0) {
        state = next;
        break;
      }
      state = a.failure[state]!;
    }
    const words = a.output[state];
    if (words !== undefined) results.push([i, words]);
  }
  return results;
}

export interface DictionaryHit {
  /** Offsets in the match view. */
  start: number;
  end: number;
  entry: DictionaryEntry;
}

export interface DictionaryMatcher {
  /** Every dictionary word occurring in `viewText` (already normalised), overlaps included. */
  search(viewText: string): DictionaryHit[];
}

// The package's constructor runs its breadth-first pass with Array#shift, which makes the build
// time grow with the square of the number of states: 50,000 words in one automaton take ≈ 3 s,
// in four shards of 12,500 ≈ 1 s (measured in bench/content-checks.mjs), for three more passes
// over the text (≈ 0.1 ms each per 20 KB body with an ordinary word list).
const MAX_SHARD_SIZE = 12_500;

const CATEGORIES: ReadonlySet<DictionaryCategory> = new Set(['sensitive', 'wrong_term', 'leader', 'spam']);

function isAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a; // the view is lower-cased
}

/**
 * Builds the automaton once. Entries whose word is empty after normalisation or whose category is
 * unknown (rows edited by hand in the database) are skipped rather than failing every check.
 */
export function buildDictionaryMatcher(entries: readonly DictionaryEntry[]): DictionaryMatcher {
  const byWord = new Map<string, DictionaryEntry[]>();
  for (const entry of entries) {
    if (!CATEGORIES.has(entry.category)) continue;
    const word = normalizeWord(entry.word);
    if (!word) continue;
    const list = byWord.get(word);
    if (list) list.push(entry);
    else byWord.set(word, [entry]);
  }
  if (byWord.size === 0) return { search: () => [] };
  const words = [...byWord.keys()];
  const shardCount = Math.ceil(words.length / MAX_SHARD_SIZE);
  const shardSize = Math.ceil(words.length / shardCount);
  const searchers: Array<(text: string) => Array<[number, readonly string[]]>> = [];
  for (let i = 0; i < words.length; i += shardSize) {
    const automaton = new AhoCorasick(words.slice(i, i + shardSize));
    const compiled = compileAutomaton(automaton);
    searchers.push(compiled ? (text) => searchAutomaton(compiled, text) : (text) => automaton.search(text));
  }

  return {
    search(viewText) {
      const hits: DictionaryHit[] = [];
      for (const searchText of searchers) {
        for (const [last, found] of searchText(viewText)) {
          const end = last + 1;
          for (const word of found) {
            const start = end - word.length;
            // A Latin word must not be cut out of a longer Latin word ("bet" in "alphabet"); digits
            // and CJK around it are fine ("365bet官方网址").
            if (isAsciiLetter(word.charCodeAt(0)) && start > 0 && isAsciiLetter(viewText.charCodeAt(start - 1))) continue;
            if (isAsciiLetter(word.charCodeAt(word.length - 1)) && isAsciiLetter(viewText.charCodeAt(end))) continue;
            for (const entry of byWord.get(word) ?? []) hits.push({ start, end, entry });
          }
        }
      }
      return hits;
    },
  };
}

function withNote(message: string, entry: DictionaryEntry): string {
  return entry.note ? `${message}（${entry.note}）` : message;
}

/** Drafts (in match-view offsets) for the sensitive, wrong_term and leader hits. */
export function dictionaryDrafts(hits: readonly DictionaryHit[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const { start, end, entry } of hits) {
    const fix = entry.replacement ?? null;
    let message: string;
    switch (entry.category) {
      case 'sensitive':
        message = `含敏感词“${entry.word}”，不得发布${fix ? `，应改为“${fix}”` : ''}`;
        break;
      case 'wrong_term':
        message = `疑似错误表述“${entry.word}”${fix ? `，应为“${fix}”` : ''}`;
        break;
      case 'leader':
        message = `国家领导人姓名或职务疑似写错：“${entry.word}”${fix ? `，应为“${fix}”` : ''}，须改正后方可提交`;
        break;
      default:
        continue; // spam terms are drafted by the spam checker
    }
    drafts.push({
      checker: 'dictionary',
      rule: `dictionary.${entry.category}`,
      severity: entry.severity,
      start,
      end,
      message: withNote(message, entry),
      suggestion: fix,
    });
  }
  return drafts;
}
