import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, call } from '../../api/client';
import type { LibraryItem } from '../../api/types';
import { withoutAriaRequired } from '../../shared/FormSelect';
import { formatDate } from '../../shared/format';
import { useLoad } from '../../shared/use-load';
import { useSiteName } from '../workflow/ItemPreview';

/**
 * Picks a published (live) item of the library by its title, 索引号 or 文号, searching on the server
 * as the user types. `onItem` receives the whole item (its site decides the possible targets).
 */
export function PublishedItemSelect(
  props: Omit<SelectProps<number>, 'options' | 'onSearch' | 'filterOption'> & {
    siteId?: number | null;
    onItem?(item: LibraryItem | undefined): void;
  },
) {
  const { onItem, onChange, siteId, ...rest } = props;
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const siteName = useSiteName();
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const items = useLoad(
    () =>
      call(
        api.GET('/api/admin/library/items', {
          params: { query: { isLive: 'true', siteId: siteId ?? undefined, q: query || undefined, limit: 20 } },
        }),
      ),
    [query, siteId],
  );
  const known = useRef(new Map<number, LibraryItem>());
  for (const item of items.data?.items ?? []) known.current.set(item.id, item);
  const options = useMemo(
    () => (items.data?.items ?? []).map((i) => ({ value: i.id, label: i.title, site: siteName(i.siteId), publishedAt: i.publishedAt })),
    [items.data, siteName],
  );
  return (
    <Select<number>
      showSearch
      allowClear
      filterOption={false}
      placeholder="输入标题、索引号或文号搜索已发布的信息"
      notFoundContent={items.isLoading ? '正在搜索…' : '没有找到已发布的信息'}
      loading={items.isLoading}
      {...withoutAriaRequired(rest)}
      options={options}
      optionRender={(option) => (
        <div style={{ whiteSpace: 'normal' }}>
          <div>{option.label}</div>
          <div style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.66)' }}>
            {option.data.site} · {formatDate(option.data.publishedAt)}
          </div>
        </div>
      )}
      onSearch={setTyped}
      onChange={(value, option) => {
        onItem?.(value === undefined ? undefined : known.current.get(value));
        onChange?.(value, option);
      }}
    />
  );
}
