import { describe, expect, it } from 'vitest';

import { createContentChecker, type Finding } from './index.js';
import { idNumberCheckChar, isValidIdNumber, passesLuhn } from './privacy.js';

const checker = createContentChecker([]);
const NOW = new Date('2026-11-22T12:00:00+08:00');

function privacy(text: string): Array<Pick<Finding, 'rule' | 'severity' | 'start' | 'end' | 'match'>> {
  return checker
    .check({ text: { body: text } })
    .filter((f) => f.checker === 'privacy')
    .map(({ rule, severity, start, end, match }) => ({ rule, severity, start, end, match }));
}

describe('resident ID numbers', () => {
  // Check characters computed by hand from the GB 11643 weights (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → 1 0 X 9 8 7 6 5 4 3 2).
  it.each([
    ['11010519491231002X', 'X'],
    ['440308199901010012', '2'],
    ['320102200002290013', '3'], // 29 February of a leap year
    ['510107198510151236', '6'],
    ['330106197807050044', '4'],
  ])('accepts %s (check character %s)', (id, check) => {
    expect(idNumberCheckChar(id.slice(0, 17))).toBe(check);
    expect(isValidIdNumber(id, NOW)).toBe(true);
  });

  it('rejects a wrong check character, an impossible or future birth date and an unknown region', () => {
    expect(isValidIdNumber('110105194912310021', NOW)).toBe(false); // check should be X
    expect(isValidIdNumber('110105199902310010', NOW)).toBe(false); // 1999-02-31, checksum right
    expect(isValidIdNumber('110105190002290017', NOW)).toBe(false); // 1900 is not a leap year
    expect(isValidIdNumber('110105209901010012', NOW)).toBe(false); // born in 2099
    expect(isValidIdNumber('990105194912310027', NOW)).toBe(false); // region 99 does not exist
  });

  it('blocks an ID number with a valid checksum, with its offsets and text', () => {
    const text = '申请人张某，公民身份号码11010519491231002X，住址略。';
    expect(privacy(text)).toEqual([{ rule: 'privacy.id_number', severity: 'block', start: 12, end: 30, match: '11010519491231002X' }]);
  });

  it('accepts a lower-case x, full-width digits and the 6-8-4 grouping', () => {
    expect(privacy('号码11010519491231002x')).toHaveLength(1);
    const fullWidth = '号码１１０１０５１９４９１２３１００２Ｘ。';
    expect(privacy(fullWidth)).toEqual([
      { rule: 'privacy.id_number', severity: 'block', start: 2, end: 20, match: '１１０１０５１９４９１２３１００２Ｘ' },
    ]);
    expect(privacy('身份证 110105 19491231 002X 已核验')[0]).toMatchObject({ start: 4, end: 24, rule: 'privacy.id_number' });
  });

  it('ignores a wrong checksum, an impossible date, 15-digit old numbers and digits inside a longer run', () => {
    expect(privacy('号码110105194912310021')).toEqual([]);
    expect(privacy('号码110105199902310010')).toEqual([]);
    expect(privacy('旧号码110105491231002')).toEqual([]);
    expect(privacy('流水号911010519491231002X')).toEqual([]);
    expect(privacy('流水号11010519491231002X7')).toEqual([]);
  });
});

describe('mobile numbers', () => {
  it('warns on a standalone mobile number, with or without separators', () => {
    expect(privacy('联系电话：13812345678。')).toEqual([
      { rule: 'privacy.mobile', severity: 'warn', start: 5, end: 16, match: '13812345678' },
    ]);
    expect(privacy('电话 138-1234-5678 或 139 8765 4321')).toEqual([
      { rule: 'privacy.mobile', severity: 'warn', start: 3, end: 16, match: '138-1234-5678' },
      { rule: 'privacy.mobile', severity: 'warn', start: 19, end: 32, match: '139 8765 4321' },
    ]);
    expect(privacy('请拨打+8613812345678')).toEqual([
      { rule: 'privacy.mobile', severity: 'warn', start: 6, end: 17, match: '13812345678' },
    ]);
  });

  it('does not flag numbers inside longer digit runs, landlines, mixed separators, dates or amounts', () => {
    expect(privacy('订单号2023138123456789')).toEqual([]);
    expect(privacy('编号138123456789')).toEqual([]); // 12 digits
    expect(privacy('服务热线010-12345678，12345')).toEqual([]);
    expect(privacy('电话138-1234 5678')).toEqual([]);
    expect(privacy('2023年12月31日，金额13,812,345,678.00元，合计13812345678.50元')).toEqual([]);
    expect(privacy('号码12812345678')).toEqual([]); // 12x is not a mobile prefix
  });
});

describe('bank card numbers', () => {
  it('implements Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(passesLuhn('6222021234567890127')).toBe(false);
  });

  it('blocks Luhn-valid numbers with a card issuer prefix, grouped or not', () => {
    expect(privacy('收款账号6222021234567890128（工商银行）')).toEqual([
      { rule: 'privacy.bank_card', severity: 'block', start: 4, end: 23, match: '6222021234567890128' },
    ]);
    expect(privacy('卡号：6228 4800 1234 5671')).toEqual([
      { rule: 'privacy.bank_card', severity: 'block', start: 3, end: 22, match: '6228 4800 1234 5671' },
    ]);
    expect(privacy('卡号 6217-0000-1234-5670，')).toMatchObject([{ rule: 'privacy.bank_card', start: 3, end: 22 }]);
    expect(privacy('Visa 4111111111111111')).toMatchObject([{ rule: 'privacy.bank_card', start: 5, end: 21 }]);
    expect(privacy('老卡9558801234567890128')).toMatchObject([{ rule: 'privacy.bank_card', start: 2, end: 21 }]);
  });

  it('does not flag Luhn failures, order numbers without an issuer prefix, or parts of longer numbers', () => {
    expect(privacy('卡号6222021234567890127')).toEqual([]); // Luhn fails
    expect(privacy('订单号2023112200000000')).toEqual([]); // Luhn-valid, but 20 is no issuer
    expect(privacy('编号62220212345678901280')).toEqual([]); // 20 digits
    expect(privacy('6222 0212 3456 7890 1234 5')).toEqual([]); // five groups: not a card layout
  });

  it('reports an 18-digit number once: as an ID when its checksum holds', () => {
    expect(privacy('440308199901010012').map((f) => f.rule)).toEqual(['privacy.id_number']);
  });
});

describe('excerpt and message', () => {
  it('gives the editor the number, about 20 characters of context and a Chinese message', () => {
    const before = '根据《政府信息公开条例》有关规定，现将申请人信息公示如下：姓名张某，';
    const [finding] = checker.check({ text: { summary: `${before}身份证号11010519491231002X，以上。` } });
    expect(finding).toMatchObject({
      field: 'summary',
      match: '11010519491231002X',
      message: '疑似公民身份号码（校验位正确），发布前须删除或脱敏',
    });
    expect(finding!.excerpt).toBe('…将申请人信息公示如下：姓名张某，身份证号11010519491231002X，以上。');
  });
});
