/**
 * Turning response bytes into text. Chinese government sites still serve GBK, GB2312 or GB18030,
 * often declared only in a `<meta>` tag, sometimes not at all. Order: byte-order mark, then the
 * Content-Type header, then a declaration in the first bytes (`<meta charset>`,
 * `<meta http-equiv="Content-Type">`, `<?xml encoding>`), then UTF-8. When UTF-8 (declared or
 * assumed) does not decode cleanly the bytes are read as GB18030, a superset of GBK and GB2312:
 * a page mislabelled UTF-8 by its server is far more likely to be GBK than anything else here.
 */

const SNIFF_BYTES = 4096;

export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes); // TextDecoder strips the BOM itself

  const declared = charsetFromContentType(contentType) ?? sniffDeclaredCharset(bytes);
  const label = declared ? supportedLabel(declared) : null;
  if (label && label !== 'utf-8') return new TextDecoder(label).decode(bytes);

  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

/** The charset a document declares about itself in its first bytes, if any. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // Declarations are ASCII, and latin1 maps every byte to one character, so this is safe to
  // search whatever the real encoding is.
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const metaCharset = /<meta[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return metaCharset?.[1] ?? null;
}

/** Normalised WHATWG label when Node can decode it, else null. */
function supportedLabel(label: string): string | null {
  try {
    return new TextDecoder(label.toLowerCase()).encoding;
  } catch {
    return null;
  }
}
