import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { LibraryItem, LibraryItemQuery, LibraryItemState } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { formatTime } from '../../shared/format';
import { FormSelect } from '../../shared/FormSelect';
import { PageHeading } from '../../shared/PageHeading';
import { SiteSelect, siteName } from '../../shared/reference';
import { useKeysetList } from '../../shared/use-keyset-list';
import { useSession } from '../accounts/session';
import { UserSelect } from '../accounts/UserSelect';
import { ColumnTreeSelect } from '../sites/ColumnTreeSelect';
import { itemStateColors, itemStateLabels } from './labels';
import { TopicCascader } from './MetadataFields';
import { NewItemModal } from './NewItemModal';
import { pathToTopic, topicOptions, topicToPath, typeLabel, useVocabulary, validityLabel } from './vocabulary';
import { EmptyText } from './EmptyText';

/** The filters as they stand in the URL (so a reload or a shared link keeps them). */
interface Filters {
  q?: string;
  siteId?: number;
  columnId?: number;
  type?: string;
  state?: LibraryItemState;
  topic?: string;
  validity?: string;
  authorId?: number;
  /** Updated on or after this day / on or before this day (YYYY-MM-DD, local). */
  from?: string;
  to?: string;
}

interface FilterValues extends Omit<Filters, 'from' | 'to'> {
  range?: [Dayjs | null, Dayjs | null] | null;
  isMine?: boolean;
}

const filterKeys = ['q', 'siteId', 'columnId', 'type', 'state', 'topic', 'validity', 'authorId', 'from', 'to'] as const;
const numberKeys = new Set(['siteId', 'columnId', 'authorId']);

function readFilters(params: URLSearchParams): Filters {
  const out: Record<string, string | number> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (!value) continue;
    if (numberKeys.has(key)) {
      const n = Number(value);
      if (Number.isInteger(n) && n > 0) out[key] = n;
    } else out[key] = value;
  }
  return out as Filters;
}

function toValues(filters: Filters, myId: number | undefined): FilterValues {
  const { from, to, ...rest } = filters;
  return {
    ...rest,
    range: from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null,
    isMine: filters.authorId !== undefined && filters.authorId === myId,
  };
}

function toFilters(values: FilterValues, canPickUser: boolean, myId: number | undefined): Filters {
  const [from, to] = values.range ?? [];
  return {
    q: values.q?.trim() || undefined,
    siteId: values.siteId,
    columnId: values.siteId ? values.columnId : undefined,
    type: values.type,
    state: values.state,
    topic: values.topic || undefined,
    validity: values.validity,
    authorId: canPickUser ? values.authorId : values.isMine ? myId : undefined,
    from: from ? from.format('YYYY-MM-DD') : undefined,
    to: to ? to.format('YYYY-MM-DD') : undefined,
  };
}

/** The API query: the date range becomes [start of `from`, start of the day after `to`) in local time. */
function toQuery(filters: Filters): Omit<LibraryItemQuery, 'cursor' | 'limit'> {
  const { from, to, ...rest } = filters;
  return {
    ...rest,
    from: from ? dayjs(from).startOf('day').toISOString() : undefined,
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : undefined,
  };
}

/** 信息列表: every item of the sites the user may read, newest first, with the library's filters. */
export default function ItemListPage() {
  const [params, setParams] = useSearchParams();
  const { can, me } = useSession();
  const { siteId: currentSiteId, sites } = useSiteSelection();
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<FilterValues>();
  const [isCreating, setIsCreating] = useState(false);
  const canPickUser = can('users.read');
  const filterKey = filterKeys.map((k) => params.get(k) ?? '').join('|');
  const filters = useMemo(() => readFilters(params), [filterKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const siteId = Form.useWatch('siteId', form);
  const suffix = params.get('site') ? `?site=${params.get('site')}` : '';

  const list = useKeysetList(
    (cursor) => call(api.GET('/api/admin/library/items', { params: { query: { ...toQuery(filters), cursor, limit: 30 } } })),
    [filters],
  );

  // Back and forward move through filter states: the form follows the URL.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(filters, me?.id) as Parameters<typeof form.setFieldsValue>[0]);
  }, [filters, form, me?.id]);

  const apply = (next: Filters) => {
    setParams((previous) => {
      const out = new URLSearchParams();
      const site = previous.get('site');
      if (site) out.set('site', site);
      for (const key of filterKeys) {
        const value = next[key];
        if (value !== undefined && value !== '') out.set(key, String(value));
      }
      return out;
    });
  };

  const findSite = (id: number) => sites?.find((s) => s.id === id);
  const siteLabel = (x: number) => {
    const site = findSite(x);
    return site ? siteName(site.node) : `网站 #${x}`;
  };

  return (
    <>
      <PageHeading
        title="信息列表"
        description="信息资源库：全部网站的信息一处编辑，按类型记录元数据，发布到本站或转载到其他网站的栏目。"
        extra={
          can('content.edit') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              新建信息
            </Button>
          ) : null
        }
      />
      <Form<FilterValues>
        form={form}
        name="library-filters"
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(values) => apply(toFilters(values, canPickUser, me?.id))}
        onValuesChange={(changed: FilterValues) => {
          if ('siteId' in changed) form.setFieldsValue({ columnId: undefined });
        }}
      >
        <Form.Item label="关键词" name="q">
          <Input allowClear placeholder="标题、索引号或文号" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="网站" name="siteId">
          <SiteSelect sites={sites} placeholder="全部" style={{ width: 190 }} />
        </Form.Item>
        <Form.Item label="栏目" name="columnId">
          <ColumnTreeSelect siteId={siteId} style={{ width: 190 }} />
        </Form.Item>
        <Form.Item label="类型" name="type">
          <FormSelect<string>
            allowClear
            placeholder="全部"
            style={{ width: 140 }}
            options={(vocabulary.data?.types ?? []).map((t) => ({ value: t.key, label: t.label }))}
          />
        </Form.Item>
        <Form.Item label="状态" name="state">
          <FormSelect<string>
            allowClear
            placeholder="全部"
            style={{ width: 110 }}
            options={Object.entries(itemStateLabels).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          label="主题分类"
          name="topic"
          getValueProps={(value: unknown) => ({ value: topicToPath(value) })}
          normalize={pathToTopic}
        >
          <TopicCascader options={topicOptions(vocabulary.data)} changeOnSelect showSearch placeholder="全部" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="有效性" name="validity">
          <FormSelect<string>
            allowClear
            placeholder="全部"
            style={{ width: 110 }}
            options={(vocabulary.data?.validities ?? []).map((v) => ({ value: v.key, label: v.label }))}
          />
        </Form.Item>
        {canPickUser ? (
          <Form.Item label="录入人" name="authorId">
            <UserSelect placeholder="全部" style={{ width: 190 }} />
          </Form.Item>
        ) : (
          <Form.Item name="isMine" valuePropName="checked">
            <Checkbox>只看我录入的</Checkbox>
          </Form.Item>
        )}
        <Form.Item label="修改日期" name="range">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
        <Form.Item>
          <Button onClick={() => apply({})}>重置</Button>
        </Form.Item>
      </Form>
      <Table<LibraryItem>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 1400 }}
        locale={{ emptyText: <EmptyText>{list.error ? '读取失败，请稍后再试' : '没有符合条件的信息'}</EmptyText> }}
        columns={[
          {
            title: '标题',
            key: 'title',
            width: 360,
            render: (_, item) => (
              <Link to={`/library/${item.id}${suffix}`} style={{ whiteSpace: 'normal' }}>
                {item.title}
              </Link>
            ),
          },
          { title: '类型', dataIndex: 'type', width: 110, render: (v: string) => typeLabel(vocabulary.data, v) },
          { title: '网站', dataIndex: 'siteId', width: 140, render: (v: number) => siteLabel(v) },
          {
            title: '状态',
            dataIndex: 'state',
            width: 150,
            render: (v: LibraryItemState, item) => (
              <Flex gap={4} wrap>
                <Tag color={itemStateColors[v]}>{itemStateLabels[v]}</Tag>
                {v !== 'published' && item.publishedVersion ? (
                  <Typography.Text type="secondary">网站上为第{item.publishedVersion}版</Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          { title: '索引号', dataIndex: 'indexNo', width: 180, render: (v: string | null) => v ?? '—' },
          { title: '有效性', dataIndex: 'validity', width: 90, render: (v: string | null) => validityLabel(vocabulary.data, v) },
          { title: '作者', dataIndex: 'author', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '录入人', key: 'createdBy', width: 140, render: (_, item) => item.createdBy.name },
          { title: '修改时间', dataIndex: 'updatedAt', width: 170, render: (v: string) => formatTime(v) },
        ]}
      />
      <Flex justify="center" style={{ marginTop: 16 }}>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} loading={list.isLoading}>
            加载更多
          </Button>
        ) : (
          <Typography.Text type="secondary">{list.items.length ? `共 ${list.items.length} 条信息` : ''}</Typography.Text>
        )}
      </Flex>
      <NewItemModal
        isOpen={isCreating}
        onClose={() => setIsCreating(false)}
        vocabulary={vocabulary.data}
        sites={sites}
        defaultSiteId={filters.siteId ?? currentSiteId}
      />
    </>
  );
}
