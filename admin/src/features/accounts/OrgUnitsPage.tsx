import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Form, Input, InputNumber, Modal, Row, Tree, Typography, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, call } from '../../api/client';
import type { OrgUnit } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { FormSelect as Select } from '../../shared/FormSelect';
import { emptyToNull } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { OrgUnitSelect, useOrgUnits } from '../../shared/reference';
import { buildTree, findNode, subtreeIds, type TreeNodeOf } from '../../shared/tree';
import { useSession } from './session';

export const orgUnitKindOptions = [
  { value: 'government', label: '人民政府' },
  { value: 'department', label: '政府部门' },
  { value: 'district', label: '区县（乡镇、街道）' },
  { value: 'office', label: '内设机构' },
  { value: 'other', label: '其他' },
] as const;

type OrgUnitKind = (typeof orgUnitKindOptions)[number]['value'];

interface OrgUnitValues {
  name: string;
  code?: string;
  kind?: OrgUnitKind;
  parentId?: number | null;
  sortOrder?: number;
}

function toTreeNodes(nodes: TreeNodeOf<OrgUnit>[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.item.id,
    title: n.item.code ? `${n.item.name}（${n.item.code}）` : n.item.name,
    children: toTreeNodes(n.children),
  }));
}

function OrgUnitFields({ orgUnits, excludeIds }: { orgUnits: OrgUnit[] | undefined; excludeIds?: Set<number> }) {
  return (
    <>
      <Form.Item label="机构名称" name="name" rules={[{ required: true, message: '请输入机构名称' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="机构代码" name="code" extra="可选；字母、数字、下划线或连字符，如统一社会信用代码或内部编码。">
        <Input />
      </Form.Item>
      <Form.Item label="机构类型" name="kind">
        <Select options={orgUnitKindOptions.map((o) => ({ ...o }))} allowClear placeholder="选择机构类型" />
      </Form.Item>
      <Form.Item label="上级机构" name="parentId" extra="留空表示顶级机构；选择其他机构即可把本机构移动到其下。">
        <OrgUnitSelect orgUnits={orgUnits} excludeIds={excludeIds} placeholder="无（顶级机构）" />
      </Form.Item>
      <Form.Item label="排序号" name="sortOrder" extra="同级机构按排序号从小到大排列。">
        <InputNumber min={0} max={100000} style={{ width: 160 }} />
      </Form.Item>
    </>
  );
}

export default function OrgUnitsPage() {
  const { can } = useSession();
  const canManage = can('orgunits.manage');
  const orgUnits = useOrgUnits();
  const roots = useMemo(() => buildTree(orgUnits.data ?? []), [orgUnits.data]);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = selectedId ? findNode(roots, selectedId) : undefined;
  const excludeIds = useMemo(() => (selected ? subtreeIds(selected) : undefined), [selected]);
  const [editForm] = Form.useForm<OrgUnitValues>();
  const [createForm] = Form.useForm<OrgUnitValues>();
  const [createParent, setCreateParent] = useState<{ parentId: number | null } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();

  useEffect(() => {
    if (!selected) return;
    const u = selected.item;
    editForm.setFieldsValue({ name: u.name, code: u.code ?? '', kind: u.kind as OrgUnitKind, parentId: u.parentId, sortOrder: u.sortOrder });
  }, [selected, editForm]);

  const toBody = (values: OrgUnitValues) => ({
    name: values.name.trim(),
    code: emptyToNull(values.code?.trim()),
    kind: values.kind,
    parentId: values.parentId ?? null,
    sortOrder: values.sortOrder,
  });

  const save = async (values: OrgUnitValues) => {
    if (!selected) return;
    setIsSaving(true);
    try {
      await call(api.PATCH('/api/admin/org-units/{orgUnitId}', { params: { path: { orgUnitId: selected.item.id } }, body: toBody(values) }));
      success('组织机构已保存');
      await orgUnits.reload();
    } catch (error) {
      showError(error, editForm);
    } finally {
      setIsSaving(false);
    }
  };

  const create = async (values: OrgUnitValues) => {
    setIsSaving(true);
    try {
      const created = await call(api.POST('/api/admin/org-units', { body: toBody(values) }));
      success('组织机构已创建');
      setCreateParent(null);
      await orgUnits.reload();
      setSelectedId(created.id);
    } catch (error) {
      showError(error, createForm);
    } finally {
      setIsSaving(false);
    }
  };

  const openCreate = (parentId: number | null) => {
    createForm.resetFields();
    createForm.setFieldsValue({ parentId, kind: 'department' });
    setCreateParent({ parentId });
  };

  return (
    <>
      <PageHeading
        title="组织机构"
        description="平台使用的机构：网站的主管、主办、承办单位，用户所属单位，来信的办理单位。"
        extra={
          canManage ? (
            <>
              <Button icon={<PlusOutlined />} onClick={() => openCreate(null)}>
                新建顶级机构
              </Button>
              <Button type="primary" icon={<PlusOutlined />} disabled={!selected} onClick={() => openCreate(selected?.item.id ?? null)}>
                新建下级机构
              </Button>
            </>
          ) : null
        }
      />
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>机构树</h2>} loading={orgUnits.isLoading && !orgUnits.data}>
            {roots.length ? (
              <Tree
                aria-label="组织机构树"
                treeData={toTreeNodes(roots)}
                defaultExpandAll
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(_keys, info) => setSelectedId(Number(info.node.key))}
                blockNode
              />
            ) : (
              <Empty description="还没有组织机构" />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{selected ? `机构信息：${selected.item.name}` : '机构信息'}</h2>}>
            {selected ? (
              <Form<OrgUnitValues> form={editForm} name="org-unit-edit" layout="vertical" onFinish={save} disabled={!canManage}>
                <OrgUnitFields orgUnits={orgUnits.data} excludeIds={excludeIds} />
                {canManage ? (
                  <Button type="primary" htmlType="submit" loading={isSaving}>
                    保存
                  </Button>
                ) : null}
              </Form>
            ) : (
              <Typography.Paragraph>在左侧机构树中选择一个机构，查看或修改其名称、代码和上级机构。</Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        title="新建组织机构"
        open={!!createParent}
        onCancel={() => setCreateParent(null)}
        onOk={() => createForm.submit()}
        okText="创建"
        confirmLoading={isSaving}
        forceRender
      >
        <Form<OrgUnitValues> form={createForm} name="org-unit-create" layout="vertical" onFinish={create}>
          <OrgUnitFields orgUnits={orgUnits.data} />
        </Form>
      </Modal>
    </>
  );
}
