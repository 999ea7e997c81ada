import { createSiteRenderer } from '../renderer.ts';
import { sampleViews } from '../fixtures.ts';
const r = createSiteRenderer({ themeKey: 'default', overrides: new Map(), revision: '1' });
const v = sampleViews[(process.argv[2] ?? 'itemPolicyRepealed') as 'itemNews'];
for (let i = 0; i < 3000; i++) r.render(v);
const N = 5000;
function measure(views: any[]) {
  const c0 = process.cpuUsage(); const t = process.hrtime.bigint();
  for (let i = 0; i < views.length; i++) r.render(views[i]);
  const wall = Number(process.hrtime.bigint() - t) / 1e6 / views.length;
  const c = process.cpuUsage(c0); const cpu = (c.user + c.system) / 1e3 / views.length;
  return `${wall.toFixed(4)} wall / ${cpu.toFixed(4)} cpu ms/page`;
}
for (let round = 0; round < 3; round++) {
  const same = measure(Array(N).fill(v));
  const fresh = measure(Array.from({ length: N }, () => structuredClone(v)));
  const nocache = measure(Array.from({ length: 1000 }, (_, i) => { const c = structuredClone(v); c.site.id = 100000 + round * 1000 + i; return c; }));
  console.log(`same view objects: ${same}; fresh (cloned) views: ${fresh}; header/footer not cached: ${nocache}`);
}
