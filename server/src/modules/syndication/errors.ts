import { defineError } from '../../kernel/index.js';

// Every error the syndication module can answer with. Listed in README.md.
export const SubmissionInvalid = defineError('SYNDICATION_SUBMISSION_INVALID', 400, '报送信息不符合要求');
export const SubmissionDuplicate = defineError('SYNDICATION_SUBMISSION_DUPLICATE', 409, '这条信息已报送到该栏目');
export const SubmissionNotFound = defineError('SYNDICATION_SUBMISSION_NOT_FOUND', 404, '报送记录不存在');
export const SubmissionClosed = defineError('SYNDICATION_SUBMISSION_CLOSED', 409, '报送已处理');
export const RepostRequestInvalid = defineError('SYNDICATION_REPOST_REQUEST_INVALID', 400, '转载要求不符合要求');
export const CrawlSourceInvalid = defineError('SYNDICATION_CRAWL_SOURCE_INVALID', 400, '抓取源设置不正确');
export const CrawlSourceNotFound = defineError('SYNDICATION_CRAWL_SOURCE_NOT_FOUND', 404, '抓取源不存在');
export const CrawlEntryNotFound = defineError('SYNDICATION_CRAWL_ENTRY_NOT_FOUND', 404, '抓取的信息不存在');
export const CrawlEntryClosed = defineError('SYNDICATION_CRAWL_ENTRY_CLOSED', 409, '抓取的信息已处理');
