import { SendOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Radio, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useSiteSelection } from '../../layout/site-selection';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { useKeysetList } from '../../shared/use-keyset-list';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { EmptyText } from '../workflow/EmptyText';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { submissionStateColors, submissionStateLabels, syndicationErrorTitles } from './labels';
import { AcceptModal, ReturnModal, SubmitModal } from './SubmissionModals';
import type { Submission, SubmissionState, SubmissionStats } from './types';

type Direction = 'incoming' | 'outgoing';
type Tab = Direction | 'stats';
const isTab = (v: string | null): v is Tab => v === 'incoming' || v === 'outgoing' || v === 'stats';

function StateFilter({
  value,
  onChange,
  name,
}: {
  value: SubmissionState | 'all';
  onChange(v: SubmissionState | 'all'): void;
  name: string;
}) {
  return (
    <Radio.Group
      aria-label="按状态筛选"
      name={name}
      optionType="button"
      value={value}
      onChange={(e) => onChange(e.target.value as SubmissionState | 'all')}
      options={[
        { value: 'pending', label: '待处理' },
        { value: 'accepted', label: '已采用' },
        { value: 'returned', label: '已退回' },
        { value: 'all', label: '全部' },
      ]}
      style={{ marginBottom: 16 }}
    />
  );
}

function SubmissionList({
  direction,
  siteId,
  reloadKey,
  onChanged,
}: {
  direction: Direction;
  siteId: number;
  reloadKey: number;
  onChanged(): void;
}) {
  const [state, setState] = useState<SubmissionState | 'all'>('pending');
  const list = useKeysetList(
    (cursor) =>
      call(
        api.GET('/api/admin/syndication/submissions', {
          params: { query: { direction, siteId, state: state === 'all' ? undefined : state, cursor, limit: 30 } },
        }),
      ),
    [direction, siteId, state, reloadKey],
  );
  const [accepting, setAccepting] = useState<Submission | null>(null);
  const [returning, setReturning] = useState<Submission | null>(null);
  const { can } = useSession();
  const isIncoming = direction === 'incoming';
  const canDecide = isIncoming && can('content.edit');
  const done = () => {
    setAccepting(null);
    setReturning(null);
    void list.reload();
    onChanged();
  };
  return (
    <>
      <StateFilter value={state} onChange={setState} name={`${direction}-state`} />
      <ApiErrorAlert error={list.error} titles={syndicationErrorTitles} />
      <Table<Submission>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={list.items.length ? { x: 1250 } : undefined}
        locale={{ emptyText: <EmptyText text={isIncoming ? '没有收到的报送' : '没有报送记录'} /> }}
        columns={[
          { title: '信息标题', key: 'title', width: 280, render: (_, s) => <Link to={`/library/${s.itemId}`}>{s.itemTitle}</Link> },
          isIncoming
            ? { title: '报送单位', dataIndex: 'fromSiteName', width: 150 }
            : { title: '报送到网站', dataIndex: 'toSiteName', width: 150 },
          { title: '报送栏目', dataIndex: 'toColumnName', width: 150 },
          { title: '报送人', dataIndex: 'submittedBy', width: 150 },
          { title: '报送时间', dataIndex: 'createdAt', width: 170, render: (v: string) => formatTime(v) },
          { title: '报送说明', dataIndex: 'note', width: 180, render: (v: string | null) => v ?? '—' },
          {
            title: '状态',
            dataIndex: 'state',
            width: 90,
            render: (v: SubmissionState) => <Tag color={submissionStateColors[v]}>{submissionStateLabels[v]}</Tag>,
          },
          {
            title: '处理情况',
            key: 'decision',
            width: 220,
            render: (_, s) =>
              s.decidedAt ? (
                <span>
                  {s.decidedBy}，{formatTime(s.decidedAt)}
                  {s.comment ? (
                    <>
                      <br />
                      {s.state === 'returned' ? '退回原因' : '意见'}：{s.comment}
                    </>
                  ) : null}
                </span>
              ) : (
                '—'
              ),
          },
          ...(canDecide
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 130,
                  fixed: 'right' as const,
                  render: (_: unknown, s: Submission) =>
                    s.state === 'pending' ? (
                      <Space size={0}>
                        <Button type="link" onClick={() => setAccepting(s)} aria-label={`采用 ${s.itemTitle}`}>
                          采用
                        </Button>
                        <Button type="link" danger onClick={() => setReturning(s)} aria-label={`退回 ${s.itemTitle}`}>
                          退回
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
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
      <AcceptModal submission={accepting} onClose={() => setAccepting(null)} onDone={done} />
      <ReturnModal submission={returning} onClose={() => setReturning(null)} onDone={done} />
    </>
  );
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

function StatsTable({
  siteId,
  stats,
  range,
  onRange,
}: {
  siteId: number;
  stats: ReturnType<typeof useStats>;
  range: [Dayjs | null, Dayjs | null] | null;
  onRange(r: [Dayjs | null, Dayjs | null] | null): void;
}) {
  const rows = stats.data?.items ?? [];
  const total = rows.reduce(
    (t, r) => ({
      submitted: t.submitted + r.submitted,
      accepted: t.accepted + r.accepted,
      returned: t.returned + r.returned,
      pending: t.pending + r.pending,
    }),
    {
      submitted: 0,
      accepted: 0,
      returned: 0,
      pending: 0,
    },
  );
  const decided = total.accepted + total.returned;
  return (
    <>
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor={`stats-range-${siteId}`}>报送时间</label>
        <DatePicker.RangePicker
          id={{ start: `stats-range-${siteId}` }}
          allowEmpty={[true, true]}
          value={range}
          onChange={(v) => onRange(v)}
        />
      </Flex>
      <ApiErrorAlert error={stats.error} titles={syndicationErrorTitles} />
      <Table<SubmissionStats>
        rowKey="fromSiteId"
        dataSource={rows}
        loading={stats.isLoading}
        pagination={false}
        locale={{ emptyText: <EmptyText text="该时间段内没有收到报送" /> }}
        columns={[
          { title: '报送单位', dataIndex: 'fromSiteName' },
          { title: '报送数', dataIndex: 'submitted', align: 'right' },
          { title: '采用数', dataIndex: 'accepted', align: 'right' },
          { title: '退回数', dataIndex: 'returned', align: 'right' },
          { title: '待处理', dataIndex: 'pending', align: 'right' },
          { title: '采用率', dataIndex: 'acceptanceRate', align: 'right', render: (v: number | null) => percent(v) },
        ]}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>合计</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total.submitted}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {total.accepted}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {total.returned}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {total.pending}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {percent(decided ? total.accepted / decided : null)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        采用率 = 采用数 ÷（采用数 + 退回数），待处理的不计入。
      </Typography.Paragraph>
    </>
  );
}

function useStats(siteId: number | null, range: [Dayjs | null, Dayjs | null] | null) {
  const from = range?.[0]?.startOf('day').toISOString();
  const to = range?.[1]?.add(1, 'day').startOf('day').toISOString();
  return useLoad(
    () => call(api.GET('/api/admin/syndication/submissions/stats', { params: { query: { siteId: siteId!, from, to } } })),
    [siteId, from, to],
    { skip: !siteId },
  );
}

/** 信息报送: what the current site received, what it sent, and statistics per submitting unit. */
export default function SubmissionsPage() {
  const { siteId, site } = useSiteSelection();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('tab');
  const tab: Tab = isTab(fromUrl) ? fromUrl : 'incoming';
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const stats = useStats(siteId, range);

  const selectTab = (key: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (key === 'incoming') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );

  if (!siteId) {
    return (
      <>
        <PageHeading title="信息报送" />
        <Empty description="请先在页面顶部的“当前网站”中选择一个网站" />
      </>
    );
  }

  return (
    <>
      <PageHeading
        title="信息报送"
        description={`${site?.label ?? ''}收到的报送、本网站的报送和报送统计。`}
        extra={
          can('content.submit') ? (
            <Button type="primary" icon={<SendOutlined />} onClick={() => setIsSubmitting(true)}>
              报送
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={tab}
        onChange={selectTab}
        destroyOnHidden
        items={[
          {
            key: 'incoming',
            label: '收到的报送',
            children: (
              <SubmissionList
                direction="incoming"
                siteId={siteId}
                reloadKey={reloadKey}
                onChanged={() => void stats.reload()}
              />
            ),
          },
          {
            key: 'outgoing',
            label: '我的报送',
            children: (
              <SubmissionList
                direction="outgoing"
                siteId={siteId}
                reloadKey={reloadKey}
                onChanged={() => void stats.reload()}
              />
            ),
          },
          { key: 'stats', label: '报送统计', children: <StatsTable siteId={siteId} stats={stats} range={range} onRange={setRange} /> },
        ]}
      />
      <SubmitModal
        isOpen={isSubmitting}
        onClose={() => setIsSubmitting(false)}
        onDone={() => {
          setIsSubmitting(false);
          setReloadKey((k) => k + 1);
          selectTab('outgoing');
        }}
      />
    </>
  );
}
