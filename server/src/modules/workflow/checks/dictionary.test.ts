import AhoCorasick from 'ahocorasick';
import { describe, expect, it } from 'vitest';

import { compileAutomaton, searchAutomaton } from './dictionary.js';
import { createContentChecker, type DictionaryEntry, type Finding } from './index.js';

const entries: DictionaryEntry[] = [
  { word: '国务院办工厅', category: 'wrong_term', severity: 'warn', replacement: '国务院办公厅' },
  { word: '办工厅', category: 'wrong_term', severity: 'warn', replacement: '办公厅' },
  { word: '社会主意', category: 'wrong_term', severity: 'warn', replacement: '社会主义' },
  {
    word: '习近平新时代中国特色社会主意思想',
    category: 'leader',
    severity: 'block',
    replacement: '习近平新时代中国特色社会主义思想',
  },
  { word: '习近萍', category: 'leader', severity: 'block', replacement: '习近平' },
  { word: '法轮功', category: 'sensitive', severity: 'block', note: '邪教组织' },
  { word: 'XYZ会', category: 'sensitive', severity: 'block' },
  { word: '甲乙丙', category: 'wrong_term', severity: 'warn', replacement: '甲乙' },
  { word: '丙丁戊', category: 'wrong_term', severity: 'warn', replacement: '丁戊' },
  { word: '子丑寅卯', category: 'wrong_term', severity: 'warn' },
  { word: '丑寅', category: 'sensitive', severity: 'block' },
  { word: 'abc', category: 'sensitive', severity: 'warn' },
];
const checker = createContentChecker(entries);

type Short = Pick<Finding, 'rule' | 'severity' | 'start' | 'end' | 'match'>;
function findings(text: string): Short[] {
  return checker.check({ text: { body: text } }).map(({ rule, severity, start, end, match }) => ({ rule, severity, start, end, match }));
}

describe('dictionary matching', () => {
  it('carries severity, suggestion and note, with offsets in the original text', () => {
    const [wrong, sensitive] = checker.check({ text: { title: '关于国务院办工厅通知；法轮功' } });
    expect(wrong).toMatchObject({
      checker: 'dictionary',
      rule: 'dictionary.wrong_term',
      severity: 'warn',
      field: 'title',
      start: 2,
      end: 8,
      match: '国务院办工厅',
      suggestion: '国务院办公厅',
      message: '疑似错误表述“国务院办工厅”，应为“国务院办公厅”',
    });
    expect(sensitive).toMatchObject({
      rule: 'dictionary.sensitive',
      severity: 'block',
      start: 11,
      end: 14,
      message: '含敏感词“法轮功”，不得发布（邪教组织）',
    });
    expect(sensitive).not.toHaveProperty('suggestion');
  });

  it('reports leader-name errors as blocking', () => {
    expect(findings('国家主席习近萍指出')).toEqual([{ rule: 'dictionary.leader', severity: 'block', start: 4, end: 7, match: '习近萍' }]);
  });

  it('catches full-width letters, case, zero-width characters and blanks between CJK characters', () => {
    expect(findings('有ｘｙｚ会活动')).toEqual([{ rule: 'dictionary.sensitive', severity: 'block', start: 1, end: 5, match: 'ｘｙｚ会' }]);
    expect(findings('有Xyz会活动')[0]).toMatchObject({ start: 1, end: 5, match: 'Xyz会' });
    expect(findings('前文。法\u200b轮　功，后文')).toEqual([
      { rule: 'dictionary.sensitive', severity: 'block', start: 3, end: 8, match: '法\u200b轮　功' },
    ]);
    // A later match keeps the right offsets after characters removed earlier.
    expect(findings('办 工 厅与法轮功').map((f) => [f.start, f.end, f.match])).toEqual([
      [0, 5, '办 工 厅'],
      [6, 9, '法轮功'],
    ]);
  });

  it('keeps overlapping words that do not contain one another', () => {
    expect(findings('甲乙丙丁戊')).toEqual([
      { rule: 'dictionary.wrong_term', severity: 'warn', start: 0, end: 3, match: '甲乙丙' },
      { rule: 'dictionary.wrong_term', severity: 'warn', start: 2, end: 5, match: '丙丁戊' },
    ]);
  });

  it('reports a word inside a longer one of at least its severity only once', () => {
    expect(findings('国务院办工厅')).toHaveLength(1);
    const leader = findings('深入学习习近平新时代中国特色社会主意思想');
    expect(leader).toEqual([
      { rule: 'dictionary.leader', severity: 'block', start: 4, end: 20, match: '习近平新时代中国特色社会主意思想' },
    ]);
  });

  it('keeps a blocking word inside a warning one', () => {
    expect(findings('子丑寅卯').map((f) => f.rule)).toEqual(['dictionary.wrong_term', 'dictionary.sensitive']);
  });

  it('finds every occurrence', () => {
    expect(findings('办工厅、办工厅和办工厅').map((f) => f.start)).toEqual([0, 4, 8]);
  });

  it('does not cut a Latin word out of a longer Latin word', () => {
    expect(findings('xabcx, abcd')).toEqual([]);
    expect(findings('abc123 中abc中').map((f) => f.start)).toEqual([0, 8]);
  });

  it('skips empty words and unknown categories, and merges duplicates', () => {
    const odd = createContentChecker([
      { word: '  ', category: 'sensitive', severity: 'block' },
      { word: '某词', category: 'unknown' as never, severity: 'block' },
      { word: 'BET365', category: 'spam', severity: 'block' },
      { word: 'bet365', category: 'spam', severity: 'block' },
    ]);
    expect(odd.check({ text: { body: '某词 bet365' } }).map((f) => f.match)).toEqual(['bet365']);
    expect(createContentChecker([]).check({ text: { body: '法轮功' } })).toEqual([]);
  });

  it('finds words in every shard of a large dictionary', () => {
    const filler: DictionaryEntry[] = Array.from({ length: 26_000 }, (_, i) => ({
      word: `填充${i.toString(36)}词`,
      category: 'wrong_term',
      severity: 'warn',
    }));
    const targets: DictionaryEntry[] = ['第一目标', '第二目标', '第三目标'].map((word) => ({
      word,
      category: 'sensitive',
      severity: 'block',
    }));
    const large = createContentChecker([targets[0]!, ...filler.slice(0, 13_000), targets[1]!, ...filler.slice(13_000), targets[2]!]);
    const found = large.check({ text: { body: '第三目标、第二目标、第一目标、填充a词' } });
    expect(found.map((f) => [f.match, f.start])).toEqual([
      ['第三目标', 0],
      ['第二目标', 5],
      ['第一目标', 10],
      ['填充a词', 15],
    ]);
  });

  it('is reusable: a second check gives the same result', () => {
    const input = { text: { title: '国务院办工厅', body: '习近萍' } };
    expect(checker.check(input)).toEqual(checker.check(input));
    expect(checker.check(input)).toHaveLength(2);
  });
});

describe('compiled automaton', () => {
  it('finds exactly what the ahocorasick package finds', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const alphabet = '政府网站信息公开办事服务互动交流abc12';
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const words = [...new Set(Array.from({ length: 400 }, () => pick(1 + Math.floor(rand() * 5))))];
    const automaton = new AhoCorasick(words);
    const compiled = compileAutomaton(automaton);
    expect(compiled).not.toBeNull();
    for (let i = 0; i < 20; i += 1) {
      const text = pick(500);
      const expected = automaton.search(text).map(([end, found]) => [end, [...found].sort()]);
      const actual = searchAutomaton(compiled!, text).map(([end, found]) => [end, [...found].sort()]);
      expect(actual).toEqual(expected);
      expect(actual.length).toBeGreaterThan(0);
    }
  });
});
