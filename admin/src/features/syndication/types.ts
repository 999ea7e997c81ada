// Types of the syndication API, read off the generated schema (a server change shows up here).
import type { ResponseOf } from '../../api/types';

type ItemOf<T> = T extends { items: Array<infer I> } ? I : never;

export type Submission = ItemOf<ResponseOf<'/api/admin/syndication/submissions', 'get'>>;
export type SubmissionState = Submission['state'];
export type SubmissionStats = ItemOf<ResponseOf<'/api/admin/syndication/submissions/stats', 'get'>>;
export type RepostRequest = ItemOf<ResponseOf<'/api/admin/syndication/repost-requests', 'get'>>;
export type RepostTarget = RepostRequest['targets'][number];
export type RepostStatus = RepostTarget['status'];
export type CrawlSource = ItemOf<ResponseOf<'/api/admin/syndication/crawl-sources', 'get'>>;
export type CrawlEntry = ItemOf<ResponseOf<'/api/admin/syndication/crawl-entries', 'get'>>;
export type CrawlEntryState = CrawlEntry['state'];
export type CrawlRunResult = ResponseOf<'/api/admin/syndication/crawl-sources/{sourceId}/run', 'post'>;
