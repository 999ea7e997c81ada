import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { normalizeWord } from './normalize.js';
import { createContentChecker, defaultDictionary } from './index.js';

const checker = createContentChecker(defaultDictionary);

describe('default dictionary', () => {
  it('is a starter set of sound entries', () => {
    expect(defaultDictionary.length).toBeGreaterThanOrEqual(60);
    expect(defaultDictionary.length).toBeLessThanOrEqual(150);
    const words = defaultDictionary.map((e) => normalizeWord(e.word));
    expect(new Set(words).size).toBe(words.length);
    for (const entry of defaultDictionary) {
      if (entry.category === 'wrong_term') expect(entry).toMatchObject({ severity: 'warn', replacement: expect.any(String) });
      else expect(entry.severity).toBe('block');
      if (entry.category === 'leader') expect(entry.replacement).toEqual(expect.any(String));
    }
    const categories = new Set(defaultDictionary.map((e) => e.category));
    expect([...categories].sort()).toEqual(['leader', 'sensitive', 'spam', 'wrong_term']);
  });

  it('never flags its own corrections, so applying a suggestion cannot create a new finding', () => {
    const corrections = defaultDictionary.flatMap((e) => (e.replacement ? [e.replacement] : []));
    expect(corrections.length).toBeGreaterThan(40);
    expect(checker.check({ text: { body: corrections.join('。') } })).toEqual([]);
  });

  it('flags each of its wrong forms with the right rule', () => {
    for (const entry of defaultDictionary) {
      const findings = checker.check({ text: { body: `前文${entry.word}后文` } });
      const rule = entry.category === 'spam' ? 'spam.gambling_term' : `dictionary.${entry.category}`;
      expect(findings.map((f) => [f.rule, f.start])).toContainEqual([rule, 2]);
    }
  });
});

// The five seed documents are real government texts: no false positives allowed, and exactly the
// injected spam described in their README.
const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/seeds');
const hasSeeds = fs.existsSync(path.join(seedsDir, '004_0a0463c29425a47b.txt'));

describe.skipIf(!hasSeeds)('the seed documents (../shared/seeds)', () => {
  const check = (file: string) =>
    checker.check({ text: { body: fs.readFileSync(path.join(seedsDir, file), 'utf8') } }).map((f) => `${f.rule} ${f.match}`);

  it('finds nothing in the three clean documents', () => {
    for (const file of ['001_6209a2356b762afe.txt', '002_a8e856f53a8e9bbb.txt', '003_5f14c0eff2f478be.txt']) {
      expect(check(file)).toEqual([]);
    }
  });

  it('finds exactly the injected spam in the other two', () => {
    expect(check('000_afaec0d32ba9fa23.txt')).toEqual([
      'spam.gambling_term 九游会国际',
      'spam.gambling_term 九游会老哥俱乐部登录',
      'spam.gambling_term 九游会国际',
    ]);
    expect(check('004_0a0463c29425a47b.txt')).toEqual(['spam.pattern 365bet官方网址_365betvip5_beat365亚洲体育在线']);
  });
});
