import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useFeedback } from '../../shared/feedback';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码, used by the forced change after first login and by 我的账户. */
export function ChangePasswordForm({ onChanged }: { onChanged(): void | Promise<void> }) {
  const [form] = Form.useForm<Values>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();

  const submit = async (values: Values) => {
    setIsSaving(true);
    try {
      await call(api.POST('/api/admin/auth/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }));
      success('密码已修改');
      form.resetFields();
      await onChanged();
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Form<Values> form={form} name="change-password" layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        extra="至少 10 位，建议同时包含大小写字母、数字和符号。"
        rules={[
          { required: true, message: '请输入新密码' },
          { min: 10, message: '新密码至少 10 位' },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_rule, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isSaving}>
        修改密码
      </Button>
    </Form>
  );
}
