import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call } from '../../api/client';
import type { OrgUnit, User } from '../../api/types';
import { FormDrawer } from '../../shared/FormDrawer';
import { useFeedback } from '../../shared/feedback';
import { emptyToNull, formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { OrgUnitSelect, useOrgUnits } from '../../shared/reference';
import { useKeysetList } from '../../shared/use-keyset-list';
import { useSession } from './session';

interface UserFormValues {
  username: string;
  displayName: string;
  password?: string;
  email?: string;
  phone?: string;
  orgUnitId?: number | null;
  mustChangePassword?: boolean;
}

function UserDrawer({ user, isOpen, orgUnits, onClose, onSaved }: { user: User | null; isOpen: boolean; orgUnits: OrgUnit[] | undefined; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<UserFormValues>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const isNew = !user;

  const submit = async (values: UserFormValues) => {
    setIsSaving(true);
    try {
      const common = {
        displayName: values.displayName.trim(),
        email: emptyToNull(values.email?.trim()),
        phone: emptyToNull(values.phone?.trim()),
        orgUnitId: values.orgUnitId ?? null,
      };
      if (isNew) {
        await call(
          api.POST('/api/admin/users', {
            body: { ...common, username: values.username.trim(), password: values.password ?? '', mustChangePassword: values.mustChangePassword ?? true },
          }),
        );
        success('用户已创建');
      } else {
        await call(api.PATCH('/api/admin/users/{userId}', { params: { path: { userId: user.id } }, body: common }));
        success('用户信息已保存');
      }
      onSaved();
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <FormDrawer
      title={isNew ? '新建用户' : `编辑用户：${user.displayName}`}
      isOpen={isOpen}
      width={480}
      isSaving={isSaving}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <Form<UserFormValues>
        form={form}
        name="user-form"
        layout="vertical"
        onFinish={submit}
        initialValues={
          user
            ? { username: user.username, displayName: user.displayName, email: user.email ?? '', phone: user.phone ?? '', orgUnitId: user.orgUnitId }
            : { mustChangePassword: true }
        }
      >
        <Form.Item label="用户名" name="username" extra="登录时使用，创建后不能修改。" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input autoComplete="off" disabled={!isNew} />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input />
        </Form.Item>
        {isNew ? (
          <>
            <Form.Item label="初始密码" name="password" rules={[{ required: true, message: '请输入初始密码' }]} extra="至少 10 位；请通过安全渠道告知本人。">
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item label="首次登录须修改密码" name="mustChangePassword" valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        ) : null}
        <Form.Item label="所属机构" name="orgUnitId">
          <OrgUnitSelect orgUnits={orgUnits} />
        </Form.Item>
        <Form.Item label="电子邮箱" name="email" rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item label="手机或电话" name="phone">
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

function ResetPasswordModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const [form] = Form.useForm<{ password: string; mustChange: boolean }>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const submit = async (values: { password: string; mustChange: boolean }) => {
    if (!user) return;
    setIsSaving(true);
    try {
      await call(api.POST('/api/admin/users/{userId}/reset-password', { params: { path: { userId: user.id } }, body: values }));
      success('密码已重置');
      onClose();
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal title={`重置密码：${user?.displayName ?? ''}`} open={!!user} onCancel={onClose} onOk={() => form.submit()} okText="重置密码" confirmLoading={isSaving} destroyOnHidden>
      <Form form={form} name="reset-password" layout="vertical" onFinish={submit} initialValues={{ mustChange: true }}>
        <Form.Item label="新密码" name="password" rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="下次登录须修改密码" name="mustChange" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function UsersPage() {
  const { can } = useSession();
  const canManage = can('users.manage');
  const [query, setQuery] = useState('');
  const orgUnits = useOrgUnits();
  const orgUnitNames = useMemo(() => new Map((orgUnits.data ?? []).map((o) => [o.id, o.name])), [orgUnits.data]);
  const list = useKeysetList((cursor) => call(api.GET('/api/admin/users', { params: { query: { q: query || undefined, cursor, limit: 50 } } })), [query]);
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const { modal } = App.useApp();
  const { showError, success } = useFeedback();

  const setDisabled = (user: User, isDisabled: boolean) =>
    modal.confirm({
      title: isDisabled ? `停用用户“${user.displayName}”？` : `启用用户“${user.displayName}”？`,
      content: isDisabled ? '停用后该用户不能登录，已有会话立即失效；授权保留。' : '启用后该用户可以重新登录。',
      okText: isDisabled ? '停用' : '启用',
      okButtonProps: { danger: isDisabled },
      onOk: async () => {
        try {
          await call(api.PATCH('/api/admin/users/{userId}', { params: { path: { userId: user.id } }, body: { isDisabled } }));
          success(isDisabled ? '已停用' : '已启用');
          await list.reload();
        } catch (error) {
          showError(error);
        }
      },
    });

  const unlock = async (user: User) => {
    try {
      await call(api.POST('/api/admin/users/{userId}/unlock', { params: { path: { userId: user.id } } }));
      success('已解除登录锁定');
      await list.reload();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <>
      <PageHeading
        title="用户管理"
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
              新建用户
            </Button>
          ) : null
        }
      />
      <Flex gap={8} style={{ marginBottom: 16 }} wrap>
        <Input.Search
          id="users-search"
          aria-label="搜索用户"
          placeholder="用户名、姓名、邮箱"
          allowClear
          enterButton="搜索"
          onSearch={(value) => setQuery(value.trim())}
          style={{ maxWidth: 360 }}
        />
      </Flex>
      <Table<User>
        rowKey="id"
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '所属机构', dataIndex: 'orgUnitId', render: (id: number | null) => (id ? (orgUnitNames.get(id) ?? `#${id}`) : '—') },
          {
            title: '状态',
            key: 'status',
            render: (_, user) => (
              <Space size={4} wrap>
                {user.isDisabled ? <Tag color="default">已停用</Tag> : <Tag color="success">正常</Tag>}
                {user.isLocked ? <Tag color="error">已锁定</Tag> : null}
                {user.isTotpEnabled ? <Tag color="blue">动态验证码</Tag> : null}
                {user.mustChangePassword ? <Tag color="warning">待改密码</Tag> : null}
              </Space>
            ),
          },
          { title: '最近登录', dataIndex: 'lastLoginAt', render: (v: string | null) => formatTime(v) },
          {
            title: '操作',
            key: 'actions',
            render: (_, user) =>
              canManage ? (
                <Space size={0} wrap>
                  <Button type="link" onClick={() => setEditing({ user })} aria-label={`编辑 ${user.username}`}>
                    编辑
                  </Button>
                  <Button type="link" onClick={() => setResetting(user)} aria-label={`重置密码 ${user.username}`}>
                    重置密码
                  </Button>
                  {user.isLocked ? (
                    <Button type="link" onClick={() => void unlock(user)} aria-label={`解锁 ${user.username}`}>
                      解锁
                    </Button>
                  ) : null}
                  <Button type="link" danger={!user.isDisabled} onClick={() => setDisabled(user, !user.isDisabled)} aria-label={`${user.isDisabled ? '启用' : '停用'} ${user.username}`}>
                    {user.isDisabled ? '启用' : '停用'}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Flex justify="center" style={{ marginTop: 16 }}>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} loading={list.isLoading}>
            加载更多
          </Button>
        ) : (
          <Typography.Text type="secondary">{list.items.length ? `共 ${list.items.length} 个用户` : ''}</Typography.Text>
        )}
      </Flex>
      {editing ? (
        <UserDrawer
          user={editing.user}
          isOpen
          orgUnits={orgUnits.data}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void list.reload();
          }}
        />
      ) : null}
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
