import { buildDictionaryMatcher, dictionaryDrafts, type DictionaryMatcher } from './dictionary.js';
import { dropContained, toFinding, type FindingDraft } from './findings.js';
import { parseHtml, type HtmlLink } from './html.js';
import { foldText, toMatchView, viewRangeToOriginal } from './normalize.js';
import { privacyDrafts } from './privacy.js';
import { spamLinkHost, spamPatternDrafts, spamTermDrafts } from './spam.js';
import type { CheckInput, ContentChecker, DictionaryEntry, Finding } from './types.js';

function linkDrafts(links: readonly HtmlLink[], matcher: DictionaryMatcher): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const link of links) {
    const target = link.href ? `（${link.href}）` : '';
    if (link.hiddenReason) {
      drafts.push({
        checker: 'hidden_link',
        rule: 'hidden_link.style',
        severity: 'block',
        start: link.start,
        end: link.end,
        message: `隐藏链接${target}：${link.hiddenReason}，疑似被植入的暗链，须删除`,
      });
    }
    const host = link.href ? spamLinkHost(link.href, matcher) : null;
    if (host !== null) {
      drafts.push({
        checker: 'spam',
        rule: 'spam.link',
        severity: 'block',
        start: link.start,
        end: link.end,
        message: `链接指向疑似赌博或垃圾网站（${host}），须删除`,
      });
    }
  }
  return drafts;
}

function checkField(field: string, text: string, links: readonly HtmlLink[], matcher: DictionaryMatcher): Finding[] {
  const folded = foldText(text);
  const view = toMatchView(folded);
  const hits = matcher.search(view.text);
  const termDrafts = spamTermDrafts(hits, view.text);
  const viewDrafts = [...dictionaryDrafts(hits), ...termDrafts, ...spamPatternDrafts(view.text, termDrafts)];
  const drafts: FindingDraft[] = [];
  for (const draft of viewDrafts) {
    const [start, end] = viewRangeToOriginal(view, draft.start, draft.end);
    drafts.push({ ...draft, start, end });
  }
  drafts.push(...privacyDrafts(folded), ...linkDrafts(links, matcher));
  return dropContained(drafts).map((draft) => toFinding(field, text, draft));
}

/**
 * Builds the dictionary automaton once and returns a reusable checker. `check` looks at the plain
 * text fields first, then the HTML fields, each in insertion order, and returns the findings of a
 * field sorted by position. It never throws on content; it does not mutate its input.
 */
export function createContentChecker(entries: readonly DictionaryEntry[]): ContentChecker {
  const matcher = buildDictionaryMatcher(entries);
  return {
    check(input: CheckInput): Finding[] {
      const findings: Finding[] = [];
      for (const [field, value] of Object.entries(input.text ?? {})) {
        if (typeof value === 'string' && value) findings.push(...checkField(field, value, [], matcher));
      }
      for (const [field, value] of Object.entries(input.html ?? {})) {
        if (typeof value !== 'string' || !value) continue;
        const { text, links } = parseHtml(value);
        findings.push(...checkField(field, text, links, matcher));
      }
      return findings;
    },
  };
}
