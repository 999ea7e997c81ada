import { createSiteRenderer } from '../renderer.ts';
import { sampleViews } from '../fixtures.ts';
const r = createSiteRenderer({ themeKey: 'default', overrides: new Map(), revision: '1' });
const v = sampleViews.itemPolicyRepealed;
let max = 0, n = 0;
for (let round = 0; round < 5; round++) {
  const uncached = Array.from({ length: 1000 }, (_, i) => { const c = structuredClone(v); c.site.id = 100000 + round * 1000 + i; return c; });
  for (let i = 0; i < 1000; i++) { const t = performance.now(); try { r.render(uncached[i]); } catch (e) { console.log('fail at', round, i, performance.now() - t, String(e).slice(0, 80)); process.exit(1); } max = Math.max(max, performance.now() - t); n++; }
}
console.log('max', max, n);
