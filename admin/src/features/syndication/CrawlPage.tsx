import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { useKeysetList } from '../../shared/use-keyset-list';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { ColumnName } from '../sites/ColumnTreeSelect';
import { EmptyText } from '../workflow/EmptyText';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { Section } from '../workflow/Section';
import '../workflow/workflow.css';
import { CrawlSourceDrawer } from './CrawlSourceDrawer';
import { crawlEntryStateLabels, crawlKindLabels, crawlStatusLabels, syndicationErrorTitles } from './labels';
import type { CrawlEntry, CrawlEntryState, CrawlRunResult, CrawlSource } from './types';

/** The text of sanitised HTML, for a short preview (the browser parses it without running anything). */
function plainText(html: string | null): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function RunStatus({ source }: { source: CrawlSource }) {
  if (!source.lastRunAt) return <Typography.Text>尚未抓取</Typography.Text>;
  const status = source.lastStatus ?? '';
  const icon = status === 'ok' ? <CheckCircleOutlined /> : status === 'partial' ? <ExclamationCircleOutlined /> : <CloseCircleOutlined />;
  const color = status === 'ok' ? 'success' : status === 'partial' ? 'warning' : 'error';
  return (
    <Flex vertical gap={2}>
      <span>
        <Tag color={color} icon={icon}>
          {crawlStatusLabels[status] ?? status}
        </Tag>
        {formatTime(source.lastRunAt)}
      </span>
      {source.lastMessage ? <Typography.Text style={{ fontSize: 12 }}>{source.lastMessage}</Typography.Text> : null}
    </Flex>
  );
}

function EntryQueue({ sources, reloadKey }: { sources: CrawlSource[]; reloadKey: number }) {
  const [state, setState] = useState<CrawlEntryState>('pending');
  const list = useKeysetList(
    (cursor) => call(api.GET('/api/admin/syndication/crawl-entries', { params: { query: { state, cursor, limit: 30 } } })),
    [state, reloadKey],
  );
  const [previewing, setPreviewing] = useState<CrawlEntry | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [accepted, setAccepted] = useState<{ title: string; itemId: number } | null>(null);
  const { success } = useFeedback();
  const sourceName = (id: number) => sources.find((s) => s.id === id)?.name ?? `抓取源 #${id}`;

  const decide = async (entry: CrawlEntry, decision: 'accept' | 'reject') => {
    setBusyId(entry.id);
    setError(undefined);
    setAccepted(null);
    try {
      const path = { params: { path: { entryId: entry.id } } };
      if (decision === 'accept') {
        const result = await call(api.POST('/api/admin/syndication/crawl-entries/{entryId}/accept', path));
        setAccepted({ title: result.item.title, itemId: result.item.id });
      } else {
        await call(api.POST('/api/admin/syndication/crawl-entries/{entryId}/reject', path));
        success(`不采用“${entry.title}”`);
      }
      setPreviewing(null);
      await list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusyId(null);
    }
  };

  const actions = (entry: CrawlEntry) =>
    entry.state === 'pending' ? (
      <Space size={0} wrap>
        <Button type="link" onClick={() => void decide(entry, 'accept')} loading={busyId === entry.id} aria-label={`采用 ${entry.title}`}>
          采用
        </Button>
        <Button
          type="link"
          danger
          onClick={() => void decide(entry, 'reject')}
          disabled={busyId === entry.id}
          aria-label={`不采用 ${entry.title}`}
        >
          不采用
        </Button>
      </Space>
    ) : entry.itemId ? (
      <Link to={`/library/${entry.itemId}`} aria-label={`编辑信息 ${entry.title}`}>
        编辑信息
      </Link>
    ) : null;

  return (
    <>
      <Tabs
        activeKey={state}
        onChange={(k) => setState(k as CrawlEntryState)}
        items={(['pending', 'accepted', 'rejected'] as const).map((k) => ({ key: k, label: crawlEntryStateLabels[k] }))}
      />
      {accepted ? (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setAccepted(null)}
          style={{ marginBottom: 16 }}
          message={
            <span>
              已采用“{accepted.title}”，入库为草稿：<Link to={`/library/${accepted.itemId}`}>打开编辑页</Link>，修改后提交审核。
            </span>
          }
        />
      ) : null}
      <ApiErrorAlert error={error ?? list.error} titles={syndicationErrorTitles} onClose={error ? () => setError(undefined) : undefined} />
      <Table<CrawlEntry>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={list.items.length ? { x: 1150 } : undefined}
        locale={{ emptyText: <EmptyText text={state === 'pending' ? '没有待审的抓取信息' : '暂无记录'} /> }}
        columns={[
          {
            title: '标题',
            key: 'title',
            width: 280,
            render: (_, e) => (
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                {e.title}
                <span className="wf-sr-only">（原文，在新窗口打开）</span>
              </a>
            ),
          },
          { title: '抓取源', dataIndex: 'sourceId', width: 160, render: (v: number) => sourceName(v) },
          { title: '原文发布时间', dataIndex: 'publishedAt', width: 170, render: (v: string | null) => formatTime(v) },
          { title: '抓取时间', dataIndex: 'fetchedAt', width: 170, render: (v: string) => formatTime(v) },
          {
            title: '内容预览',
            key: 'preview',
            render: (_, e) => {
              const text = plainText(e.body) || e.summary || '';
              return (
                <Flex vertical gap={2} align="flex-start">
                  <Typography.Text>{text ? (text.length > 120 ? `${text.slice(0, 120)}…` : text) : '（无正文）'}</Typography.Text>
                  {e.body ? (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      onClick={() => setPreviewing(e)}
                      aria-label={`预览全文 ${e.title}`}
                    >
                      预览全文
                    </Button>
                  ) : null}
                </Flex>
              );
            },
          },
          ...(state === 'pending' ? [] : [{ title: '处理人', dataIndex: 'decidedBy', width: 140, render: (v: string | null) => v ?? '—' }]),
          { title: '操作', key: 'actions', width: 140, fixed: 'right' as const, render: (_: unknown, e: CrawlEntry) => actions(e) },
        ]}
      />
      <Flex justify="center" style={{ marginTop: 16 }}>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} loading={list.isLoading}>
            加载更多
          </Button>
        ) : (
          <Typography.Text type="secondary">{list.items.length ? `共 ${list.items.length} 条` : ''}</Typography.Text>
        )}
      </Flex>
      <Modal
        title={previewing?.title}
        open={!!previewing}
        onCancel={() => setPreviewing(null)}
        width={800}
        destroyOnHidden
        footer={
          previewing ? (
            <Space>
              <Button onClick={() => setPreviewing(null)}>关闭</Button>
              {previewing.state === 'pending' ? (
                <>
                  <Button danger onClick={() => void decide(previewing, 'reject')} disabled={busyId === previewing.id}>
                    不采用
                  </Button>
                  <Button type="primary" onClick={() => void decide(previewing, 'accept')} loading={busyId === previewing.id}>
                    采用
                  </Button>
                </>
              ) : null}
            </Space>
          ) : null
        }
      >
        {previewing ? (
          <>
            <Typography.Paragraph>
              原文：
              <a href={previewing.url} target="_blank" rel="noopener noreferrer">
                {previewing.url}
              </a>
            </Typography.Paragraph>
            {/* Sanitised by the server when it was fetched (library sanitizeBody). */}
            <div
              className="wf-body"
              tabIndex={0}
              role="region"
              aria-label="抓取的正文"
              dangerouslySetInnerHTML={{ __html: previewing.body ?? '' }}
            />
          </>
        ) : null}
      </Modal>
    </>
  );
}

/** 网上抓取: crawl sources and the review queue of what they fetched. */
export default function CrawlPage() {
  const { can } = useSession();
  const canManage = can('columns.manage');
  const sources = useLoad(() => call(api.GET('/api/admin/syndication/crawl-sources')), []);
  const items = useMemo(() => sources.data?.items ?? [], [sources.data]);
  const [editing, setEditing] = useState<{ source: CrawlSource | null } | null>(null);
  const [runningId, setRunningId] = useState<number | null>(null);
  const [runResult, setRunResult] = useState<{ name: string; result: CrawlRunResult } | null>(null);
  const [error, setError] = useState<unknown>();
  const [queueKey, setQueueKey] = useState(0);
  const { modal } = App.useApp();
  const { success } = useFeedback();

  const run = async (source: CrawlSource) => {
    setRunningId(source.id);
    setError(undefined);
    setRunResult(null);
    try {
      const result = await call(
        api.POST('/api/admin/syndication/crawl-sources/{sourceId}/run', { params: { path: { sourceId: source.id } } }),
      );
      setRunResult({ name: source.name, result });
      await sources.reload();
      setQueueKey((k) => k + 1);
    } catch (e) {
      setError(e);
    } finally {
      setRunningId(null);
    }
  };

  const remove = (source: CrawlSource) =>
    modal.confirm({
      title: `删除抓取源“${source.name}”？`,
      content: '删除后不再抓取；已采用的信息不受影响。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        setError(undefined);
        try {
          await call(api.DELETE('/api/admin/syndication/crawl-sources/{sourceId}', { params: { path: { sourceId: source.id } } }));
          success(`已删除“${source.name}”`);
          await sources.reload();
        } catch (e) {
          setError(e);
        }
      },
    });

  return (
    <>
      <PageHeading
        title="网上抓取"
        description="定时从其他网站的订阅源或列表页抓取信息，经人工审看后采用入库（作为草稿，再走审核流程）。"
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ source: null })}>
              新增抓取源
            </Button>
          ) : null
        }
      />
      <ApiErrorAlert
        error={error ?? sources.error}
        titles={syndicationErrorTitles}
        onClose={error ? () => setError(undefined) : undefined}
      />
      {runResult ? (
        <Alert
          type={runResult.result.errors ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setRunResult(null)}
          style={{ marginBottom: 16 }}
          message={`“${runResult.name}”抓取完成：新增 ${runResult.result.added} 条，跳过 ${runResult.result.skipped} 条（已抓取过），错误 ${runResult.result.errors} 处`}
          description={runResult.result.errors ? '错误详情见抓取源的“最近抓取”一栏。' : undefined}
        />
      ) : null}
      <Section title="抓取源">
        <Table<CrawlSource>
          rowKey="id"
          dataSource={items}
          loading={sources.isLoading}
          pagination={false}
          scroll={items.length ? { x: 1300 } : undefined}
          locale={{ emptyText: <EmptyText text="还没有抓取源" /> }}
          columns={[
            { title: '名称', dataIndex: 'name', width: 170 },
            {
              title: '地址',
              dataIndex: 'url',
              width: 240,
              render: (v: string) => (
                <a href={v} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
                  {v}
                </a>
              ),
            },
            { title: '类型', dataIndex: 'kind', width: 150, render: (v: CrawlSource['kind']) => crawlKindLabels[v] ?? v },
            { title: '进入栏目', key: 'column', width: 140, render: (_, s) => <ColumnName siteId={s.siteId} columnId={s.columnId} /> },
            {
              title: '间隔',
              dataIndex: 'intervalMinutes',
              width: 90,
              render: (v: number) => (v % 60 === 0 ? `${v / 60}小时` : `${v}分钟`),
            },
            {
              title: '状态',
              dataIndex: 'isEnabled',
              width: 90,
              render: (v: boolean) =>
                v ? (
                  <Tag color="success" icon={<CheckCircleOutlined />}>
                    启用
                  </Tag>
                ) : (
                  <Tag>停用</Tag>
                ),
            },
            { title: '最近抓取', key: 'last', width: 260, render: (_, s) => <RunStatus source={s} /> },
            ...(canManage
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 220,
                    fixed: 'right' as const,
                    render: (_: unknown, s: CrawlSource) => (
                      <Space size={0} wrap>
                        <Button
                          type="link"
                          icon={<SyncOutlined spin={runningId === s.id} />}
                          disabled={runningId !== null}
                          onClick={() => void run(s)}
                          aria-label={`立即抓取 ${s.name}`}
                        >
                          立即抓取
                        </Button>
                        <Button type="link" onClick={() => setEditing({ source: s })} aria-label={`编辑 ${s.name}`}>
                          编辑
                        </Button>
                        <Button type="link" danger onClick={() => remove(s)} aria-label={`删除 ${s.name}`}>
                          删除
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <Section title="待审信息">
        <EntryQueue sources={items} reloadKey={queueKey} />
      </Section>
      <CrawlSourceDrawer
        key={editing?.source?.id ?? 'new'}
        source={editing?.source ?? null}
        isOpen={!!editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void sources.reload();
        }}
      />
    </>
  );
}
