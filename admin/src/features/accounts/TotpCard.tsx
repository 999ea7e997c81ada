import { Alert, Button, Card, Flex, Form, Image, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { TotpSetup } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { useSession } from './session';

/** 动态验证码 (TOTP): set up with a QR code from the server, enable with a code, disable with the password. */
export function TotpCard() {
  const { me, refresh } = useSession();
  const { showError, success } = useFeedback();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [enableForm] = Form.useForm<{ code: string }>();
  const [disableForm] = Form.useForm<{ password: string }>();

  const start = async () => {
    setIsBusy(true);
    try {
      setSetup(await call(api.POST('/api/admin/auth/totp/setup')));
    } catch (error) {
      showError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const enable = async ({ code }: { code: string }) => {
    setIsBusy(true);
    try {
      await call(api.POST('/api/admin/auth/totp/enable', { body: { code } }));
      success('动态验证码已启用，下次登录时需要输入');
      setSetup(null);
      enableForm.resetFields();
      await refresh();
    } catch (error) {
      showError(error, enableForm);
    } finally {
      setIsBusy(false);
    }
  };

  const disable = async ({ password }: { password: string }) => {
    setIsBusy(true);
    try {
      await call(api.POST('/api/admin/auth/totp/disable', { body: { password } }));
      success('动态验证码已停用');
      disableForm.resetFields();
      await refresh();
    } catch (error) {
      showError(error, disableForm);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>动态验证码（两步验证）</h2>}>
      <Typography.Paragraph>
        状态：{me?.isTotpEnabled ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>}
      </Typography.Paragraph>
      {me?.isTotpEnabled ? (
        <Form form={disableForm} name="totp-disable" layout="vertical" onFinish={disable} style={{ maxWidth: 420 }}>
          <Form.Item label="登录密码" name="password" extra="停用前请输入登录密码确认。" rules={[{ required: true, message: '请输入登录密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button danger htmlType="submit" loading={isBusy}>
            停用动态验证码
          </Button>
        </Form>
      ) : setup ? (
        <Flex gap={24} wrap>
          <div>
            <Image src={setup.qrDataUrl} alt="动态验证码绑定二维码" width={200} height={200} preview={false} />
          </div>
          <div style={{ flex: 1, minWidth: 260 }}>
            <Typography.Paragraph>1. 用验证器应用扫描左侧二维码；无法扫描时，手动输入密钥：</Typography.Paragraph>
            <Typography.Paragraph copyable={{ text: setup.secret }}>
              <code>{setup.secret}</code>
            </Typography.Paragraph>
            <Typography.Paragraph>2. 输入应用中显示的 6 位数字完成绑定。</Typography.Paragraph>
            <Form form={enableForm} name="totp-enable" layout="vertical" onFinish={enable}>
              <Form.Item
                label="动态验证码"
                name="code"
                rules={[
                  { required: true, message: '请输入动态验证码' },
                  { pattern: /^\d{6}$/, message: '动态验证码为 6 位数字' },
                ]}
              >
                <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ width: 160 }} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={isBusy}>
                  启用
                </Button>
                <Button onClick={() => setSetup(null)}>取消</Button>
              </Space>
            </Form>
          </div>
        </Flex>
      ) : (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message="启用后，登录时除密码外还需输入验证器应用生成的 6 位动态验证码。" />
          <Button type="primary" onClick={start} loading={isBusy}>
            启用动态验证码
          </Button>
        </>
      )}
    </Card>
  );
}
