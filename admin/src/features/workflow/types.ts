// Types of the workflow API, read off the generated schema (a server change shows up here).
import type { BodyOf, ResponseOf } from '../../api/types';

type ItemOf<T> = T extends { items: Array<infer I> } ? I : never;

export type ReviewTask = ItemOf<ResponseOf<'/api/admin/workflow/tasks', 'get'>>;
export type TaskState = 'open' | 'approved' | 'returned';
export type CheckResult = ResponseOf<'/api/admin/workflow/items/{itemId}/findings', 'get'>;
export type Finding = CheckResult['findings'][number];
export type ChainList = ResponseOf<'/api/admin/workflow/chains', 'get'>;
export type Chain = ChainList['siteDefault'];
export type ChainStep = Chain['steps'][number];
export type StepRole = ChainStep['role'];
export type ChainInput = BodyOf<'/api/admin/workflow/chains', 'put'>;
export type DictionaryEntry = ItemOf<ResponseOf<'/api/admin/workflow/dictionary', 'get'>>;
export type DictionaryCategory = DictionaryEntry['category'];
export type DictionaryInput = BodyOf<'/api/admin/workflow/dictionary', 'post'>;
export type Severity = DictionaryEntry['severity'];
