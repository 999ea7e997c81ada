import type { CascaderProps } from 'antd';
import { api, call } from '../../api/client';
import type { LibraryVocabulary } from '../../api/types';
import { useLoad } from '../../shared/use-load';

// The vocabulary changes only with a new server version: read once per page load.
let cached: Promise<LibraryVocabulary> | null = null;

function loadVocabulary(): Promise<LibraryVocabulary> {
  if (!cached) {
    cached = call(api.GET('/api/admin/library/vocabulary'));
    cached.catch(() => (cached = null));
  }
  return cached;
}

/** 信息类型、状态、关联类型、有效性、文种、主题分类 from the server. */
export function useVocabulary() {
  return useLoad(loadVocabulary, []);
}

export type TopicOption = NonNullable<CascaderProps['options']>[number];

/** The 主题分类 tree as cascader options (a first level without children is a leaf). */
export function topicOptions(vocabulary: LibraryVocabulary | undefined): TopicOption[] {
  return (vocabulary?.topics ?? []).map((t) => ({
    value: t.name,
    label: t.name,
    children: t.children.length ? t.children.map((c) => ({ value: c, label: c })) : undefined,
  }));
}

/** Stored topics are written `一级\二级`; the cascader works with the path. */
export function topicToPath(value: unknown): string[] | undefined {
  return typeof value === 'string' && value ? value.split('\\') : undefined;
}

export function pathToTopic(path: unknown): string | null {
  return Array.isArray(path) && path.length ? path.join('\\') : null;
}

export function typeLabel(vocabulary: LibraryVocabulary | undefined, key: string): string {
  return vocabulary?.types.find((t) => t.key === key)?.label ?? key;
}

export function validityLabel(vocabulary: LibraryVocabulary | undefined, key: string | null): string {
  if (!key) return '—';
  return vocabulary?.validities.find((v) => v.key === key)?.label ?? key;
}
