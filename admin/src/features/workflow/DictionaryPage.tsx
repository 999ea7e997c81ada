import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, isApiError } from '../../api/client';
import { FormDrawer } from '../../shared/FormDrawer';
import { FormSelect } from '../../shared/FormSelect';
import { applyFieldErrors, useFeedback } from '../../shared/feedback';
import { emptyToNull, formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { useKeysetList } from '../../shared/use-keyset-list';
import { useSession } from '../accounts/session';
import { FormRadioGroup } from './FormRadioGroup';
import { ApiErrorAlert } from './ApiErrorAlert';
import { dictionaryCategoryLabels, severityColors, severityLabels } from './labels';
import type { DictionaryCategory, DictionaryEntry, Severity } from './types';

const categoryOptions = (Object.keys(dictionaryCategoryLabels) as DictionaryCategory[]).map((value) => ({
  value,
  label: dictionaryCategoryLabels[value],
}));

const dictionaryErrorTitles: Record<string, string> = {
  WORKFLOW_DICTIONARY_ENTRY_TAKEN: '词库中已有这个词条',
  WORKFLOW_DICTIONARY_ENTRY_INVALID: '词条不符合要求',
  WORKFLOW_DICTIONARY_ENTRY_NOT_FOUND: '词条不存在（可能已被删除）',
  FORBIDDEN: '没有权限维护词库（须有平台范围的内容审核权限）',
};

interface EntryValues {
  word: string;
  category: DictionaryCategory;
  severity: Severity;
  replacement?: string;
  note?: string;
}

function EntryDrawer({
  entry,
  isOpen,
  onClose,
  onSaved,
}: {
  entry: DictionaryEntry | null;
  isOpen: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const [form] = Form.useForm<EntryValues>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { success } = useFeedback();
  const category = Form.useWatch('category', form);

  const submit = async (values: EntryValues) => {
    setIsSaving(true);
    setError(undefined);
    const body = {
      word: values.word.trim(),
      category: values.category,
      severity: values.severity,
      replacement: emptyToNull(values.replacement?.trim()),
      note: emptyToNull(values.note?.trim()),
    };
    try {
      if (entry) {
        await call(api.PATCH('/api/admin/workflow/dictionary/{entryId}', { params: { path: { entryId: entry.id } }, body }));
        success('词条已保存');
      } else {
        await call(api.POST('/api/admin/workflow/dictionary', { body }));
        success(`已添加“${body.word}”`);
      }
      onSaved();
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <FormDrawer
      title={entry ? `编辑词条：${entry.word}` : '添加词条'}
      isOpen={isOpen}
      width={480}
      isSaving={isSaving}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <ApiErrorAlert error={error} titles={dictionaryErrorTitles} onClose={() => setError(undefined)} />
      <Form<EntryValues>
        form={form}
        name="dictionary-entry"
        layout="vertical"
        onFinish={submit}
        initialValues={
          entry
            ? {
                word: entry.word,
                category: entry.category,
                severity: entry.severity,
                replacement: entry.replacement ?? '',
                note: entry.note ?? '',
              }
            : { category: 'sensitive', severity: 'block' }
        }
      >
        <Form.Item
          label="词条"
          name="word"
          rules={[
            { required: true, whitespace: true, message: '请输入词条' },
            { max: 50, message: '词条不超过50个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="分类" name="category" rules={[{ required: true, message: '请选择分类' }]}>
          <FormSelect<DictionaryCategory> options={categoryOptions} />
        </Form.Item>
        <Form.Item
          label="级别"
          name="severity"
          rules={[{ required: true, message: '请选择级别' }]}
          extra="严重：须修改或经审核人员放行才能提交审核；提示：仅提醒。"
        >
          <FormRadioGroup
            options={[
              { value: 'block', label: severityLabels.block },
              { value: 'warn', label: severityLabels.warn },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="正确写法"
          name="replacement"
          dependencies={['category']}
          extra={category === 'wrong_term' ? '错误表述须填写正确写法，检查时作为修改建议。' : '选填，检查时作为修改建议。'}
          rules={[
            { required: category === 'wrong_term', whitespace: true, message: '错误表述须填写正确写法' },
            { max: 50, message: '正确写法不超过50字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="说明" name="note" rules={[{ max: 200, message: '说明不超过200字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** 词库管理: the platform's content-check dictionary. */
export default function DictionaryPage() {
  const { can } = useSession();
  const canEdit = can('content.review');
  const [category, setCategory] = useState<DictionaryCategory | undefined>();
  const [query, setQuery] = useState('');
  const list = useKeysetList(
    (cursor) =>
      call(api.GET('/api/admin/workflow/dictionary', { params: { query: { category, q: query || undefined, cursor, limit: 100 } } })),
    [category, query],
  );
  const [editing, setEditing] = useState<{ entry: DictionaryEntry | null } | null>(null);
  const [error, setError] = useState<unknown>();
  const { modal } = App.useApp();
  const { success } = useFeedback();

  const remove = (entry: DictionaryEntry) =>
    modal.confirm({
      title: `删除词条“${entry.word}”？`,
      content: '删除后，内容检查不再提示这个词。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        setError(undefined);
        try {
          await call(api.DELETE('/api/admin/workflow/dictionary/{entryId}', { params: { path: { entryId: entry.id } } }));
          success(`已删除“${entry.word}”`);
          await list.reload();
        } catch (e) {
          setError(e);
        }
      },
    });

  return (
    <>
      <PageHeading
        title="词库管理"
        description="内容检查使用的词库：敏感词、错误表述（规范用语）、领导人姓名职务错误、赌博及垃圾广告。全平台共用。"
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ entry: null })}>
              添加词条
            </Button>
          ) : null
        }
      />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center">
          <label htmlFor="dictionary-category">分类</label>
          <FormSelect<DictionaryCategory>
            id="dictionary-category"
            allowClear
            placeholder="全部"
            options={categoryOptions}
            value={category}
            onChange={(v) => setCategory(v ?? undefined)}
            style={{ width: 200 }}
          />
        </Flex>
        <Input.Search
          id="dictionary-search"
          aria-label="搜索词条"
          placeholder="词条或正确写法"
          allowClear
          enterButton="搜索"
          onSearch={(value) => setQuery(value.trim())}
          style={{ maxWidth: 320 }}
        />
      </Flex>
      <ApiErrorAlert error={error ?? list.error} titles={dictionaryErrorTitles} onClose={error ? () => setError(undefined) : undefined} />
      <Table<DictionaryEntry>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={list.items.length ? { x: 960 } : undefined}
        columns={[
          { title: '词条', dataIndex: 'word', width: 180 },
          { title: '分类', dataIndex: 'category', width: 170, render: (v: DictionaryCategory) => dictionaryCategoryLabels[v] ?? v },
          {
            title: '级别',
            dataIndex: 'severity',
            width: 80,
            render: (v: Severity) => <Tag color={severityColors[v]}>{severityLabels[v]}</Tag>,
          },
          { title: '正确写法', dataIndex: 'replacement', width: 180, render: (v: string | null) => v ?? '—' },
          { title: '说明', dataIndex: 'note', render: (v: string | null) => v ?? '—' },
          { title: '更新时间', dataIndex: 'updatedAt', width: 170, render: (v: string) => formatTime(v) },
          ...(canEdit
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, e: DictionaryEntry) => (
                    <Space size={0}>
                      <Button type="link" onClick={() => setEditing({ entry: e })} aria-label={`编辑 ${e.word}`}>
                        编辑
                      </Button>
                      <Button type="link" danger onClick={() => remove(e)} aria-label={`删除 ${e.word}`}>
                        删除
                      </Button>
                    </Space>
                  ),
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
          <Typography.Text type="secondary">{list.items.length ? `共 ${list.items.length} 个词条` : ''}</Typography.Text>
        )}
      </Flex>
      <EntryDrawer
        key={editing?.entry?.id ?? 'new'}
        entry={editing?.entry ?? null}
        isOpen={!!editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void list.reload();
        }}
      />
    </>
  );
}
