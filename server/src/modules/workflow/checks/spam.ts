// Injected gambling and spam content (暗链/黑链 residue): dictionary brand names (category 'spam'),
// Latin+digit site codes (365bet, bet365, 365betvip5), SEO title chains (X官方网址_Y_Z) and promotion
// phrases (注册送彩金). Everything runs on the match view, which is lower-cased and width-folded.
import type { DictionaryHit, DictionaryMatcher } from './dictionary.js';
import type { FindingDraft } from './findings.js';
import { foldText, toMatchView } from './normalize.js';

// What spliced brand names drag along: 九游会国际, 九游会老哥俱乐部登录, 皇冠体育官网入口.
const BRAND_TAIL_RE =
  /(?:国际|娱乐城|娱乐场|娱乐|官方网址|官方网站|官网|网址|平台|老哥俱乐部|俱乐部|登录|登陆|入口|注册|下载|网页版|手机版|app|vip\d*|\d+)*/y;

// Site codes of gambling brands. Anchored on whole Latin/digit tokens so that "alphabet",
// "between" or "alphabet2024" never match: the digits must touch "bet" from the token's edge.
const TOKEN_RULES: readonly RegExp[] = [/^\d{2,}bet/, /^bet\d{2,}/, /^[a-z0-9]{2,}vip\d+$/, /^hg\d{4,}/];
const TOKEN_RE = /[a-z0-9]+/g;

// Three or more segments of letters/digits joined by '_' or '|' (SEO titles of casino pages).
const CHAIN_RE = /[\p{L}\p{N}]{1,24}(?:[_|][\p{L}\p{N}]{1,24}){2,}/gu;
const CHAIN_CUE_RE = /官方网址|官网|网址|娱乐|\dbet|bet\d|vip\d|彩金|棋牌|真人|赌|博彩|开户|投注/;

// Promotions no government text makes: 注册送彩金, 开户送88元, 存100送50, 365bet官方网址, 真人官网入口.
// Prefixes deliberately exclude 体育 and 彩票 (体育彩票官网 is a legitimate address).
const PROMO_RE =
  /(?:开户|注册|首存|首充|充值|存款)(?:就|即)?送(?:\d+(?:元|%)?|彩金|礼金|现金|红包)|存\d+送\d+|(?:(?<![a-z0-9])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,}|娱乐|棋牌|真人|赌场|博彩)(?:官网入口|官方网址|官网登录|登录入口|app下载|网页版|手机版)/g;

// Every PROMO_RE match contains one of these: a cheap scan decides whether the costly one must run.
const PROMO_HINT = /送|官网|官方网址|登录入口|app下载|网页版|手机版/;

function isSpamToken(token: string): boolean {
  if (!token.includes('bet') && !token.includes('vip') && !token.startsWith('hg')) return false;
  return TOKEN_RULES.some((re) => re.test(token));
}

/** Drafts (in match-view offsets) for dictionary hits of category 'spam', extended over brand tails. */
export function spamTermDrafts(hits: readonly DictionaryHit[], viewText: string): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const { start, end, entry } of hits) {
    if (entry.category !== 'spam') continue;
    BRAND_TAIL_RE.lastIndex = end;
    const tail = BRAND_TAIL_RE.exec(viewText);
    const extendedEnd = end + (tail ? tail[0].length : 0);
    drafts.push({
      checker: 'spam',
      rule: 'spam.gambling_term',
      severity: entry.severity,
      start,
      end: extendedEnd,
      message: `含赌博或垃圾推广词“${entry.word}”，疑似被植入的暗链内容，须删除${entry.note ? `（${entry.note}）` : ''}`,
      suggestion: entry.replacement ?? null,
    });
  }
  return drafts;
}

/** Drafts (in match-view offsets) for site codes, SEO chains and promotion phrases. */
export function spamPatternDrafts(viewText: string, termDrafts: readonly FindingDraft[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const push = (start: number, end: number, message: string) =>
    drafts.push({ checker: 'spam', rule: 'spam.pattern', severity: 'block', start, end, message });

  if (/[a-z0-9]/.test(viewText)) {
    for (const m of viewText.matchAll(TOKEN_RE)) {
      if (isSpamToken(m[0])) push(m.index, m.index + m[0].length, `疑似赌博网站代号“${m[0]}”，须删除`);
    }
  }

  if (viewText.includes('_') || viewText.includes('|')) {
    for (const m of viewText.matchAll(CHAIN_RE)) {
      const start = m.index;
      const end = start + m[0].length;
      const hasCue =
        CHAIN_CUE_RE.test(m[0]) ||
        drafts.some((d) => d.start < end && start < d.end) ||
        termDrafts.some((d) => d.start < end && start < d.end);
      if (hasCue) push(start, end, '疑似被植入的赌博网站推广标题，须整段删除');
    }
  }

  if (PROMO_HINT.test(viewText)) {
    for (const m of viewText.matchAll(PROMO_RE)) {
      push(m.index, m.index + m[0].length, `疑似赌博推广用语“${m[0]}”，须删除`);
    }
  }
  return drafts;
}

/**
 * Whether a link target points to a gambling or spam site: a spam dictionary word or a site code
 * in its (percent-decoded) URL. Returns the host to show to the editor, or null.
 */
export function spamLinkHost(href: string, matcher: DictionaryMatcher): string | null {
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // a malformed escape: check the raw form
  }
  const view = toMatchView(foldText(decoded)).text;
  const isSpam =
    matcher.search(view).some((hit) => hit.entry.category === 'spam') || [...view.matchAll(TOKEN_RE)].some((m) => isSpamToken(m[0]));
  if (!isSpam) return null;
  try {
    return new URL(decoded, 'http://relative.invalid').hostname.replace(/^relative\.invalid$/, '') || decoded;
  } catch {
    return decoded;
  }
}
