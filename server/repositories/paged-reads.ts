// Reads that never cut an answer short: the platform returns at most 1,000 documents per read, so a read
// that may match more is made page by page, and a read bounded by design refuses a request past its bound.
import { readAggregate, readList } from '../runtime/cloud';

/** The platform's largest page for a server-side read or aggregation (documents). */
export const MAX_PAGE = 1000;

/** Most pages one paged read makes (10,000 documents) before it refuses instead of growing without end. */
export const MAX_PAGES = 10;

/**
 * Every document a query matches, read `MAX_PAGE` at a time: `pageAt(offset, size)` builds the page's query,
 * which must have a total order (end the sort on `_id`) so pages neither overlap nor skip. One operation per
 * page; throws past `MAX_PAGES` pages rather than answer part of the result.
 */
export async function readEveryPage<T>(
  what: string,
  pageAt: (offset: number, size: number) => { get(): unknown },
): Promise<T[]> {
  return collectPages(what, (offset, size) => readList<T>(pageAt(offset, size)));
}

/** `readEveryPage` for an aggregation: `pageAt(offset, size)` ends the pipeline with sort, skip and limit. */
export async function aggregateEveryPage<T>(
  what: string,
  pageAt: (offset: number, size: number) => { end(): unknown },
): Promise<T[]> {
  return collectPages(what, (offset, size) => readAggregate<T>(pageAt(offset, size)));
}

/** Throws when a read bounded by design is asked for more than one page can hold. */
export function assertWithinPage(what: string, count: number): void {
  if (count > MAX_PAGE) throw new RangeError(`${what}: at most ${MAX_PAGE} in one read, asked for ${count}`);
}

async function collectPages<T>(
  what: string,
  readPage: (offset: number, size: number) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = await readPage(page * MAX_PAGE, MAX_PAGE);
    rows.push(...batch);
    if (batch.length < MAX_PAGE) return rows;
  }
  if ((await readPage(MAX_PAGES * MAX_PAGE, 1)).length === 0) return rows; // exactly full pages
  throw new RangeError(
    `${what}: more than ${MAX_PAGE * MAX_PAGES} documents; refusing to answer part of them`,
  );
}
