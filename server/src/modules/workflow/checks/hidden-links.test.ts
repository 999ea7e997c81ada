import { describe, expect, it } from 'vitest';

import { createContentChecker, htmlToText, type Finding } from './index.js';

const checker = createContentChecker([]);

function hidden(html: string): Array<Pick<Finding, 'rule' | 'severity' | 'start' | 'end' | 'match'>> {
  return checker
    .check({ html: { body: html } })
    .filter((f) => f.checker === 'hidden_link')
    .map(({ rule, severity, start, end, match }) => ({ rule, severity, start, end, match }));
}

// "正文" + link text "友情链接" at offsets 2–6 of the plain text in every case below.
const wrapOnLink = (attrs: string) => `<p>正文<a href="http://example.com/" ${attrs}>友情链接</a>结尾</p>`;
const wrapOnParent = (attrs: string) => `<p>正文<span ${attrs}><a href="http://example.com/">友情链接</a></span>结尾</p>`;
const AT_LINK = [{ rule: 'hidden_link.style', severity: 'block', start: 2, end: 6, match: '友情链接' }];

describe('hidden links', () => {
  it.each([
    ['display:none', 'style="display:none"', '样式 display:none'],
    ['display:none, upper case, !important', 'style="DISPLAY: NONE !important"', '样式 display:none'],
    ['visibility:hidden', 'style="visibility:hidden"', '样式 visibility:hidden'],
    ['font-size:0', 'style="font-size:0"', '字号为 0'],
    ['font-size:0px', 'style="color:#333;font-size:0px;"', '字号为 0'],
    ['opacity:0', 'style="opacity:0"', '透明度为 0'],
    ['opacity:0.01', 'style="opacity: .01"', '透明度为 0'],
    ['height:0 + overflow:hidden', 'style="height:0;overflow:hidden"', '高度或宽度为 0 且 overflow:hidden'],
    ['width:1px + overflow:hidden', 'style="width:1px; overflow: hidden"', '高度或宽度为 0 且 overflow:hidden'],
    ['position:absolute; left:-9999px', 'style="position:absolute;left:-9999px"', '定位移出可视区域'],
    ['position:fixed; top:-100em', 'style="position:fixed; top:-100em"', '定位移出可视区域'],
    ['clip:rect(0 0 0 0)', 'style="position:absolute;clip:rect(0 0 0 0)"', '裁剪为 0（clip）'],
    ['margin-left:-5000px', 'style="margin-left:-5000px"', '外边距移出可视区域'],
    ['text-indent:-9999px', 'style="text-indent:-9999px"', '首行缩进移出可视区域'],
    ['hidden attribute', 'hidden', 'hidden 属性'],
    ['aria-hidden', 'aria-hidden="true"', 'aria-hidden="true"'],
  ])('blocks a link hidden by %s, on the link or on an ancestor', (_label, attrs, reason) => {
    expect(hidden(wrapOnLink(attrs))).toEqual(AT_LINK);
    expect(hidden(wrapOnParent(attrs))).toEqual(AT_LINK);
    const [finding] = checker.check({ html: { body: wrapOnParent(attrs) } });
    expect(finding!.message).toBe(`隐藏链接（http://example.com/）：${reason}，疑似被植入的暗链，须删除`);
  });

  it.each([
    ['no style', ''],
    ['ordinary styles', 'style="color:#c00; font-size:14px; font-weight:bold"'],
    ['a Chinese paragraph indent', 'style="text-indent:2em"'],
    ['height:0 without overflow:hidden', 'style="height:0"'],
    ['overflow:hidden with a real size', 'style="height:200px;overflow:hidden"'],
    ['a small offset', 'style="position:relative;left:-10px;top:2px"'],
    ['half opacity', 'style="opacity:0.5"'],
    ['aria-hidden="false"', 'aria-hidden="false"'],
  ])('does not flag a visible link with %s', (_label, attrs) => {
    expect(hidden(wrapOnLink(attrs))).toEqual([]);
    expect(hidden(wrapOnParent(attrs))).toEqual([]);
  });

  it('flags only the links inside the hidden element, also when the parser closes it implicitly', () => {
    const html =
      '<div style="display:none"><a href="http://a.example/">甲</a></div><a href="http://b.example/">乙</a>' +
      '<p style="font-size:0"><a href="http://c.example/">丙</a><p><a href="http://d.example/">丁</a>';
    expect(htmlToText(html)).toBe('甲\n乙\n丙\n丁\n');
    expect(hidden(html).map((f) => f.match)).toEqual(['甲', '丙']);
  });

  it('reports a hidden link without text at its position, with the target in the message', () => {
    const [finding] = checker.check({ html: { body: '<p>正文<a href="http://x.example/" style="display:none"></a>结尾</p>' } });
    expect(finding).toMatchObject({ rule: 'hidden_link.style', start: 2, end: 2, match: '' });
    expect(finding!.message).toContain('http://x.example/');
  });

  it('ignores a hidden anchor without href (a jump target, not a link)', () => {
    expect(hidden('<p><a name="top" style="display:none"></a>正文<a id="s2" hidden>第二节</a></p>')).toEqual([]);
  });

  it('looks at HTML fields only', () => {
    expect(checker.check({ text: { body: '<a href="http://x.example/" style="display:none">友情链接</a>' } })).toEqual([]);
  });
});
