import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Form, Input, Modal, Popconfirm, Radio, Table, Tag, Typography } from 'antd';
import { FormDrawer } from '../../shared/FormDrawer';
import { FormSelect as Select } from '../../shared/FormSelect';
import { useMemo, useState } from 'react';
import { api, call, isApiError } from '../../api/client';
import type { Grant, PermissionInfo, PermissionKey, Role, ScopeType } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { OrgUnitSelect, SiteSelect, useOrgUnits } from '../../shared/reference';
import { useLoad } from '../../shared/use-load';
import { ColumnName, ColumnTreeSelect } from '../sites/ColumnTreeSelect';
import { useSession } from './session';
import { UserSelect } from './UserSelect';

export const scopeLabels: Record<ScopeType, string> = { platform: '平台', site: '网站', column: '栏目', org_unit: '组织机构' };

interface GrantValues {
  roleKey: string;
  scopeType: ScopeType;
  siteId?: number;
  columnId?: number;
  orgUnitId?: number;
}

interface RoleFormValues {
  key: string;
  name: string;
  description?: string;
  permissions?: PermissionKey[];
}

/** How the permission checkboxes are grouped in the role form, by the prefix of the key. */
const permissionGroups: { title: string; prefixes: string[] }[] = [
  { title: '网站与栏目', prefixes: ['sites', 'columns'] },
  { title: '账户与审计', prefixes: ['orgunits', 'users', 'roles', 'grants', 'audit'] },
  { title: '信息', prefixes: ['content'] },
  { title: '互动', prefixes: ['letters'] },
];

function groupPermissions(list: readonly PermissionInfo[]): { title: string; items: PermissionInfo[] }[] {
  const prefixOf = (key: string) => key.split('.')[0] ?? key;
  const groups = permissionGroups.map((g) => ({ title: g.title, items: list.filter((p) => g.prefixes.includes(prefixOf(p.key))) }));
  const known = new Set(permissionGroups.flatMap((g) => g.prefixes));
  // Permissions a later server version adds under a new prefix still show up, under 其他.
  groups.push({ title: '其他', items: list.filter((p) => !known.has(prefixOf(p.key))) });
  return groups.filter((g) => g.items.length > 0);
}

const roleKeyPattern = /^[a-z][a-z0-9_]{1,39}$/;

function RoleDrawer({ role, permissions, onClose, onSaved }: { role: Role | null; permissions: PermissionInfo[] | undefined; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<RoleFormValues>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const isNew = !role;
  const groups = useMemo(() => groupPermissions(permissions ?? []), [permissions]);

  const submit = async (values: RoleFormValues) => {
    setIsSaving(true);
    try {
      const common = { name: values.name.trim(), description: values.description?.trim() ?? '', permissions: values.permissions ?? [] };
      if (isNew) {
        await call(api.POST('/api/admin/roles', { body: { ...common, key: values.key.trim() } }));
        success('角色已创建');
      } else {
        await call(api.PATCH('/api/admin/roles/{roleId}', { params: { path: { roleId: role.id } }, body: common }));
        success('角色已保存');
      }
      onSaved();
    } catch (error) {
      showError(error, form);
      // Built-in roles cannot change: the list was stale, so show it as the server has it.
      if (isApiError(error, 'ACCOUNTS_ROLE_BUILTIN')) onSaved();
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <FormDrawer
      title={isNew ? '新建角色' : `编辑角色：${role.name}`}
      width={560}
      isSaving={isSaving}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <Form<RoleFormValues>
        form={form}
        name="role-form"
        layout="vertical"
        onFinish={submit}
        initialValues={role ? { key: role.key, name: role.name, description: role.description, permissions: role.permissions } : { permissions: [] }}
      >
        <Form.Item
          label="角色标识"
          name="key"
          extra="小写字母开头，可含小写字母、数字和下划线，2–40 位；创建后不能修改。"
          rules={
            isNew
              ? [
                  { required: true, message: '请输入角色标识' },
                  { pattern: roleKeyPattern, message: '角色标识须为小写字母开头的字母、数字或下划线（2–40 位）' },
                ]
              : []
          }
        >
          <Input autoComplete="off" disabled={!isNew} maxLength={40} />
        </Form.Item>
        <Form.Item label="角色名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入角色名称' }, { max: 50, message: '角色名称不超过 50 个字' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="说明" name="description" rules={[{ max: 300, message: '说明不超过 300 个字' }]}>
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
        {/* antd's types leave out role on Checkbox.Group, though it passes it on to its <div>: a named group of fieldsets. */}
        <Form.Item label="权限" name="permissions" extra="角色授予用户时，这些权限只在授权范围内生效。">
          <Checkbox.Group {...{ role: 'group' }} aria-label="权限" style={{ display: 'block' }}>
            {permissions ? null : <Typography.Text type="secondary">正在加载权限清单…</Typography.Text>}
            {groups.map((g) => (
              <fieldset key={g.title} style={{ border: 0, margin: '0 0 12px', padding: 0, minWidth: 0 }}>
                <legend style={{ fontSize: 14, fontWeight: 600, margin: '0 0 4px', padding: 0, border: 0 }}>{g.title}</legend>
                <Flex gap="4px 16px" wrap>
                  {g.items.map((p) => (
                    <Checkbox key={p.key} value={p.key} title={p.key}>
                      {p.label}
                    </Checkbox>
                  ))}
                </Flex>
              </fieldset>
            ))}
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

function RolesTable({
  roles,
  permissionLabels,
  isLoading,
  canManage,
  onEdit,
}: {
  roles: Role[] | undefined;
  permissionLabels: Map<string, string>;
  isLoading: boolean;
  canManage: boolean;
  onEdit(role: Role): void;
}) {
  return (
    <Table<Role>
      rowKey="id"
      dataSource={roles}
      loading={isLoading}
      pagination={false}
      size="small"
      columns={[
        {
          title: '角色',
          key: 'name',
          width: 200,
          render: (_, r) => (
            <>
              <strong>{r.name}</strong>
              <div>
                <code>{r.key}</code> {r.isBuiltin ? <Tag>内置</Tag> : <Tag color="blue">自定义</Tag>}
              </div>
            </>
          ),
        },
        { title: '说明', dataIndex: 'description', width: 240 },
        {
          title: '权限',
          dataIndex: 'permissions',
          render: (list: string[]) => (
            <Flex gap={4} wrap>
              {list.map((p) => (
                <Tag key={p} title={p}>
                  {permissionLabels.get(p) ?? p}
                </Tag>
              ))}
            </Flex>
          ),
        },
        ...(canManage
          ? [
              {
                title: '操作',
                key: 'actions',
                width: 96,
                render: (_: unknown, r: Role) =>
                  r.isBuiltin ? null : (
                    <Button type="link" onClick={() => onEdit(r)} aria-label={`编辑 ${r.name}`}>
                      编辑
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

function GrantsPanel({ roles }: { roles: Role[] | undefined }) {
  const [userId, setUserId] = useState<number | null>(null);
  const grants = useLoad(() => call(api.GET('/api/admin/grants', { params: { query: { userId: userId! } } })), [userId], { skip: !userId });
  const { sites } = useSiteSelection();
  const orgUnits = useOrgUnits();
  const siteNames = useMemo(() => new Map((sites ?? []).map((s) => [s.id, s.label])), [sites]);
  const orgUnitNames = useMemo(() => new Map((orgUnits.data ?? []).map((o) => [o.id, o.name])), [orgUnits.data]);
  const [isAdding, setIsAdding] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [form] = Form.useForm<GrantValues>();
  const scopeType = Form.useWatch('scopeType', form);
  const scopeSiteId = Form.useWatch('siteId', form);
  const { showError, success } = useFeedback();

  const scopeText = (g: Grant) => {
    switch (g.scopeType) {
      case 'platform':
        return '整个平台';
      case 'site':
        return `网站：${g.siteId ? (siteNames.get(g.siteId) ?? `#${g.siteId}`) : '—'}`;
      case 'column':
        return (
          <>
            栏目：{g.columnId ? <ColumnName siteId={g.siteId} columnId={g.columnId} /> : '—'}
            {g.siteId ? `（${siteNames.get(g.siteId) ?? `网站 #${g.siteId}`}）` : ''}
          </>
        );
      case 'org_unit':
        return `组织机构：${g.orgUnitId ? (orgUnitNames.get(g.orgUnitId) ?? `#${g.orgUnitId}`) : '—'}`;
      default:
        return g.scopeType;
    }
  };

  const add = async (values: GrantValues) => {
    if (!userId) return;
    setIsSaving(true);
    try {
      const scope =
        values.scopeType === 'platform'
          ? { type: 'platform' as const }
          : values.scopeType === 'site'
            ? { type: 'site' as const, siteId: values.siteId }
            : values.scopeType === 'column'
              ? { type: 'column' as const, siteId: values.siteId, columnId: values.columnId }
              : { type: 'org_unit' as const, orgUnitId: values.orgUnitId };
      await call(api.POST('/api/admin/grants', { body: { userId, roleKey: values.roleKey, scope } }));
      success('已授权');
      setIsAdding(false);
      await grants.reload();
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };

  const revoke = async (grant: Grant) => {
    try {
      await call(api.DELETE('/api/admin/grants/{grantId}', { params: { path: { grantId: grant.id } } }));
      success('已撤销授权');
      await grants.reload();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>用户授权</h2>}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <label htmlFor="grants-user">选择用户</label>
        <UserSelect id="grants-user" value={userId ?? undefined} onChange={(v) => setUserId(v ?? null)} style={{ width: 320 }} />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!userId}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ scopeType: 'site' });
            setIsAdding(true);
          }}
        >
          添加授权
        </Button>
      </Flex>
      {userId ? (
        <Table<Grant>
          rowKey="id"
          dataSource={grants.data}
          loading={grants.isLoading}
          pagination={false}
          size="small"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该用户还没有任何授权" /> }}
          columns={[
            { title: '角色', dataIndex: 'roleName' },
            { title: '范围', key: 'scope', render: (_, g) => scopeText(g) },
            { title: '授权时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
            {
              title: '操作',
              key: 'actions',
              render: (_, g) => (
                <Popconfirm title="撤销此授权？" okText="撤销" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => revoke(g)}>
                  <Button type="link" danger aria-label={`撤销授权 ${g.roleName}`}>
                    撤销
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      ) : (
        <Empty description="选择一个用户，查看并管理其授权" />
      )}
      <Modal title="添加授权" open={isAdding} onCancel={() => setIsAdding(false)} onOk={() => form.submit()} okText="授权" confirmLoading={isSaving} forceRender>
        <Form<GrantValues> form={form} name="grant-form" layout="vertical" onFinish={add} initialValues={{ scopeType: 'site' }}>
          <Form.Item label="角色" name="roleKey" rules={[{ required: true, message: '请选择角色' }]}>
            <Select placeholder="选择角色" options={(roles ?? []).map((r) => ({ value: r.key, label: r.name }))} />
          </Form.Item>
          <Form.Item label="授权范围" name="scopeType">
            <Radio.Group
              options={(Object.keys(scopeLabels) as ScopeType[]).map((k) => ({ value: k, label: scopeLabels[k] }))}
              optionType="button"
              onChange={() => form.setFieldsValue({ columnId: undefined })}
            />
          </Form.Item>
          {scopeType === 'site' || scopeType === 'column' ? (
            <Form.Item label="网站" name="siteId" rules={[{ required: true, message: '请选择网站' }]}>
              <SiteSelect sites={sites} onChange={() => form.setFieldsValue({ columnId: undefined })} />
            </Form.Item>
          ) : null}
          {scopeType === 'column' ? (
            <Form.Item label="栏目" name="columnId" extra="授权覆盖该栏目及其全部下级栏目。" rules={[{ required: true, message: '请选择栏目' }]}>
              <ColumnTreeSelect siteId={scopeSiteId} />
            </Form.Item>
          ) : null}
          {scopeType === 'org_unit' ? (
            <Form.Item label="组织机构" name="orgUnitId" rules={[{ required: true, message: '请选择组织机构' }]}>
              <OrgUnitSelect orgUnits={orgUnits.data} />
            </Form.Item>
          ) : null}
          {scopeType === 'platform' ? <Typography.Paragraph>平台范围的授权对所有网站生效，请谨慎授予。</Typography.Paragraph> : null}
        </Form>
      </Modal>
    </Card>
  );
}

export default function RolesPage() {
  const { can } = useSession();
  const canManage = can('roles.manage');
  const roles = useLoad(() => call(api.GET('/api/admin/roles')), []);
  const permissions = useLoad(() => call(api.GET('/api/admin/permissions')), []);
  const permissionLabels = useMemo(() => new Map((permissions.data ?? []).map((p) => [p.key, p.label])), [permissions.data]);
  const [editing, setEditing] = useState<{ role: Role | null } | null>(null);
  return (
    <>
      <PageHeading title="角色与授权" description="角色是一组权限；把角色授予用户时指定范围：整个平台、某个网站、某个栏目（含下级）或某个组织机构。" />
      <Flex vertical gap={16}>
        <GrantsPanel roles={roles.data} />
        <Card
          title={<h2 style={{ fontSize: 16, margin: 0 }}>角色</h2>}
          extra={
            canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ role: null })}>
                新建角色
              </Button>
            ) : null
          }
        >
          <Typography.Paragraph type="secondary">内置角色由平台定义，不能修改；可以新建自定义角色，组合所需的权限。</Typography.Paragraph>
          <RolesTable roles={roles.data} permissionLabels={permissionLabels} isLoading={roles.isLoading} canManage={canManage} onEdit={(role) => setEditing({ role })} />
        </Card>
      </Flex>
      {editing ? (
        <RoleDrawer
          role={editing.role}
          permissions={permissions.data}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void roles.reload();
          }}
        />
      ) : null}
    </>
  );
}
