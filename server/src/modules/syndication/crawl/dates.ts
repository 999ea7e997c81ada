/**
 * Dates as government sites write them: `2024-03-15`, `2024/3/15`, `2024.03.15`,
 * `2024年3月15日`, optionally followed by a time, and in lists sometimes just `03-15`. A date
 * without a zone is China Standard Time (UTC+8): these sites publish for China and never say.
 * Everything comes back as an ISO instant (`toISOString()`, UTC).
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const FULL_DATE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

/** The first full date in `text`, or null. */
export function findDate(text: string): string | null {
  const re = new RegExp(FULL_DATE.source, 'g');
  for (const match of text.matchAll(re)) {
    const iso = chinaTimeToIso(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      Number(match[4] ?? 0),
      Number(match[5] ?? 0),
      Number(match[6] ?? 0),
    );
    if (iso) return iso;
  }
  return null;
}

/** The date in a label like `发布时间：2024-03-15` anywhere in `text`, or null. */
export function findLabelledDate(text: string): string | null {
  const re = /(?:发布时间|发布日期|发文日期|成文日期|更新时间|日期|时间)\s*[:：]?\s*/g;
  for (const match of text.matchAll(re)) {
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40);
    const anchored = new RegExp(`^${FULL_DATE.source}`).exec(after);
    if (anchored) {
      const iso = findDate(anchored[0]);
      if (iso) return iso;
    }
  }
  return null;
}

/**
 * A list entry's date written without a year (`03-15`, `[3/15]`, `3月15日`): the most recent such
 * day not after `now` (a December item seen in January belongs to last year).
 */
export function findShortDate(text: string, now: Date): string | null {
  const match = /^[[(（【]?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[\])）】]?$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const chinaNow = new Date(now.getTime() + CHINA_OFFSET_MS);
  let year = chinaNow.getUTCFullYear();
  let iso = chinaTimeToIso(year, month, day);
  if (iso && Date.parse(iso) > now.getTime()) {
    year -= 1;
    iso = chinaTimeToIso(year, month, day);
  }
  return iso;
}

/** A feed or meta date: ISO 8601 or RFC 822 with a zone, or one of the Chinese forms above. */
export function parseDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  // A date that names its zone (RFC 822 `+0800`/`GMT`, ISO `Z`/`+08:00`) is taken as written.
  const hasZone = /(?:[+-]\d{2}:?\d{2}|Z|GMT|UTC|UT|[ECMP][SD]T)\s*$/i.test(text);
  if (hasZone) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return findDate(text);
}

function chinaTimeToIso(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string | null {
  if (year < 1949 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null; // 2月30日
  return new Date(utc - CHINA_OFFSET_MS).toISOString();
}
