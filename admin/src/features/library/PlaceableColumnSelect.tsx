import type { TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import type { Column } from '../../api/types';
import { FormTreeSelect } from '../../shared/FormSelect';
import { buildTree, type TreeNodeOf } from '../../shared/tree';
import { useLoad } from '../../shared/use-load';
import { loadSiteColumns } from '../sites/columns-cache';
import { placeableColumnKinds } from './columns';

type TreeData = NonNullable<TreeSelectProps['treeData']>;

function toTreeData(nodes: TreeNodeOf<Column>[]): TreeData {
  return nodes.map(({ item, children }) => ({
    value: item.id,
    title: `${item.name}${item.isHidden ? '（已隐藏）' : ''}${placeableColumnKinds.has(item.kind) ? '' : '（目录）'}`,
    // Catalogue and link columns hold no items: they stay in the tree for orientation only (not
    // `disabled`, whose pale grey text would be unreadable; the suffix says why they cannot be chosen).
    selectable: placeableColumnKinds.has(item.kind),
    children: toTreeData(children),
  }));
}

/** Picks a column of one site that can hold items (catalogue and link columns are shown but disabled). */
export function PlaceableColumnSelect({ siteId, ...rest }: Omit<TreeSelectProps<number>, 'treeData'> & { siteId: number | undefined }) {
  const columns = useLoad(() => loadSiteColumns(siteId!), [siteId], { skip: !siteId });
  const treeData = useMemo(() => toTreeData(buildTree(columns.data ?? [])), [columns.data]);
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
