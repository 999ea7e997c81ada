import { Select, type SelectProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, call } from '../../api/client';
import type { LibraryVocabulary } from '../../api/types';
import { withoutAriaRequired } from '../../shared/FormSelect';
import { itemStateLabels } from './labels';
import { typeLabel } from './vocabulary';

/** Select of a library item, searching the server (title, 索引号 or 文号) as the editor types. */
export function ItemSearchSelect(
  props: Omit<SelectProps<number>, 'options' | 'onSearch' | 'showSearch' | 'filterOption'> & {
    excludeId?: number | null;
    vocabulary: LibraryVocabulary | undefined;
  },
) {
  const { excludeId, vocabulary, ...rest } = props;
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const generation = useRef(0);
  const vocabularyRef = useRef(vocabulary);
  vocabularyRef.current = vocabulary;

  const search = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const mine = ++generation.current;
      setIsLoading(true);
      try {
        const page = await call(api.GET('/api/admin/library/items', { params: { query: { q: q.trim() || undefined, limit: 20 } } }));
        if (mine !== generation.current) return;
        setOptions(
          page.items
            .filter((i) => i.id !== excludeId)
            .map((i) => ({
              value: i.id,
              label: `${i.title}（${typeLabel(vocabularyRef.current, i.type)}·${itemStateLabels[i.state]}${i.indexNo ? `·${i.indexNo}` : ''}）`,
            })),
        );
      } catch {
        if (mine === generation.current) setOptions([]);
      } finally {
        if (mine === generation.current) setIsLoading(false);
      }
    }, 250);
  };

  useEffect(() => {
    search('');
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Select<number>
      showSearch
      allowClear
      filterOption={false}
      onSearch={search}
      loading={isLoading}
      placeholder="输入标题、索引号或文号搜索"
      notFoundContent={isLoading ? '正在搜索…' : '没有匹配的信息'}
      {...withoutAriaRequired(rest)}
      options={options}
    />
  );
}
