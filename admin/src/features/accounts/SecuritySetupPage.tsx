import { Alert, Button, Card, Flex, Typography } from 'antd';
import { Navigate } from 'react-router-dom';
import { useSession } from './session';
import { TotpCard } from './TotpCard';

/**
 * Shown while a platform administrator must enrol a second factor (JIYUE_REQUIRE_ADMIN_TOTP=on):
 * the server refuses other admin calls until then.
 */
export default function SecuritySetupPage() {
  const { me, logout } = useSession();
  if (me && !me.mustEnrolTotp) return <Navigate to="/sites" replace />;
  return (
    <Flex component="main" justify="center" align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <Card style={{ width: 720, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          启用动态验证码
        </Typography.Title>
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="平台要求管理员启用动态验证码（两步验证）后才能继续使用管理后台。" />
        <TotpCard />
        <Button type="link" style={{ paddingLeft: 0, marginTop: 12 }} onClick={() => void logout()}>
          退出登录
        </Button>
      </Card>
    </Flex>
  );
}
