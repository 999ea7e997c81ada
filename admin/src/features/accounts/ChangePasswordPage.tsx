import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from './session';

/** Shown instead of everything else while the account must change its password. */
export default function ChangePasswordPage() {
  const { me, refresh, logout } = useSession();
  const navigate = useNavigate();
  return (
    <Flex component="main" justify="center" align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <Card style={{ width: 480, maxWidth: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          修改密码
        </Typography.Title>
        {me?.mustChangePassword ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="首次登录或密码已被重置，请先设置新密码后再继续使用。" />
        ) : null}
        <ChangePasswordForm
          onChanged={async () => {
            await refresh();
            navigate('/sites', { replace: true });
          }}
        />
        <Button type="link" style={{ paddingLeft: 0, marginTop: 12 }} onClick={() => void logout()}>
          退出登录
        </Button>
      </Card>
    </Flex>
  );
}
