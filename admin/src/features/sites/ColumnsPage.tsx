import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Row, Tag, Tree, Typography, type TreeDataNode, type TreeProps } from 'antd';
import { useEffect, useMemo, useState, type Key } from 'react';
import { api, call } from '../../api/client';
import type { Column } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { useFeedback } from '../../shared/feedback';
import { formatDate, formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { buildTree, findNode, type TreeNodeOf } from '../../shared/tree';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { ColumnFormDrawer } from './ColumnFormDrawer';
import { forgetSiteColumns, loadSiteColumns } from './columns-cache';
import { columnKindLabels, siteLanguageLabels } from './labels';

function toTreeData(nodes: TreeNodeOf<Column>[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.item.id,
    title: (
      // Hidden columns are greyed, but still dark enough to read (WCAG AA contrast).
      <span style={n.item.isHidden ? { color: '#595959', fontStyle: 'italic' } : undefined}>
        <span className="column-name">{n.item.name}</span> <Tag style={{ marginInlineStart: 4 }}>{columnKindLabels[n.item.kind] ?? n.item.kind}</Tag>
        {/* Only the top of another language version is tagged: its children share its language. */}
        {n.item.language !== 'zh-CN' && n.item.parentId === null ? (
          <Tag color="blue" lang={n.item.language}>
            {siteLanguageLabels[n.item.language] ?? n.item.language}
          </Tag>
        ) : null}
        {n.item.isHidden ? <Tag color="default">已隐藏</Tag> : null}
      </span>
    ),
    children: toTreeData(n.children),
  }));
}

function siblingsOf(columns: Column[], parentId: number | null): Column[] {
  return columns.filter((c) => c.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

export default function ColumnsPage() {
  const { siteId, site } = useSiteSelection();
  const { can } = useSession();
  const canManage = can('columns.manage');
  const columns = useLoad(() => loadSiteColumns(siteId!, { isFresh: true }), [siteId], { skip: !siteId });
  // The site's language versions, for the column form's 语言版本 (everyone who reads columns may read the site).
  const siteDetail = useLoad(() => call(api.GET('/api/admin/sites/{siteId}', { params: { path: { siteId: siteId! } } })), [siteId], { skip: !siteId });
  const languages = siteDetail.data?.languages ?? ['zh-CN'];
  const list = useMemo(() => columns.data ?? [], [columns.data]);
  const roots = useMemo(() => buildTree(list), [list]);
  const treeData = useMemo(() => toTreeData(roots), [roots]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expandedKeys, setExpandedKeys] = useState<Key[] | null>(null);
  const selected = selectedId ? findNode(roots, selectedId)?.item : undefined;
  const [editing, setEditing] = useState<{ column: Column | null; parentId: number | null } | null>(null);
  const [isMoving, setIsMoving] = useState(false);
  const { modal } = App.useApp();
  const { showError, success } = useFeedback();

  useEffect(() => {
    setSelectedId(null);
    setExpandedKeys(null);
  }, [siteId]);

  const allKeys = useMemo(() => list.map((c) => c.id), [list]);

  const reload = async () => {
    if (siteId) forgetSiteColumns(siteId);
    await columns.reload();
  };

  const move = async (column: Column, parentId: number | null, position: number, announce?: string) => {
    setIsMoving(true);
    try {
      await call(api.POST('/api/admin/columns/{columnId}/move', { params: { path: { columnId: column.id } }, body: { parentId, position } }));
      success(announce ?? `已移动“${column.name}”`);
      await reload();
    } catch (error) {
      showError(error);
    } finally {
      setIsMoving(false);
    }
  };

  const moveBy = (column: Column, delta: -1 | 1) => {
    const siblings = siblingsOf(list, column.parentId);
    const index = siblings.findIndex((c) => c.id === column.id);
    const position = index + delta;
    if (index < 0 || position < 0 || position >= siblings.length) return;
    void move(column, column.parentId, position, delta < 0 ? `已上移“${column.name}”` : `已下移“${column.name}”`);
  };

  // Drag and drop: dropping onto a node makes the column its first child; dropping in the gap
  // before or after a node places it there among that node's siblings.
  const onDrop: TreeProps['onDrop'] = (info) => {
    const dragged = list.find((c) => c.id === Number(info.dragNode.key));
    const target = list.find((c) => c.id === Number(info.node.key));
    if (!dragged || !target || dragged.id === target.id) return;
    const pos = info.node.pos.split('-');
    const relative = info.dropPosition - Number(pos[pos.length - 1]);
    const hasOpenChildren = list.some((c) => c.parentId === target.id) && info.node.expanded;
    if (!info.dropToGap || (relative === 1 && hasOpenChildren)) {
      void move(dragged, target.id, 0, `已将“${dragged.name}”移到“${target.name}”之下`);
      return;
    }
    const siblings = siblingsOf(list, target.parentId).filter((c) => c.id !== dragged.id);
    const index = siblings.findIndex((c) => c.id === target.id);
    void move(dragged, target.parentId, relative === -1 ? index : index + 1);
  };

  const toggleHidden = async (column: Column) => {
    try {
      await call(api.PATCH('/api/admin/columns/{columnId}', { params: { path: { columnId: column.id } }, body: { isHidden: !column.isHidden } }));
      success(column.isHidden ? `已显示“${column.name}”` : `已隐藏“${column.name}”`);
      await reload();
    } catch (error) {
      showError(error);
    }
  };

  const remove = (column: Column) =>
    modal.confirm({
      title: `删除栏目“${column.name}”？`,
      content: '删除后不能恢复。有下级栏目的栏目须先移走或删除其下级栏目。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await call(api.DELETE('/api/admin/columns/{columnId}', { params: { path: { columnId: column.id } } }));
          success(`已删除“${column.name}”`);
          setSelectedId(null);
          await reload();
        } catch (error) {
          showError(error);
        }
      },
    });

  if (!siteId) {
    return (
      <>
        <PageHeading title="栏目管理" />
        <Empty description="请先在页面顶部的“当前网站”中选择一个网站" />
      </>
    );
  }

  const siblings = selected ? siblingsOf(list, selected.parentId) : [];
  const index = selected ? siblings.findIndex((c) => c.id === selected.id) : -1;

  return (
    <>
      <PageHeading
        title="栏目管理"
        description={`${site?.label ?? ''}的栏目树。拖动栏目可调整顺序和层级，也可以选中栏目后使用“上移”“下移”按钮。`}
        extra={
          canManage ? (
            <Button icon={<PlusOutlined />} onClick={() => setEditing({ column: null, parentId: null })}>
              新建顶级栏目
            </Button>
          ) : null
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>栏目树</h2>} loading={columns.isLoading && !columns.data}>
            {treeData.length ? (
              <Tree
                aria-label="栏目树"
                treeData={treeData}
                draggable={canManage && !isMoving ? { icon: false } : false}
                blockNode
                expandedKeys={expandedKeys ?? allKeys}
                onExpand={(keys) => setExpandedKeys(keys)}
                selectedKeys={selectedId ? [selectedId] : []}
                // Clicking the selected column again keeps it selected (antd would toggle it off).
                onSelect={(_keys, info) => setSelectedId(Number(info.node.key))}
                onDrop={onDrop}
              />
            ) : (
              <Empty description="此网站还没有栏目" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{selected ? `栏目：${selected.name}` : '栏目详情'}</h2>}>
            {selected ? (
              <>
                {canManage ? (
                  <Flex gap={8} wrap style={{ marginBottom: 16 }} role="toolbar" aria-label="栏目操作">
                    <Button icon={<PlusOutlined />} onClick={() => setEditing({ column: null, parentId: selected.id })}>
                      新建子栏目
                    </Button>
                    <Button icon={<EditOutlined />} onClick={() => setEditing({ column: selected, parentId: selected.parentId })}>
                      编辑
                    </Button>
                    <Button icon={<ArrowUpOutlined />} disabled={index <= 0 || isMoving} onClick={() => moveBy(selected, -1)}>
                      上移
                    </Button>
                    <Button icon={<ArrowDownOutlined />} disabled={index < 0 || index >= siblings.length - 1 || isMoving} onClick={() => moveBy(selected, 1)}>
                      下移
                    </Button>
                    <Button icon={selected.isHidden ? <EyeOutlined /> : <EyeInvisibleOutlined />} onClick={() => void toggleHidden(selected)}>
                      {selected.isHidden ? '显示' : '隐藏'}
                    </Button>
                    <Button danger icon={<DeleteOutlined />} onClick={() => remove(selected)}>
                      删除
                    </Button>
                  </Flex>
                ) : null}
                <Descriptions
                  bordered
                  size="small"
                  column={1}
                  items={[
                    { key: 'name', label: '栏目名称', children: selected.name },
                    { key: 'slug', label: '栏目标识', children: <code>{selected.slug}</code> },
                    { key: 'kind', label: '栏目类型', children: columnKindLabels[selected.kind] ?? selected.kind },
                    ...(languages.length > 1 || selected.language !== 'zh-CN'
                      ? [{ key: 'language', label: '语言版本', children: siteLanguageLabels[selected.language] ?? selected.language }]
                      : []),
                    { key: 'hidden', label: '显示状态', children: selected.isHidden ? <Tag>已隐藏</Tag> : '显示' },
                    { key: 'purpose', label: '栏目说明', children: selected.purpose },
                    ...(selected.kind === 'link' ? [{ key: 'link', label: '链接地址', children: selected.linkUrl ?? '—' }] : []),
                    ...(selected.kind === 'topic'
                      ? [{ key: 'period', label: '专题时间', children: `${formatDate(selected.startsOn)} 至 ${formatDate(selected.endsOn)}` }]
                      : []),
                    { key: 'interval', label: '更新周期', children: selected.updateIntervalDays ? `${selected.updateIntervalDays} 天` : '不要求' },
                    { key: 'keywords', label: '关键词', children: selected.keywords.length ? selected.keywords.join('、') : '—' },
                    { key: 'description', label: '描述', children: selected.description ?? '—' },
                    { key: 'updatedAt', label: '更新时间', children: formatTime(selected.updatedAt) },
                  ]}
                />
              </>
            ) : (
              <Typography.Paragraph>在栏目树中选择一个栏目，查看详情或新建子栏目、编辑、排序、隐藏和删除。</Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
      {editing ? (
        <ColumnFormDrawer
          siteId={siteId}
          columns={list}
          languages={languages}
          column={editing.column}
          parentId={editing.parentId}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setSelectedId(saved.id);
            if (saved.parentId !== null) setExpandedKeys((keys) => (keys && !keys.includes(saved.parentId!) ? [...keys, saved.parentId!] : keys));
            void reload();
          }}
        />
      ) : null}
    </>
  );
}
