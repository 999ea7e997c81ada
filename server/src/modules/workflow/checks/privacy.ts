// Personal data: resident ID numbers, bank card numbers, mobile numbers. Runs on the folded text
// (full-width digits already ASCII, same offsets as the plain text). A number is only considered
// when it stands alone: digits right before or after it mean it is part of a longer number.
import type { FindingDraft } from './findings.js';

// GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check.
// Also accepts the 6-8-4 grouping with single spaces that forms and scans produce.
const ID_RE = /(?<![0-9])\d{6}( ?)\d{8}\1\d{3}[0-9x](?![0-9x])/g;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10x98765432';
// Province-level codes (and 81/82/83 for Hong Kong, Macao, Taiwan residence permits).
const ID_REGIONS = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
  83, 91,
]);

// Ungrouped 16–19 digits, or 4-4-4-4(-1..3) groups with one consistent separator.
const CARD_PLAIN_RE = /(?<![0-9])\d{16,19}(?![0-9])/g;
const CARD_GROUPED_RE = /(?<![0-9]|[0-9][ -])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![0-9]|[ -][0-9])/g;

// 11 digits 1[3-9]…, alone or as 3-4-4 with one consistent separator, optionally after +86.
// Not preceded or followed by a digit or a decimal part (amounts such as 13812345678.00).
const MOBILE_RE = /(?:(?<=(?<![0-9])\+?86[ -]?)|(?<![0-9]|[0-9]\.))1[3-9]\d([ -]?)\d{4}\1\d{4}(?![0-9]|\.[0-9])/g;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isPlausibleBirthDate(yyyymmdd: string, now: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const monthDays = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > monthDays) return false;
  const today = now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  return year * 10000 + month * 100 + day <= today;
}

/** The ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') of the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!.toUpperCase();
}

/** True for an 18-character resident ID number with a known region, a real past birth date and a correct check character. */
export function isValidIdNumber(id: string, now: Date = new Date()): boolean {
  if (!/^\d{17}[0-9Xx]$/.test(id)) return false;
  if (!ID_REGIONS.has(Number(id.slice(0, 2)))) return false;
  if (!isPlausibleBirthDate(id.slice(6, 14), now)) return false;
  return idNumberCheckChar(id.slice(0, 17)) === id[17]!.toUpperCase();
}

/** Luhn (mod 10) check over a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let isDoubled = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (isDoubled) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    isDoubled = !isDoubled;
  }
  return sum % 10 === 0;
}

/**
 * Issuer prefixes and lengths of the cards found in Chinese documents: UnionPay 62 (and the older
 * 60 domestic ranges) 16–19, Visa 4 16/19, Mastercard 51–55 and 22–27 16, JCB 35 16–19, older
 * domestic 19-digit cards 95–99. 13–15-digit cards (old Visa, Amex) are left out: they are
 * practically absent here and collide with 15-digit first-generation ID numbers and other codes.
 */
export function hasCardIssuerPrefix(digits: string): boolean {
  const n = digits.length;
  const two = Number(digits.slice(0, 2));
  if (two === 62 || two === 60 || two === 35) return n >= 16 && n <= 19;
  if (digits[0] === '4') return n === 16 || n === 19;
  if ((two >= 51 && two <= 55) || (two >= 22 && two <= 27)) return n === 16;
  if (two >= 95) return n === 19;
  return false;
}

function overlaps(taken: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return taken.some(([s, e]) => start < e && s < end);
}

/** Drafts in folded-text offsets (= plain-text offsets). */
export function privacyDrafts(folded: string, now: Date = new Date()): FindingDraft[] {
  // Cheap exit: every pattern needs at least three digits in a row.
  if (!/\d{3}/.test(folded)) return [];
  const drafts: FindingDraft[] = [];
  const taken: Array<[number, number]> = [];

  for (const m of folded.matchAll(ID_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isValidIdNumber(m[0].replace(/ /g, ''), now)) continue;
    taken.push([start, end]);
    drafts.push({
      checker: 'privacy',
      rule: 'privacy.id_number',
      severity: 'block',
      start,
      end,
      message: '疑似公民身份号码（校验位正确），发布前须删除或脱敏',
    });
  }

  for (const re of [CARD_PLAIN_RE, CARD_GROUPED_RE]) {
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = m[0].replace(/[ -]/g, '');
      if (overlaps(taken, start, end) || !hasCardIssuerPrefix(digits) || !passesLuhn(digits)) continue;
      taken.push([start, end]);
      drafts.push({
        checker: 'privacy',
        rule: 'privacy.bank_card',
        severity: 'block',
        start,
        end,
        message: '疑似银行卡号（通过 Luhn 校验），发布前须删除或脱敏',
      });
    }
  }

  for (const m of folded.matchAll(MOBILE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    drafts.push({
      checker: 'privacy',
      rule: 'privacy.mobile',
      severity: 'warn',
      start,
      end,
      message: '疑似个人手机号码；如非公开的办事服务电话，发布前请删除或脱敏',
    });
  }
  return drafts;
}
