import { Liquid } from 'liquidjs';
import fs from 'node:fs';
import { sampleViews } from '../fixtures.ts';
const dir = '../templates/default/';
const v = sampleViews.itemPolicyRepealed;
function bench(label: string, opts: any, name: string, globals?: any) {
  const l = new Liquid({ cache: true, jsTruthy: true, ownPropertyOnly: true, ...opts });
  l.registerTag('head_tags', { render: () => '<meta>' });
  const tpl = l.parse(fs.readFileSync(dir + name + '.liquid', 'utf8'));
  for (let i = 0; i < 3000; i++) l.renderSync(tpl, v, globals ? { globals } : undefined);
  const N = 5000; const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) l.renderSync(tpl, v, globals ? { globals } : undefined);
  const c = process.cpuUsage(c0);
  console.log(label, name, ((c.user + c.system) / 1e3 / N).toFixed(4));
}
const esc = (x: any) => String(x ?? '').replace(/[&<>"']/g, '');
const g = { headerHtml: 'x', footerHtml: 'y', contentHtml: 'z' };
bench('escape+limits', { outputEscape: esc, renderLimit: 1000, memoryLimit: 2e7 }, 'item'); bench('escape+limits', { outputEscape: esc, renderLimit: 1000, memoryLimit: 2e7 }, 'layout', g);

