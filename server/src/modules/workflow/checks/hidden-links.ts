// Hidden links (暗链): an <a> that the page carries but a reader cannot see, because it or an
// ancestor is hidden by an attribute or an inline style. Only inline styles and attributes are
// read: stored rich text carries no stylesheets, and the editor must not allow <style> in bodies.

type Declarations = Map<string, string>;

function parseStyle(style: string): Declarations {
  const declarations: Declarations = new Map();
  for (const part of style.replace(/\/\*[\s\S]*?\*\//g, '').split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (property && value) declarations.set(property, value);
  }
  return declarations;
}

// Approximate CSS pixels of a length; null when the value is not a plain length.
function toPixels(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(px|pt|em|rem|%|vw|vh|cm|mm|in)?$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]) {
    case undefined:
    case 'px':
      return n;
    case 'pt':
      return (n * 4) / 3;
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
    case 'vw':
    case 'vh':
      return n * 10; // −100 % of a viewport or container is off-screen whatever its size
    case 'cm':
      return n * 37.8;
    case 'mm':
      return n * 3.78;
    case 'in':
      return n * 96;
    default:
      return null;
  }
}

const OFF_SCREEN_PX = -500;

function isTiny(value: string | undefined): boolean {
  const px = toPixels(value);
  return px !== null && px <= 1;
}

function isOffScreen(value: string | undefined): boolean {
  const px = toPixels(value);
  return px !== null && px <= OFF_SCREEN_PX;
}

/**
 * Why an element with these attributes is invisible, in words for the editor, or null when it is
 * visible as far as its own attributes tell.
 */
export function hiddenReason(attribs: Readonly<Record<string, string>>): string | null {
  if ('hidden' in attribs) return 'hidden 属性';
  if ((attribs['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return 'aria-hidden="true"';
  const style = attribs.style;
  if (!style) return null;
  const css = parseStyle(style);
  if (css.get('display') === 'none') return '样式 display:none';
  const visibility = css.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return `样式 visibility:${visibility}`;
  const fontSize = toPixels(css.get('font-size'));
  if (fontSize !== null && fontSize <= 1) return '字号为 0';
  const opacity = /^([+-]?(?:\d+\.?\d*|\.\d+))(%?)$/.exec(css.get('opacity') ?? '');
  if (opacity && Number(opacity[1]) / (opacity[2] ? 100 : 1) <= 0.05) return '透明度为 0';
  const overflow = [css.get('overflow'), css.get('overflow-x'), css.get('overflow-y')];
  const isClipped = overflow.some((v) => v !== undefined && /^(?:hidden|clip)\b/.test(v));
  const isCollapsed = ['height', 'max-height', 'width', 'max-width'].some((p) => isTiny(css.get(p)));
  if (isClipped && isCollapsed) return '高度或宽度为 0 且 overflow:hidden';
  const position = css.get('position');
  if (position === 'absolute' || position === 'fixed' || position === 'relative') {
    if (['left', 'top', 'right', 'bottom'].some((p) => isOffScreen(css.get(p)))) return '定位移出可视区域';
    if (
      (position === 'absolute' || position === 'fixed') &&
      /^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/.test(css.get('clip') ?? '')
    ) {
      return '裁剪为 0（clip）';
    }
  }
  if (['margin-left', 'margin-top'].some((p) => isOffScreen(css.get(p)))) return '外边距移出可视区域';
  if (isOffScreen(css.get('text-indent'))) return '首行缩进移出可视区域';
  return null;
}
