// The public types of the content-check engine. See README.md for the rules and their severities.

export type Severity = 'block' | 'warn';
export type CheckerKind = 'dictionary' | 'privacy' | 'spam' | 'hidden_link';
export type DictionaryCategory = 'sensitive' | 'wrong_term' | 'leader' | 'spam';

export interface DictionaryEntry {
  word: string;
  category: DictionaryCategory;
  severity: Severity;
  replacement?: string | null;
  note?: string | null;
}

export interface Finding {
  checker: CheckerKind;
  /** Stable id: clients branch on it, never on `message`. */
  rule: string;
  severity: Severity;
  /** The input field: 'title', 'body', or a metadata path such as 'metadata.source'. */
  field: string;
  /** Offsets in the field's plain text (for HTML fields: the output of `htmlToText`). */
  start: number;
  end: number;
  /** `plainText.slice(start, end)`. */
  match: string;
  /** About 20 characters either side of the match, whitespace collapsed, for display. */
  excerpt: string;
  suggestion?: string;
  /** Chinese, for the editor. */
  message: string;
}

export interface CheckInput {
  /** Plain-text fields by name. */
  text?: Record<string, string>;
  /** Rich-text (HTML) fields by name. */
  html?: Record<string, string>;
}

export interface ContentChecker {
  check(input: CheckInput): Finding[];
}
