// HTML → plain text with htmlparser2 (a real tokenizer; never regular expressions over HTML),
// collecting every <a> with the offsets of its text and whether it is hidden.
import { Parser } from 'htmlparser2';

import { hiddenReason } from './hidden-links.js';

export interface HtmlLink {
  href: string;
  /** Offsets of the link text in the plain text. */
  start: number;
  end: number;
  /** Why the link (or an ancestor) is invisible, or null. */
  hiddenReason: string | null;
}

export interface ParsedHtml {
  text: string;
  links: HtmlLink[];
}

// Elements that start a new line, so that words of adjacent paragraphs or cells never join.
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
// Elements whose content is not text a reader sees.
const NON_TEXT_ELEMENTS = new Set(['script', 'style', 'template']);

interface OpenElement {
  name: string;
  hiddenReason: string | null;
  link: HtmlLink | null;
}

/** Parses rich text once: the plain text (tags stripped, entities decoded) and its links. */
export function parseHtml(html: string): ParsedHtml {
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  let nonTextDepth = 0;
  const stack: OpenElement[] = [];
  const links: HtmlLink[] = [];

  const append = (s: string) => {
    if (!s) return;
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1]!;
  };
  const breakLine = () => {
    if (length > 0 && lastChar !== '\n') append('\n');
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const inherited = stack.length > 0 ? stack[stack.length - 1]!.hiddenReason : null;
        const reason = inherited ?? hiddenReason(attribs);
        if (name === 'br') append('\n');
        else if (BLOCK_ELEMENTS.has(name)) breakLine();
        let link: HtmlLink | null = null;
        // An <a> without href is an anchor, not a link: hiding it hides nothing.
        if (name === 'a' && attribs.href !== undefined) {
          link = { href: attribs.href, start: length, end: length, hiddenReason: reason };
          links.push(link);
        }
        if (NON_TEXT_ELEMENTS.has(name)) nonTextDepth += 1;
        stack.push({ name, hiddenReason: reason, link });
      },
      ontext(data) {
        if (nonTextDepth === 0) append(data);
      },
      onclosetag(name) {
        // The parser reports every close, implied ones included, innermost first; void elements
        // (br, img) are closed right after they open.
        let index = stack.length - 1;
        while (index >= 0 && stack[index]!.name !== name) index -= 1;
        if (index < 0) return;
        while (stack.length > index) {
          const element = stack.pop()!;
          if (element.link) element.link.end = length;
          if (NON_TEXT_ELEMENTS.has(element.name)) nonTextDepth -= 1;
          if (BLOCK_ELEMENTS.has(element.name)) breakLine();
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: parts.join(''), links };
}

/**
 * The plain text the checks see for an HTML field: tags stripped, entities decoded, a line break
 * around block elements and for <br>, script/style content dropped. Finding offsets of HTML fields
 * refer to this string.
 */
export function htmlToText(html: string): string {
  return parseHtml(html).text;
}
