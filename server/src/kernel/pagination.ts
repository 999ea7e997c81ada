import { z } from 'zod';
import { ValidationFailed } from './errors.js';

/**
 * Keyset pagination: lists are ordered by a unique key (usually `id desc`) and the cursor carries
 * the last key seen, so page N costs the same as page 1 at any table size.
 */
export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T extends Record<string, string | number>>(cursor: string | undefined, shape: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw ValidationFailed({ details: [{ path: 'cursor', message: '分页游标无效' }] });
  }
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * One page of a keyset list that read `limit + 1` rows: `items` are the first `limit`, and
 * `hasMore` says the extra row existed. The cursor names the last item (by id unless told).
 */
export function keysetPage<T extends { id: number }>(
  items: T[],
  hasMore: boolean,
  cursorOf: (last: T) => Record<string, string | number> = (last) => ({ id: last.id }),
): Page<T> {
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last ? encodeCursor(cursorOf(last)) : null };
}
