import { Button, Form, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { LibraryVocabulary, Relation, RelationKind } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { FormSelect } from '../../shared/FormSelect';
import { ItemSearchSelect } from './ItemSearchSelect';
import { itemStateColors, itemStateLabels } from './labels';
import { Section } from './Section';
import { typeLabel, validityLabel } from './vocabulary';
import { EmptyText } from './EmptyText';

interface AddValues {
  kind?: RelationKind;
  targetId?: number;
}

/**
 * 关联: typed links to other items (解读, 修改, 废止, 回应, 相关, 讲话), shown both ways with the
 * labels the server gives (a policy shows 被解读 for the interpretation that points at it).
 */
export function RelationsPanel(props: {
  itemId: number | null;
  relations: Relation[];
  vocabulary: LibraryVocabulary | undefined;
  isEditable: boolean;
  onChanged(): void;
}) {
  const { itemId, relations, vocabulary } = props;
  const [form] = Form.useForm<AddValues>();
  const [isAdding, setIsAdding] = useState(false);
  const { showError, success } = useFeedback();
  const kinds = (vocabulary?.relationKinds ?? []).map((k) => ({ value: k.key as RelationKind, label: k.forward }));

  const add = async (values: AddValues) => {
    if (!itemId || !values.kind || !values.targetId) return;
    setIsAdding(true);
    try {
      const relation = await call(
        api.POST('/api/admin/library/items/{itemId}/relations', {
          params: { path: { itemId } },
          body: { kind: values.kind, targetId: values.targetId },
        }),
      );
      success(`已关联“${relation.item.title}”`);
      form.resetFields(['targetId']);
      props.onChanged();
    } catch (error) {
      showError(error, form);
    } finally {
      setIsAdding(false);
    }
  };

  const remove = async (relation: Relation) => {
    try {
      await call(api.DELETE('/api/admin/library/relations/{relationId}', { params: { path: { relationId: relation.id } } }));
      success('关联已删除');
      props.onChanged();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Section title="关联">
      {!itemId ? (
        <Typography.Paragraph>保存信息后即可添加关联（如政策解读关联所解读的政策）。</Typography.Paragraph>
      ) : (
        <>
          {props.isEditable ? (
            <Form<AddValues>
              form={form}
              name="add-relation"
              layout="inline"
              initialValues={{ kind: 'related' }}
              onFinish={add}
              style={{ rowGap: 8, marginBottom: 12 }}
            >
              <Form.Item label="关联类型" name="kind" rules={[{ required: true, message: '请选择关联类型' }]}>
                <FormSelect<RelationKind> options={kinds} style={{ width: 150 }} loading={!vocabulary} />
              </Form.Item>
              <Form.Item label="关联信息" name="targetId" rules={[{ required: true, message: '请选择要关联的信息' }]}>
                <ItemSearchSelect excludeId={itemId} vocabulary={vocabulary} style={{ width: 380 }} />
              </Form.Item>
              <Form.Item>
                <Button htmlType="submit" loading={isAdding}>
                  添加关联
                </Button>
              </Form.Item>
            </Form>
          ) : null}
          <Table<Relation>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={relations}
            scroll={{ x: 720 }}
            locale={{ emptyText: <EmptyText>{'没有关联的信息'}</EmptyText> }}
            columns={[
              {
                title: '关系',
                dataIndex: 'label',
                width: 150,
                render: (label: string, r) => <Tag color={r.direction === 'inverse' ? 'blue' : 'default'}>{label}</Tag>,
              },
              {
                title: '信息',
                key: 'item',
                render: (_, r) => <Link to={`/library/${r.item.id}`}>{r.item.title}</Link>,
              },
              { title: '类型', key: 'type', width: 110, render: (_, r) => typeLabel(vocabulary, r.item.type) },
              {
                title: '状态',
                key: 'state',
                width: 90,
                render: (_, r) => <Tag color={itemStateColors[r.item.state]}>{itemStateLabels[r.item.state]}</Tag>,
              },
              { title: '有效性', key: 'validity', width: 90, render: (_, r) => validityLabel(vocabulary, r.item.validity) },
              {
                title: '操作',
                key: 'actions',
                width: 80,
                render: (_, r) =>
                  props.isEditable ? (
                    <Popconfirm
                      title={`删除与“${r.item.title}”的关联？`}
                      okText="删除"
                      cancelText="取消"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(r)}
                    >
                      <Button type="link" danger size="small" aria-label={`删除关联 ${r.item.title}`}>
                        删除
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}
