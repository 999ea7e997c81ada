import type { SelectProps, TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { api, call } from '../api/client';
import type { OrgUnit, SiteTreeNode } from '../api/types';
import { FormSelect, FormTreeSelect } from './FormSelect';
import { buildTree, type TreeNodeOf } from './tree';
import { useLoad } from './use-load';

/** All org units the user may see (a flat list with parentId). */
export function useOrgUnits() {
  return useLoad(() => call(api.GET('/api/admin/org-units')), []);
}

/** The site tree the user may see. */
export function useSiteTree() {
  return useLoad(() => call(api.GET('/api/admin/sites/tree')), []);
}

export interface SiteOption {
  id: number;
  label: string;
  depth: number;
  node: SiteTreeNode;
}

export function siteName(site: { legalName: string; shortName?: string | null }): string {
  return site.shortName || site.legalName;
}

/** The sites (a flat list with parentId) in tree order, with depth for indentation in selects. */
export function flattenSiteTree(items: readonly SiteTreeNode[] | undefined): SiteOption[] {
  const out: SiteOption[] = [];
  const walk = (nodes: TreeNodeOf<SiteTreeNode>[], depth: number) => {
    for (const node of nodes) {
      out.push({ id: node.item.id, label: node.item.legalName, depth, node: node.item });
      walk(node.children, depth + 1);
    }
  };
  walk(buildTree(items ?? []), 0);
  return out;
}

type OrgTreeData = NonNullable<TreeSelectProps['treeData']>;

function toTreeData(nodes: TreeNodeOf<OrgUnit>[], disabled?: Set<number>): OrgTreeData {
  return nodes.map((n) => ({
    value: n.item.id,
    title: n.item.name,
    disabled: disabled?.has(n.item.id),
    children: toTreeData(n.children, disabled),
  }));
}

/**
 * Select of an org unit from the tree. `id` comes from Form.Item so that the label is tied to the
 * input; `excludeIds` disables nodes (a unit cannot move under itself).
 */
export function OrgUnitSelect(props: Omit<TreeSelectProps<number>, 'treeData'> & { orgUnits: readonly OrgUnit[] | undefined; excludeIds?: Set<number> }) {
  const { orgUnits, excludeIds, ...rest } = props;
  const treeData = useMemo(() => toTreeData(buildTree(orgUnits ?? []), excludeIds), [orgUnits, excludeIds]);
  return (
    <FormTreeSelect<number>
      allowClear
      showSearch
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      placeholder="选择组织机构"
      loading={!orgUnits}
      {...rest}
      treeData={treeData}
    />
  );
}

/** Select of a site, indented by its level in the site tree. */
export function SiteSelect(props: Omit<SelectProps<number>, 'options'> & { sites: SiteOption[] | undefined; excludeIds?: Set<number> }) {
  const { sites, excludeIds, ...rest } = props;
  const options = useMemo(
    () =>
      (sites ?? []).map((s) => ({
        value: s.id,
        label: s.label,
        disabled: excludeIds?.has(s.id),
        title: s.label,
        depth: s.depth,
      })),
    [sites, excludeIds],
  );
  return (
    <FormSelect<number>
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder="选择网站"
      loading={!sites}
      {...rest}
      options={options}
      optionRender={(option) => <span style={{ paddingLeft: ((option.data as { depth?: number }).depth ?? 0) * 12 }}>{option.label}</span>}
    />
  );
}
