import dayjs from 'dayjs';

/** Time as the console shows it everywhere: 2026-11-22 09:05:00 (local time). */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : value;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD') : value;
}

/** Empty strings from a form become null, which is how the API says "no value". */
export function emptyToNull<T>(value: T | '' | undefined): T | null {
  return value === '' || value === undefined ? null : value;
}
