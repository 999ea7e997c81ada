import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { api, call, isApiError } from '../../api/client';
import type { LibraryItem } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { applyFieldErrors, useFeedback } from '../../shared/feedback';
import { emptyToNull, formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { SiteSelect } from '../../shared/reference';
import { useKeysetList } from '../../shared/use-keyset-list';
import { useSession } from '../accounts/session';
import { EmptyText } from '../workflow/EmptyText';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { repostStatusColors, repostStatusLabels, syndicationErrorTitles } from './labels';
import { ColumnTreeSelect } from '../sites/ColumnTreeSelect';
import { PublishedItemSelect } from './PublishedItemSelect';
import type { RepostRequest, RepostStatus, RepostTarget } from './types';

// Each status has its own icon and words, so it does not rest on colour alone.
const statusIcons: Record<RepostStatus, ReactNode> = {
  on_time: <CheckCircleOutlined />,
  late: <ExclamationCircleOutlined />,
  waiting: <ClockCircleOutlined />,
  overdue: <CloseCircleOutlined />,
};

function TargetTag({ target }: { target: RepostTarget }) {
  return (
    <Tag color={repostStatusColors[target.status]} icon={statusIcons[target.status]} style={{ marginBottom: 4 }}>
      {target.siteName}：{repostStatusLabels[target.status]}
      {target.repostedAt ? `（${formatTime(target.repostedAt)}）` : ''}
    </Tag>
  );
}

interface RequestValues {
  itemId: number;
  windowHours: number;
  targetSiteIds?: number[];
  note?: string;
}

function RequestModal({ isOpen, onClose, onDone }: { isOpen: boolean; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<RequestValues>();
  const [item, setItem] = useState<LibraryItem | undefined>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { sites, siteId, site } = useSiteSelection();
  const { success } = useFeedback();
  // Lower sites of the item's site that the user can see (the server defaults to all online ones).
  const children = useMemo(
    () => (sites ?? []).filter((s) => item && s.node.parentId === item.siteId && s.node.status === 'online'),
    [sites, item],
  );

  const submit = async (values: RequestValues) => {
    setIsSaving(true);
    setError(undefined);
    try {
      const request = await call(
        api.POST('/api/admin/syndication/repost-requests', {
          body: {
            itemId: values.itemId,
            windowHours: values.windowHours,
            targetSiteIds: values.targetSiteIds?.length ? values.targetSiteIds : undefined,
            note: emptyToNull(values.note?.trim()),
          },
        }),
      );
      success(`已要求${request.targets.length}个下级网站在${request.windowHours}小时内转载`);
      onDone();
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      title="发起转载要求"
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="发起"
      cancelText="取消"
      confirmLoading={isSaving}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph>要求下级网站在时限内转载本网站已发布的重要信息，转载情况按各网站首次转载的时间统计。</Typography.Paragraph>
      <ApiErrorAlert error={error} titles={syndicationErrorTitles} onClose={() => setError(undefined)} />
      <Form<RequestValues>
        form={form}
        name="repost-request"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ windowHours: 12 }}
      >
        <Form.Item
          label="要求转载的信息"
          name="itemId"
          rules={[{ required: true, message: '请选择已发布的信息' }]}
          extra={`在当前网站（${site?.label ?? ''}）已发布的信息中搜索；可在页面顶部切换网站。`}
        >
          <PublishedItemSelect
            siteId={siteId}
            onItem={(i) => {
              setItem(i);
              form.setFieldsValue({ targetSiteIds: undefined });
            }}
          />
        </Form.Item>
        <Form.Item
          label="转载时限（小时）"
          name="windowHours"
          rules={[{ required: true, message: '请填写转载时限' }]}
          extra="默认12小时，可填1至720小时。"
        >
          <InputNumber min={1} max={720} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="要求转载的网站" name="targetSiteIds" extra="不选则为该信息所属网站的全部运行中的下级网站。">
          <SiteSelect sites={children} mode="multiple" placeholder={item ? '全部下级网站' : '请先选择信息'} disabled={!item} />
        </Form.Item>
        <Form.Item label="说明" name="note" rules={[{ max: 1000, message: '说明不超过1000字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 转载到本站: a lower site's editor places the requested item in one of the site's columns. */
function RepostModal({ request, siteId, onClose, onDone }: { request: RepostRequest | null; siteId: number | null; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<{ columnId: number }>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { success } = useFeedback();
  const submit = async (values: { columnId: number }) => {
    if (!request) return;
    setIsSaving(true);
    setError(undefined);
    try {
      await call(api.POST('/api/admin/library/items/{itemId}/placements', { params: { path: { itemId: request.itemId } }, body: { columnId: values.columnId } }));
      success(`已转载“${request.itemTitle}”`);
      onDone();
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      title={`转载到本站：${request?.itemTitle ?? ''}`}
      open={!!request}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="转载"
      cancelText="取消"
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Typography.Paragraph>转载后信息出现在所选栏目中，注明来源，并随原文更新。</Typography.Paragraph>
      <ApiErrorAlert error={error} titles={syndicationErrorTitles} onClose={() => setError(undefined)} />
      <Form<{ columnId: number }> form={form} name="repost-place" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item label="转载到栏目" name="columnId" rules={[{ required: true, message: '请选择本站的栏目' }]}>
          <ColumnTreeSelect siteId={siteId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 转载要求: requests to lower sites to repost an item, with each site's status against the deadline. */
export default function RepostsPage() {
  const { can } = useSession();
  const { siteId } = useSiteSelection();
  const [reposting, setReposting] = useState<RepostRequest | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const list = useKeysetList(
    (cursor) => call(api.GET('/api/admin/syndication/repost-requests', { params: { query: { cursor, limit: 30 } } })),
    [reloadKey],
  );
  const [isCreating, setIsCreating] = useState(false);
  return (
    <>
      <PageHeading
        title="转载要求"
        description="上级网站要求下级网站在时限内转载的信息，及各网站的转载情况：按时转载、超时转载、待转载、逾期未转载。"
        extra={
          can('content.publish') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              发起转载要求
            </Button>
          ) : null
        }
      />
      <ApiErrorAlert error={list.error} titles={syndicationErrorTitles} />
      <Table<RepostRequest>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={list.items.length ? { x: 1200 } : undefined}
        locale={{ emptyText: <EmptyText text="暂无转载要求" /> }}
        columns={[
          { title: '信息标题', key: 'title', width: 280, render: (_, r) => <Link to={`/library/${r.itemId}`}>{r.itemTitle}</Link> },
          { title: '发起网站', dataIndex: 'fromSiteName', width: 150 },
          { title: '发起', key: 'requested', width: 180, render: (_, r) => `${r.requestedBy}，${formatTime(r.createdAt)}` },
          { title: '时限', dataIndex: 'windowHours', width: 80, render: (v: number) => `${v}小时` },
          { title: '截止时间', dataIndex: 'dueAt', width: 170, render: (v: string) => formatTime(v) },
          {
            title: '各网站转载情况',
            key: 'targets',
            render: (_, r) => (
              <Flex wrap gap={0}>
                {r.targets.map((t) => (
                  <TargetTag key={t.siteId} target={t} />
                ))}
              </Flex>
            ),
          },
          { title: '说明', dataIndex: 'note', width: 160, render: (v: string | null) => v ?? '—' },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_, r) => {
              const mine = r.targets.find((x) => x.siteId === siteId);
              return mine && !mine.repostedAt && can('content.edit') ? (
                <Button size="small" onClick={() => setReposting(r)}>
                  转载到本站
                </Button>
              ) : (
                '—'
              );
            },
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
      <RepostModal
        request={reposting}
        siteId={siteId}
        onClose={() => setReposting(null)}
        onDone={() => {
          setReposting(null);
          setReloadKey((k) => k + 1);
        }}
      />
      <RequestModal
        isOpen={isCreating}
        onClose={() => setIsCreating(false)}
        onDone={() => {
          setIsCreating(false);
          setReloadKey((k) => k + 1);
        }}
      />
    </>
  );
}
