// The crawler's public surface: fetching and parsing only. Storage, scheduling and the review
// queue belong to the syndication module that calls crawlSource. See README.md.
export {
  crawlSource,
  DEFAULT_USER_AGENT,
  type CrawlSourceConfig,
  type CrawledEntry,
  type CrawlIssue,
  type CrawlResult,
  type CrawlOptions,
} from './crawl-source.js';
export { normaliseUrl } from './url.js';
export { contentHash } from './content-hash.js';
export { CrawlError, crawlErrorMessages, type CrawlErrorCode } from './errors.js';
