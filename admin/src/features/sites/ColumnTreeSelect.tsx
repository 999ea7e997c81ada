import type { TreeSelectProps } from 'antd';
import { FormTreeSelect } from '../../shared/FormSelect';
import { useMemo } from 'react';
import type { Column } from '../../api/types';
import { buildTree, type TreeNodeOf } from '../../shared/tree';
import { useLoad } from '../../shared/use-load';
import { loadSiteColumns } from './columns-cache';

type Data = NonNullable<TreeSelectProps['treeData']>;

function toData(nodes: TreeNodeOf<Column>[]): Data {
  return nodes.map((n) => ({ value: n.item.id, title: n.item.isHidden ? `${n.item.name}（已隐藏）` : n.item.name, children: toData(n.children) }));
}

/** Picks a column of one site from its column tree. */
export function ColumnTreeSelect({ siteId, ...rest }: Omit<TreeSelectProps<number>, 'treeData'> & { siteId: number | null | undefined }) {
  const columns = useLoad(() => loadSiteColumns(siteId!), [siteId], { skip: !siteId });
  const treeData = useMemo(() => toData(buildTree(columns.data ?? [])), [columns.data]);
  return (
    <FormTreeSelect<number>
      showSearch
      allowClear
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      placeholder={siteId ? '选择栏目' : '请先选择网站'}
      disabled={!siteId}
      loading={columns.isLoading}
      {...rest}
      treeData={treeData}
    />
  );
}

/** The name of a column, read from its site's column list. */
export function ColumnName({ siteId, columnId }: { siteId: number | null; columnId: number }) {
  const columns = useLoad(() => loadSiteColumns(siteId!), [siteId], { skip: !siteId });
  const column = columns.data?.find((c) => c.id === columnId);
  return <>{column ? column.name : `栏目 #${columnId}`}</>;
}
