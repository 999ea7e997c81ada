import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api, call, isApiError } from '../../api/client';
import type { InputRef } from 'antd';
import { useSession } from './session';

interface LoginValues {
  username: string;
  password: string;
  totpCode?: string;
}

/** Messages for the login errors; the server's own message is used for anything else. */
function loginErrorText(error: unknown): string {
  if (!isApiError(error)) return '登录失败，请稍后再试';
  switch (error.code) {
    case 'ACCOUNTS_INVALID_CREDENTIALS':
      return '用户名或密码不正确';
    case 'ACCOUNTS_LOGIN_LOCKED':
      return error.message || '登录失败次数过多，账户已暂时锁定，请稍后再试或联系管理员解锁';
    case 'RATE_LIMITED':
      return '尝试过于频繁，请稍后再试';
    case 'ACCOUNTS_TOTP_INVALID':
      return '动态验证码不正确或已过期';
    default:
      return error.message;
  }
}

export default function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const { status, me, accept } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [isTotpNeeded, setIsTotpNeeded] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [problem, setProblem] = useState<{ type: 'info' | 'error'; text: string } | null>(null);
  const totpRef = useRef<InputRef>(null);
  const from = (location.state as { from?: string } | null)?.from;

  if (status === 'signed-in' && me) {
    return <Navigate to={me.mustChangePassword ? '/change-password' : (from ?? '/sites')} replace />;
  }

  const submit = async (values: LoginValues) => {
    setIsSubmitting(true);
    setProblem(null);
    try {
      const body = { username: values.username.trim(), password: values.password, ...(isTotpNeeded && values.totpCode ? { totpCode: values.totpCode } : {}) };
      const session = await call(api.POST('/api/admin/auth/login', { body }));
      accept(session);
      navigate(session.user.mustChangePassword ? '/change-password' : (from ?? '/sites'), { replace: true });
    } catch (error) {
      if (isApiError(error, 'ACCOUNTS_TOTP_REQUIRED')) {
        setIsTotpNeeded(true);
        setProblem({ type: 'info', text: '此账户已启用动态验证码，请输入验证器应用中的 6 位数字。' });
        setTimeout(() => totpRef.current?.focus(), 50);
      } else if (isApiError(error, 'ACCOUNTS_TOTP_INVALID')) {
        form.setFields([{ name: 'totpCode', errors: [loginErrorText(error)] }]);
        setProblem({ type: 'error', text: loginErrorText(error) });
      } else {
        setProblem({ type: 'error', text: loginErrorText(error) });
      }
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Flex component="main" justify="center" align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22, textAlign: 'center', marginBottom: 4 }}>
          集约 · 网站集约化管理平台
        </Typography.Title>
        <Typography.Paragraph style={{ textAlign: 'center' }}>管理后台登录</Typography.Paragraph>
        {problem ? <Alert type={problem.type} message={problem.text} showIcon role="alert" style={{ marginBottom: 16 }} /> : null}
        <Form<LoginValues> form={form} name="login" layout="vertical" requiredMark={false} onFinish={submit} disabled={isSubmitting}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          {isTotpNeeded ? (
            <Form.Item
              label="动态验证码"
              name="totpCode"
              extra="打开验证器应用（如 FreeOTP、Google Authenticator），输入显示的 6 位数字。"
              rules={[
                { required: true, message: '请输入动态验证码' },
                { pattern: /^\d{6}$/, message: '动态验证码为 6 位数字' },
              ]}
            >
              <Input ref={totpRef} prefix={<SafetyOutlined aria-hidden />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
            </Form.Item>
          ) : null}
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" block loading={isSubmitting}>
              登录
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </Flex>
  );
}
