import type { CheckerKind, Finding, Severity } from './types.js';

const EXCERPT_RADIUS = 20;

/** ~20 characters either side of [start, end), whitespace collapsed, '…' where cut. */
export function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_RADIUS);
  const to = Math.min(text.length, end + EXCERPT_RADIUS);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

export interface FindingDraft {
  checker: CheckerKind;
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: string | null | undefined;
}

/** Completes a draft with the field, the matched text and the excerpt. */
export function toFinding(field: string, text: string, draft: FindingDraft): Finding {
  const finding: Finding = {
    checker: draft.checker,
    rule: draft.rule,
    severity: draft.severity,
    field,
    start: draft.start,
    end: draft.end,
    match: text.slice(draft.start, draft.end),
    excerpt: excerptAround(text, draft.start, draft.end),
    message: draft.message,
  };
  if (draft.suggestion) finding.suggestion = draft.suggestion;
  return finding;
}

const SEVERITY_RANK: Record<Severity, number> = { block: 2, warn: 1 };

// When two findings of one checker cover the same span, the more specific rule wins.
const RULE_PRIORITY: Record<string, number> = {
  'dictionary.leader': 0,
  'dictionary.sensitive': 1,
  'dictionary.wrong_term': 2,
  'spam.gambling_term': 0,
  'spam.pattern': 1,
};

function compareDrafts(a: FindingDraft, b: FindingDraft): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (RULE_PRIORITY[a.rule] ?? 9) - (RULE_PRIORITY[b.rule] ?? 9) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/**
 * Sorts drafts by position and drops each one that lies inside another of the same checker with
 * at least its severity: "国务院办工厅" hides "办工厅", a whole spam line hides the brand names in it.
 * Hidden-link and spam-link findings about the same link text are different facts and both stay.
 */
export function dropContained(drafts: FindingDraft[]): FindingDraft[] {
  drafts.sort(compareDrafts);
  // Sorted by start, then longest first: an earlier kept draft starts at or before this one, so it
  // contains this one when it also ends at or after it. Track the furthest end per checker and rank.
  const furthestEnd = new Map<string, number>();
  const kept: FindingDraft[] = [];
  for (const draft of drafts) {
    const isIndependent = draft.checker === 'hidden_link' || draft.rule === 'spam.link';
    if (isIndependent) {
      kept.push(draft);
      continue;
    }
    const rank = SEVERITY_RANK[draft.severity];
    let isCovered = false;
    for (let r = rank; r <= 2 && !isCovered; r += 1) {
      const end = furthestEnd.get(`${draft.checker}:${r}`);
      isCovered = end !== undefined && end >= draft.end;
    }
    if (isCovered) continue;
    kept.push(draft);
    const key = `${draft.checker}:${rank}`;
    furthestEnd.set(key, Math.max(furthestEnd.get(key) ?? -1, draft.end));
  }
  return kept;
}
