import { Button, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { useKeysetList } from '../../shared/use-keyset-list';
import { typeLabel, useVocabulary } from '../library/vocabulary';
import { EmptyText } from './EmptyText';
import { ApiErrorAlert } from './ApiErrorAlert';
import { useSiteName } from './ItemPreview';
import { taskStateColors, taskStateLabels } from './labels';
import { ReviewDrawer, stepText } from './ReviewDrawer';
import type { ReviewTask, TaskState } from './types';

const tabs: Array<{ key: TaskState; label: string }> = [
  { key: 'open', label: '待审核' },
  { key: 'approved', label: '已通过' },
  { key: 'returned', label: '已退回' },
];

const isTaskState = (v: string | null): v is TaskState => v === 'open' || v === 'approved' || v === 'returned';

/** 我的待办: review steps the user may take, newest first; 已通过 / 已退回 for what was decided. */
export default function TasksPage() {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('state');
  const state: TaskState = isTaskState(fromUrl) ? fromUrl : 'open';
  const list = useKeysetList(
    (cursor) => call(api.GET('/api/admin/workflow/tasks', { params: { query: { state, cursor, limit: 30 } } })),
    [state],
  );
  const [reviewing, setReviewing] = useState<ReviewTask | null>(null);
  const vocabulary = useVocabulary();
  const siteName = useSiteName();

  const selectTab = (key: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (key === 'open') next.delete('state');
        else next.set('state', key);
        return next;
      },
      { replace: true },
    );

  const isOpenTab = state === 'open';
  return (
    <>
      <PageHeading title="我的待办" description="需要您审核、保密审查或签发的信息，最新提交的在前。" />
      <Tabs activeKey={state} onChange={selectTab} items={tabs.map((t) => ({ key: t.key, label: t.label }))} />
      <ApiErrorAlert error={list.error} titles={{}} />
      <Table<ReviewTask>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={list.items.length ? { x: isOpenTab ? 1060 : 1560 } : undefined}
        locale={{ emptyText: <EmptyText text={isOpenTab ? '暂无待办，所有提交的信息都已处理' : '暂无记录'} /> }}
        columns={[
          {
            title: '标题',
            key: 'title',
            minWidth: 220,
            render: (_, t) => <Link to={`/library/${t.itemId}`}>{t.itemTitle}</Link>,
          },
          { title: '类型', dataIndex: 'itemType', width: 90, render: (v: string) => typeLabel(vocabulary.data, v) },
          { title: '网站', dataIndex: 'siteId', width: 130, render: (v: number) => siteName(v) },
          {
            title: '审核环节',
            key: 'step',
            width: 110,
            render: (_, t) => (
              <span>
                {t.stepLabel}
                <br />
                <Typography.Text type="secondary">{stepText(t)}</Typography.Text>
              </span>
            ),
          },
          { title: '提交人', dataIndex: 'submittedBy', width: 120 },
          { title: '提交时间', dataIndex: 'createdAt', width: 110, render: (v: string) => formatTime(v) },
          { title: '定时发布', dataIndex: 'publishAt', width: 110, render: (v: string | null) => (v ? formatTime(v) : '—') },
          ...(isOpenTab
            ? []
            : [
                {
                  title: '结果',
                  dataIndex: 'state',
                  width: 90,
                  render: (v: ReviewTask['state']) => <Tag color={taskStateColors[v]}>{taskStateLabels[v]}</Tag>,
                },
                { title: '处理人', dataIndex: 'decidedBy', width: 150, render: (v: string | null) => v ?? '—' },
                { title: '处理时间', dataIndex: 'decidedAt', width: 170, render: (v: string | null) => formatTime(v) },
                { title: '意见', dataIndex: 'comment', width: 200, render: (v: string | null) => v ?? '—' },
              ]),
          {
            title: '操作',
            key: 'actions',
            width: 80,
            fixed: 'right' as const,
            render: (_, t) => (
              <Button
                type={isOpenTab ? 'primary' : 'link'}
                size="small"
                onClick={() => setReviewing(t)}
                aria-label={`${isOpenTab ? '审核' : '查看'} ${t.itemTitle}`}
              >
                {isOpenTab ? '审核' : '查看'}
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
          <Typography.Text type="secondary">{list.items.length ? `共 ${list.items.length} 项` : ''}</Typography.Text>
        )}
      </Flex>
      <ReviewDrawer
        task={reviewing}
        onClose={() => setReviewing(null)}
        onDecided={() => {
          setReviewing(null);
          void list.reload();
        }}
        onStale={() => void list.reload()}
      />
    </>
  );
}
