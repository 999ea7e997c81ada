import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Table, Tabs, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { FormSelect as Select } from '../../shared/FormSelect';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { Site, SiteKind, SiteListItem, SiteStatus, SiteTreeNode } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { useOrgUnits, useSiteTree } from '../../shared/reference';
import { buildTree, type TreeNodeOf } from '../../shared/tree';
import { useKeysetList } from '../../shared/use-keyset-list';
import { useSession } from '../accounts/session';
import { siteKindLabels, siteStatusColors, siteStatusLabels } from './labels';
import { SiteDetailDrawer } from './SiteDetailDrawer';
import { SiteFormDrawer } from './SiteFormDrawer';

interface Filters {
  q?: string;
  kind?: SiteKind;
  status?: SiteStatus;
}

function SiteList({ onOpen, reloadKey }: { onOpen(siteId: number): void; reloadKey: number }) {
  const [filters, setFilters] = useState<Filters>({});
  const [form] = Form.useForm<Filters>();
  const list = useKeysetList(
    (cursor) => call(api.GET('/api/admin/sites', { params: { query: { q: filters.q || undefined, kind: filters.kind, status: filters.status, cursor, limit: 50 } } })),
    [filters, reloadKey],
  );
  return (
    <>
      <Form<Filters> form={form} name="site-filters" layout="inline" onFinish={(v) => setFilters({ ...v, q: v.q?.trim() })} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="关键词" name="q">
          <Input placeholder="名称、代码、域名、标识码" allowClear style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="类型" name="kind">
          <Select allowClear placeholder="全部" style={{ width: 130 }} options={Object.entries(siteKindLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="状态" name="status">
          <Select allowClear placeholder="全部" style={{ width: 130 }} options={Object.entries(siteStatusLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({});
            }}
          >
            重置
          </Button>
        </Form.Item>
      </Form>
      <Table<SiteListItem>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 960 }}
        columns={[
          {
            title: '网站名称',
            key: 'name',
            render: (_, s) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(s.id)}>
                {s.legalName}
              </Button>
            ),
          },
          { title: '代码', dataIndex: 'code', render: (v: string) => <code>{v}</code> },
          { title: '类型', dataIndex: 'kind', render: (v: SiteKind) => siteKindLabels[v] ?? v },
          { title: '状态', dataIndex: 'status', render: (v: SiteStatus) => <Tag color={siteStatusColors[v]}>{siteStatusLabels[v] ?? v}</Tag> },
          { title: '主域名', dataIndex: 'domains', render: (v: string[]) => v[0] ?? '—' },
          { title: '网站标识码', dataIndex: 'identifierCode', render: (v: string | null) => v ?? '—' },
          { title: '更新时间', dataIndex: 'updatedAt', render: (v: string) => formatTime(v) },
          {
            title: '操作',
            key: 'actions',
            render: (_, s) => (
              <Button type="link" onClick={() => onOpen(s.id)} aria-label={`详情 ${s.legalName}`}>
                详情
              </Button>
            ),
          },
        ]}
      />
      <Flex justify="center" style={{ marginTop: 16 }}>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} loading={list.isLoading}>
            加载更多
          </Button>
        ) : (
          <Typography.Text type="secondary">{list.items.length ? `共 ${list.items.length} 个网站` : ''}</Typography.Text>
        )}
      </Flex>
    </>
  );
}

function toTreeData(nodes: TreeNodeOf<SiteTreeNode>[]): TreeDataNode[] {
  return nodes.map(({ item: n, children }) => ({
    key: n.id,
    title: (
      <span>
        <span>{n.legalName}</span> <Tag>{siteKindLabels[n.kind]}</Tag>
        <Tag color={siteStatusColors[n.status]}>{siteStatusLabels[n.status]}</Tag>
      </span>
    ),
    children: toTreeData(children),
  }));
}

function SiteTreeView({ onOpen, reloadKey }: { onOpen(siteId: number): void; reloadKey: number }) {
  const tree = useSiteTree();
  const [lastKey, setLastKey] = useState(reloadKey);
  if (lastKey !== reloadKey) {
    setLastKey(reloadKey);
    void tree.reload();
  }
  const data = useMemo(() => toTreeData(buildTree(tree.data?.items ?? [])), [tree.data]);
  return (
    <Card loading={tree.isLoading && !tree.data}>
      <Typography.Paragraph>网站群按上下级组织：门户网站之下是部门、区县和专题网站。选择一个网站查看详情。</Typography.Paragraph>
      {data.length ? (
        <Tree aria-label="网站群" treeData={data} defaultExpandAll blockNode selectable selectedKeys={[]}
          onSelect={(_keys, info) => onOpen(Number(info.node.key))} />
      ) : (
        <Empty description="还没有网站" />
      )}
    </Card>
  );
}

export default function SitesPage({ view = 'list' }: { view?: 'list' | 'tree' }) {
  const { can } = useSession();
  const { siteId, sites, reloadSites } = useSiteSelection();
  const orgUnits = useOrgUnits();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [openSiteId, setOpenSiteId] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ site: Site | null } | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const suffix = searchParams.toString() ? `?${searchParams.toString()}` : '';

  const changed = () => {
    setReloadKey((k) => k + 1);
    void reloadSites();
  };

  return (
    <>
      <PageHeading
        title="网站管理"
        description="平台上的全部网站：身份与备案信息、开办单位、上下级关系和开设、上线、下线、关停的全过程。"
        extra={
          can('sites.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ site: null })}>
              新建网站
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={view}
        onChange={(key) => navigate(`${key === 'tree' ? '/sites/tree' : '/sites'}${suffix}`)}
        items={[
          { key: 'list', label: '网站列表' },
          { key: 'tree', label: '网站群' },
        ]}
      />
      {view === 'tree' ? <SiteTreeView onOpen={setOpenSiteId} reloadKey={reloadKey} /> : <SiteList onOpen={setOpenSiteId} reloadKey={reloadKey} />}
      {openSiteId ? (
        <SiteDetailDrawer
          key={`${openSiteId}-${reloadKey}`}
          siteId={openSiteId}
          onClose={() => setOpenSiteId(null)}
          onEdit={(site) => setEditing({ site })}
          onChanged={changed}
        />
      ) : null}
      {editing ? (
        <SiteFormDrawer
          site={editing.site}
          defaultParentId={siteId}
          sites={sites}
          orgUnits={orgUnits.data}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            changed();
            setOpenSiteId(saved.id);
          }}
        />
      ) : null}
    </>
  );
}
