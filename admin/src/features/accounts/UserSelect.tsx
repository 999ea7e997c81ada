import { Select, type SelectProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, call } from '../../api/client';

/** Select of a user, searching the server as the operator types (username or name). */
export function UserSelect(props: Omit<SelectProps<number>, 'options' | 'onSearch' | 'showSearch' | 'filterOption'>) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const generation = useRef(0);

  const search = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const mine = ++generation.current;
      setIsLoading(true);
      try {
        const page = await call(api.GET('/api/admin/users', { params: { query: { q: q.trim() || undefined, limit: 20 } } }));
        if (mine === generation.current) setOptions(page.items.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` })));
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
  }, []);

  return (
    <Select<number>
      showSearch
      allowClear
      filterOption={false}
      onSearch={search}
      loading={isLoading}
      placeholder="输入用户名或姓名搜索"
      notFoundContent={isLoading ? '正在搜索…' : '没有匹配的用户'}
      {...props}
      options={options}
    />
  );
}
