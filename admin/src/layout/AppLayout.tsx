import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  GlobalOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Spin, theme } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../features/accounts/session';
import { SiteSelectionProvider, useSiteSelection } from './site-selection';
import { SiteSwitcher } from './SiteSwitcher';
import { UserMenu } from './UserMenu';

interface Entry {
  path: string;
  label: string;
  icon: ReactNode;
  permission: string;
}

const entries: Entry[] = [
  { path: '/sites', label: '网站管理', icon: <GlobalOutlined />, permission: 'sites.read' },
  { path: '/columns', label: '栏目管理', icon: <ClusterOutlined />, permission: 'columns.read' },
  { path: '/org-units', label: '组织机构', icon: <ApartmentOutlined />, permission: 'orgunits.read' },
  { path: '/users', label: '用户管理', icon: <TeamOutlined />, permission: 'users.read' },
  { path: '/roles', label: '角色与授权', icon: <SafetyCertificateOutlined />, permission: 'grants.manage' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.read' },
];

function SideMenu() {
  const { can } = useSession();
  const { siteId } = useSiteSelection();
  const location = useLocation();
  const suffix = siteId ? `?site=${siteId}` : '';
  const selected = entries.find((e) => location.pathname === e.path || location.pathname.startsWith(`${e.path}/`));
  return (
    <nav aria-label="主菜单">
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={selected ? [selected.path] : []}
        items={entries
          .filter((e) => can(e.permission))
          .map((e) => ({ key: e.path, icon: e.icon, label: <Link to={`${e.path}${suffix}`}>{e.label}</Link> }))}
      />
    </nav>
  );
}

export function AppLayout() {
  const [isCollapsed, setIsCollapsed] = useState(false);
  const { token } = theme.useToken();
  return (
    <SiteSelectionProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider breakpoint="lg" collapsible collapsed={isCollapsed} onCollapse={setIsCollapsed} trigger={null} width={208}>
          <div
            style={{ color: '#fff', fontWeight: 600, fontSize: isCollapsed ? 14 : 17, padding: '18px 16px', whiteSpace: 'nowrap', overflow: 'hidden' }}
          >
            {isCollapsed ? '集约' : '集约 · 网站管理'}
          </div>
          <SideMenu />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: token.colorBgContainer,
              padding: '0 16px',
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              gap: 12,
            }}
          >
            <Flex align="center" gap={12}>
              <Button
                type="text"
                icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setIsCollapsed(!isCollapsed)}
                aria-label={isCollapsed ? '展开菜单' : '折叠菜单'}
                aria-expanded={!isCollapsed}
              />
              <SiteSwitcher />
            </Flex>
            <UserMenu />
          </Layout.Header>
          {/* Layout.Content is the page's <main> landmark. */}
          <Layout.Content
            style={{ margin: 16, background: token.colorBgContainer, padding: 24, borderRadius: token.borderRadiusLG, minHeight: 'calc(100vh - 96px)' }}
          >
            <Suspense fallback={<Spin tip="正在加载…"><div style={{ padding: 48 }} /></Spin>}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </SiteSelectionProvider>
  );
}
