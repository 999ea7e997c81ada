import { Col, DatePicker, Form, Input, InputNumber, Row, Switch, type TreeSelectProps } from 'antd';
import { FormDrawer } from '../../shared/FormDrawer';
import { FormSelect as Select, FormTreeSelect as TreeSelect } from '../../shared/FormSelect';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { api, call } from '../../api/client';
import type { Column, ColumnInput, ColumnKind } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { emptyToNull } from '../../shared/format';
import { buildTree, findNode, subtreeIds, type TreeNodeOf } from '../../shared/tree';
import { columnKindLabels, siteLanguageLabels } from './labels';

type ColumnLanguage = Column['language'];

interface ColumnFormValues {
  name: string;
  slug: string;
  kind: ColumnKind;
  language: ColumnLanguage;
  parentId?: number | null;
  linkUrl?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  purpose: string;
  updateIntervalDays?: number | null;
  keywords?: string[];
  description?: string;
  isHidden?: boolean;
}

type TreeData = NonNullable<TreeSelectProps['treeData']>;
function toTreeData(nodes: TreeNodeOf<Column>[], disabled: Set<number>): TreeData {
  return nodes.map((n) => ({ value: n.item.id, title: n.item.name, disabled: disabled.has(n.item.id), children: toTreeData(n.children, disabled) }));
}

/**
 * 新建栏目 / 编辑栏目. A change of 上级栏目 is a move (POST /columns/:id/move, to the end of the new
 * parent's children); the other fields are a PATCH. 语言版本 is offered when the site has more than
 * Simplified Chinese; a child column always takes its parent's language (the server insists).
 */
export function ColumnFormDrawer({
  siteId,
  columns,
  languages,
  column,
  parentId,
  onClose,
  onSaved,
}: {
  siteId: number;
  columns: Column[];
  /** The site's language versions. */
  languages: ColumnLanguage[];
  column: Column | null;
  parentId: number | null;
  onClose(): void;
  onSaved(column: Column): void;
}) {
  const [form] = Form.useForm<ColumnFormValues>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const kind = Form.useWatch('kind', form);
  const chosenParentId = Form.useWatch('parentId', form) as number | null | undefined;
  const parentLanguage = chosenParentId ? columns.find((c) => c.id === chosenParentId)?.language : undefined;
  const isNew = !column;
  const hasLanguageChoice = languages.length > 1 || (column !== null && column.language !== 'zh-CN');

  // Under a parent the language is the parent's: show it, and send it.
  useEffect(() => {
    if (parentLanguage) form.setFieldValue('language', parentLanguage);
  }, [form, parentLanguage]);
  const roots = useMemo(() => buildTree(columns), [columns]);
  const parentTree = useMemo(() => {
    const own = column ? findNode(roots, column.id) : undefined;
    return toTreeData(roots, own ? subtreeIds(own) : new Set());
  }, [roots, column]);

  const initialValues: Partial<ColumnFormValues> = column
    ? {
        name: column.name,
        slug: column.slug,
        kind: column.kind,
        language: column.language,
        parentId: column.parentId,
        linkUrl: column.linkUrl ?? '',
        startsOn: column.startsOn ? dayjs(column.startsOn) : null,
        endsOn: column.endsOn ? dayjs(column.endsOn) : null,
        purpose: column.purpose,
        updateIntervalDays: column.updateIntervalDays,
        keywords: column.keywords,
        description: column.description ?? '',
        isHidden: column.isHidden,
      }
    : {
        kind: 'list',
        language: (parentId !== null ? columns.find((c) => c.id === parentId)?.language : undefined) ?? 'zh-CN',
        parentId,
        keywords: [],
        isHidden: false,
      };

  const submit = async (values: ColumnFormValues) => {
    setIsSaving(true);
    try {
      const isTopic = values.kind === 'topic';
      const body: ColumnInput = {
        name: values.name.trim(),
        slug: values.slug.trim(),
        kind: values.kind,
        linkUrl: values.kind === 'link' ? emptyToNull(values.linkUrl?.trim()) : null,
        startsOn: isTopic && values.startsOn ? values.startsOn.format('YYYY-MM-DD') : null,
        endsOn: isTopic && values.endsOn ? values.endsOn.format('YYYY-MM-DD') : null,
        purpose: values.purpose.trim(),
        updateIntervalDays: values.updateIntervalDays ?? null,
        keywords: (values.keywords ?? []).map((k) => k.trim()).filter(Boolean),
        description: emptyToNull(values.description?.trim()),
        isHidden: values.isHidden ?? false,
        language: parentLanguage ?? values.language ?? 'zh-CN',
      };
      let saved: Column;
      if (isNew) {
        saved = await call(api.POST('/api/admin/sites/{siteId}/columns', { params: { path: { siteId } }, body: { ...body, parentId: values.parentId ?? null } }));
        success('栏目已创建');
      } else {
        const newParentId = values.parentId ?? null;
        const moveIfNeeded = async (): Promise<Column | undefined> => {
          if (newParentId === column.parentId) return undefined;
          const position = columns.filter((c) => c.parentId === newParentId && c.id !== column.id).length;
          return call(api.POST('/api/admin/columns/{columnId}/move', { params: { path: { columnId: column.id } }, body: { parentId: newParentId, position } }));
        };
        const patch = () => call(api.PATCH('/api/admin/columns/{columnId}', { params: { path: { columnId: column.id } }, body }));
        // A parent must share the column's language: a top-level column going under a parent of
        // another language changes its language first; otherwise it moves first (e.g. out to the
        // top level, where it may then change its language).
        if (column.parentId === null && body.language !== column.language) {
          const patched = await patch();
          saved = (await moveIfNeeded()) ?? patched;
        } else {
          await moveIfNeeded();
          saved = await patch();
        }
        success('栏目已保存');
      }
      onSaved(saved);
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <FormDrawer
      title={isNew ? '新建栏目' : `编辑栏目：${column.name}`}
      width={640}
      isSaving={isSaving}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <Form<ColumnFormValues> form={form} name="column-form" layout="vertical" initialValues={initialValues} onFinish={submit} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="栏目名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入栏目名称' }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="栏目标识"
              name="slug"
              extra="用于栏目地址，小写字母、数字或连字符，如 zwgk。"
              rules={[
                { required: true, message: '请输入栏目标识' },
                { pattern: /^[a-z0-9][a-z0-9-]{0,63}$/, message: '小写字母、数字或连字符，以字母或数字开头' },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="栏目类型" name="kind" rules={[{ required: true, message: '请选择栏目类型' }]}>
              <Select options={Object.entries(columnKindLabels).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="上级栏目" name="parentId">
              <TreeSelect treeData={parentTree} allowClear treeDefaultExpandAll placeholder="无（顶级栏目）" showSearch treeNodeFilterProp="title" />
            </Form.Item>
          </Col>
          {hasLanguageChoice ? (
            <Col xs={24} md={12}>
              <Form.Item
                label="语言版本"
                name="language"
                extra={parentLanguage ? '下级栏目与上级栏目使用同一语言。' : '外文版的栏目各成一棵栏目树，如英文版的顶级栏目选 English。'}
              >
                <Select
                  disabled={Boolean(parentLanguage)}
                  options={languages.map((value) => ({ value, label: siteLanguageLabels[value] ?? value }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          {kind === 'link' ? (
            <Col xs={24}>
              <Form.Item label="链接地址" name="linkUrl" extra="http(s):// 开头的网址，或以 / 开头的站内路径。" rules={[{ required: true, message: '链接栏目须填写链接地址' }]}>
                <Input placeholder="https://" />
              </Form.Item>
            </Col>
          ) : null}
          {kind === 'topic' ? (
            <>
              <Col xs={24} md={12}>
                <Form.Item label="专题开始日期" name="startsOn">
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  label="专题结束日期"
                  name="endsOn"
                  dependencies={['startsOn']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_r, value: Dayjs | null) => {
                        const start = getFieldValue('startsOn') as Dayjs | null;
                        return !value || !start || !value.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error('结束日期不能早于开始日期'));
                      },
                    }),
                  ]}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col xs={24}>
            <Form.Item
              label="栏目说明"
              name="purpose"
              extra="说明栏目的定位和内容范围（政府网站每个栏目都须说明用途）。"
              rules={[{ required: true, whitespace: true, message: '请填写栏目说明' }]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="更新周期（天）" name="updateIntervalDays" extra="超过该天数未更新将被监测标记；留空表示不要求。">
              <InputNumber min={1} max={3650} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="在网站上隐藏" name="isHidden" valuePropName="checked" extra="隐藏的栏目不在导航中显示。">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="关键词" name="keywords" extra="输入后按回车添加。">
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="描述" name="description">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
