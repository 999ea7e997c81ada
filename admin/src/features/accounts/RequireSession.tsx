import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from './session';

/** Lets signed-in users through; sends others to the login page and forces a password change when due. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, me, hasLoggedOut } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <Flex component="main" justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" tip="正在加载…">
          <div style={{ padding: 48 }} />
        </Spin>
      </Flex>
    );
  }
  if (status === 'anonymous' || !me) {
    return <Navigate to="/login" replace state={hasLoggedOut ? null : { from: location.pathname + location.search }} />;
  }
  if (me.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  if (!me.mustChangePassword && me.mustEnrolTotp && location.pathname !== '/security-setup') {
    return <Navigate to="/security-setup" replace />;
  }
  return <>{children}</>;
}
