import { DownloadOutlined, MinusSquareOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Table, Typography } from 'antd';
import { FormSelect as Select } from '../../shared/FormSelect';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, toQueryString } from '../../api/client';
import type { AuditEntry, AuditQuery } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { SiteSelect } from '../../shared/reference';
import { useKeysetList } from '../../shared/use-keyset-list';
import { UserSelect } from '../accounts/UserSelect';

interface FilterValues {
  q?: string;
  action?: string;
  actorId?: number;
  targetType?: string;
  siteId?: number;
  range?: [Dayjs | null, Dayjs | null] | null;
}

type Filters = Omit<AuditQuery, 'cursor' | 'limit'>;

const targetTypeOptions = [
  { value: 'user', label: '用户' },
  { value: 'session', label: '会话' },
  { value: 'org_unit', label: '组织机构' },
  { value: 'role', label: '角色' },
  { value: 'grant', label: '授权' },
  { value: 'site', label: '网站' },
  { value: 'column', label: '栏目' },
];

function toFilters(values: FilterValues): Filters {
  const [from, to] = values.range ?? [];
  return {
    q: values.q?.trim() || undefined,
    action: values.action?.trim() || undefined,
    actorId: values.actorId,
    targetType: values.targetType,
    siteId: values.siteId,
    from: from ? from.format('YYYY-MM-DD') : undefined,
    to: to ? to.format('YYYY-MM-DD') : undefined,
  };
}

function Json({ value, label }: { value: unknown; label: string }) {
  return (
    <div style={{ flex: 1, minWidth: 280 }}>
      <h3 style={{ fontSize: 14 }}>{label}</h3>
      {value === null || value === undefined ? (
        <Typography.Text>（无）</Typography.Text>
      ) : (
        <pre style={{ background: '#f5f5f5', padding: 12, borderRadius: 6, maxHeight: 320, overflow: 'auto', fontSize: 12, margin: 0 }} tabIndex={0}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}

export default function AuditPage() {
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<Filters>({});
  const { sites } = useSiteSelection();
  const list = useKeysetList((cursor) => call(api.GET('/api/admin/audit', { params: { query: { ...filters, cursor, limit: 50 } } })), [filters]);
  const exportHref = `/api/admin/audit/export.csv${toQueryString(filters)}`;

  return (
    <>
      <PageHeading
        title="审计日志"
        description="记录每一次登录和管理操作：谁、何时、从哪里、对什么做了什么，以及修改前后的内容。"
        extra={
          <Button icon={<DownloadOutlined />} href={exportHref} download>
            导出 CSV
          </Button>
        }
      />
      <Form<FilterValues> form={form} name="audit-filters" layout="inline" onFinish={(v) => setFilters(toFilters(v))} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="关键词" name="q">
          <Input allowClear placeholder="摘要、对象" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label="操作" name="action">
          <Input allowClear placeholder="如 sites.site.create" style={{ width: 190 }} />
        </Form.Item>
        <Form.Item label="操作人" name="actorId">
          <UserSelect style={{ width: 200 }} placeholder="全部" />
        </Form.Item>
        <Form.Item label="对象类型" name="targetType">
          <Select allowClear placeholder="全部" options={targetTypeOptions} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item label="网站" name="siteId">
          <SiteSelect sites={sites} placeholder="全部" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="日期" name="range">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
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
      <Table<AuditEntry>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 1360 }}
        expandable={{
          expandedRowRender: (entry) => (
            <Flex gap={16} wrap>
              <Json label="修改前" value={entry.before} />
              <Json label="修改后" value={entry.after} />
            </Flex>
          ),
          rowExpandable: (entry) => entry.before != null || entry.after != null,
          // A named button per row, so screen readers and tests can find it (修改前后 #id).
          expandIcon: ({ expanded, expandable, onExpand, record }) =>
            expandable ? (
              <Button
                type="text"
                size="small"
                aria-expanded={expanded}
                aria-label={`${expanded ? '收起' : '展开'}修改前后 #${record.id}`}
                icon={expanded ? <MinusSquareOutlined /> : <PlusSquareOutlined />}
                onClick={(event) => onExpand(record, event)}
              />
            ) : null,
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => formatTime(v) },
          { title: '操作人', dataIndex: 'actorName', width: 140 },
          { title: '操作', dataIndex: 'action', width: 220, render: (v: string) => <code>{v}</code> },
          {
            title: '对象',
            key: 'target',
            width: 200,
            render: (_, e) => `${targetTypeOptions.find((o) => o.value === e.targetType)?.label ?? e.targetType}${e.targetLabel ? `：${e.targetLabel}` : e.targetId ? ` #${e.targetId}` : ''}`,
          },
          { title: '摘要', dataIndex: 'summary', width: 400 },
          { title: 'IP 地址', dataIndex: 'ip', width: 140, render: (v: string | null) => v ?? '—' },
        ]}
      />
      <Flex justify="center" style={{ marginTop: 16 }}>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} loading={list.isLoading}>
            加载更多
          </Button>
        ) : (
          <Typography.Text type="secondary">{list.items.length ? `共 ${list.items.length} 条记录` : ''}</Typography.Text>
        )}
      </Flex>
    </>
  );
}
