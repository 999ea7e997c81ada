import sanitizeHtml from 'sanitize-html';

/*
 * Rich-text bodies are sanitised against an allowlist on every save: what an editor (or an
 * import, or the crawler) sends never reaches a page with scripts, event handlers, frames or
 * foreign embeds. A few presentational style properties survive on purpose: the content checks
 * must still see a link hidden with `display:none` or `font-size:0` (injected 暗链) to block it,
 * rather than the sanitiser silently turning it into a visible spam link.
 */
const cssValue = [/^[-#%.,() a-z0-9]{1,40}$/i];

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
    'a', 'img', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'hr', 'span', 'div', 'pre', 'code',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'hidden', 'aria-hidden', 'style'],
    img: ['src', 'alt', 'title', 'width', 'height', 'data-attachment-id'],
    th: ['colspan', 'rowspan', 'scope', 'style'],
    td: ['colspan', 'rowspan', 'style'],
    p: ['style'],
    span: ['style', 'hidden', 'aria-hidden'],
    div: ['style', 'hidden', 'aria-hidden'],
    ol: ['start'],
  },
  allowedStyles: {
    '*': {
      'text-align': [/^(left|right|center|justify)$/],
      'text-indent': cssValue,
      display: cssValue,
      visibility: cssValue,
      'font-size': cssValue,
      opacity: cssValue,
      position: cssValue,
      left: cssValue,
      top: cssValue,
      height: cssValue,
      width: cssValue,
      overflow: cssValue,
    },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  // Whatever is dropped goes with its content for these; other unknown tags keep their text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
};

/** The body as it will be stored: allowlisted tags, attributes, schemes and style properties only. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** Plain text of a body (for summaries, diffs and length checks). */
export function bodyText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: options.nonTextTags })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** Images in a body that have no alternative text (they must have one before submission). */
export function imagesWithoutAlt(html: string): string[] {
  const missing: string[] = [];
  sanitizeHtml(html, {
    allowedTags: ['img'],
    allowedAttributes: { img: ['src', 'alt'] },
    exclusiveFilter(frame) {
      if (frame.tag === 'img' && !(frame.attribs.alt ?? '').trim()) missing.push(frame.attribs.src ?? '');
      return false;
    },
  });
  return missing;
}
