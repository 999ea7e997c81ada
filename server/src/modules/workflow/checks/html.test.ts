import { describe, expect, it } from 'vitest';

import { createContentChecker, htmlToText } from './index.js';

describe('htmlToText', () => {
  it('strips tags, decodes entities and breaks lines at block elements and <br>', () => {
    expect(htmlToText('<h1>标题</h1><p>甲&amp;乙&lt;丙&gt;&#x4E2D;&#25991;&nbsp;结束<br>下一行</p><ul><li>一</li><li>二</li></ul>')).toBe(
      '标题\n甲&乙<丙>中文\u00a0结束\n下一行\n一\n二\n',
    );
  });

  it('drops script and style content but keeps inline text together', () => {
    expect(htmlToText('<p>正<script>var a = "九游会";</script>文<style>p{}</style><b>加粗</b><span>内容</span></p>')).toBe(
      '正文加粗内容\n',
    );
  });

  it('gives the offsets HTML findings refer to', () => {
    const html = '<div><p>第一段&nbsp;<em>强调</em></p><p>联系人手机&#xFF1A;13812345678。</p></div>';
    const text = htmlToText(html);
    const [finding] = createContentChecker([]).check({ html: { body: html } });
    expect(finding).toMatchObject({ rule: 'privacy.mobile', match: '13812345678' });
    expect(text.slice(finding!.start, finding!.end)).toBe('13812345678');
    expect(finding!.start).toBe(text.indexOf('13812345678'));
  });

  it('survives broken markup', () => {
    expect(htmlToText('<p>未闭合<b>粗体<a href="x">链接')).toBe('未闭合粗体链接\n'); // the parser closes the <p> at the end
    expect(htmlToText('</div>多余的闭合</span>文本')).toBe('多余的闭合文本');
    expect(htmlToText('')).toBe('');
  });
});
