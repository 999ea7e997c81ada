// ahocorasick@1.0.2 ships no types. search() returns, for every position where keywords end,
// [index of the LAST character of the match, the keywords ending there]. The tables built by the
// constructor are plain properties; dictionary.ts compiles them into typed arrays (see there).
declare module 'ahocorasick' {
  class AhoCorasick {
    constructor(keywords: readonly string[]);
    search(text: string): Array<[number, string[]]>;
    /** state → (character → next state); state 0 is the root. */
    gotoFn?: Record<number, Record<string, number>>;
    /** state → keywords recognised on reaching it (suffix outputs merged in). */
    output?: Record<number, string[]>;
    /** state → failure state. */
    failure?: Record<number, number>;
  }
  export = AhoCorasick;
}
