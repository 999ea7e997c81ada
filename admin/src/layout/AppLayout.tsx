import {
  ApartmentOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  DatabaseOutlined,
  GlobalOutlined,
  LayoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  SafetyCertificateOutlined,
  ShareAltOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Spin, theme, type MenuProps } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../features/accounts/session';
import { SiteSelectionProvider, useSiteSelection } from './site-selection';
import { SiteSwitcher } from './SiteSwitcher';
import { UserMenu } from './UserMenu';

interface Entry {
  path: string;
  label: string;
  icon?: ReactNode;
  /** Shown when the user holds this permission (or any one of these). */
  permission: string | string[];
}

interface Group {
  key: string;
  label: string;
  icon: ReactNode;
  entries: Entry[];
}

const groups: Array<Entry | Group> = [
  {
    key: 'library',
    label: '信息资源库',
    icon: <DatabaseOutlined />,
    entries: [{ path: '/library', label: '信息列表', permission: 'content.read' }],
  },
  {
    key: 'workflow',
    label: '审核',
    icon: <CheckSquareOutlined />,
    entries: [
      { path: '/tasks', label: '我的待办', permission: ['content.review', 'content.confidentiality_review', 'content.publish'] },
      { path: '/workflow/chains', label: '审核流程', permission: 'columns.read' },
      { path: '/workflow/dictionary', label: '词库管理', permission: 'content.read' },
    ],
  },
  {
    key: 'syndication',
    label: '信息协同',
    icon: <ShareAltOutlined />,
    entries: [
      { path: '/syndication/submissions', label: '信息报送', permission: 'content.read' },
      { path: '/syndication/reposts', label: '转载要求', permission: 'content.read' },
      { path: '/syndication/crawl', label: '网上抓取', permission: 'content.edit' },
    ],
  },
  { path: '/sites', label: '网站管理', icon: <GlobalOutlined />, permission: 'sites.read' },
  { path: '/columns', label: '栏目管理', icon: <ClusterOutlined />, permission: 'columns.read' },
  // Publishing and templates change the whole site: the server asks for sites.update on it.
  { path: '/publishing', label: '网站发布', icon: <CloudUploadOutlined />, permission: 'sites.update' },
  { path: '/publishing/templates', label: '模板管理', icon: <LayoutOutlined />, permission: 'sites.update' },
  { path: '/org-units', label: '组织机构', icon: <ApartmentOutlined />, permission: 'orgunits.read' },
  { path: '/users', label: '用户管理', icon: <TeamOutlined />, permission: 'users.read' },
  { path: '/roles', label: '角色与授权', icon: <SafetyCertificateOutlined />, permission: 'grants.manage' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.read' },
];

const isGroup = (e: Entry | Group): e is Group => 'entries' in e;
const entries: Entry[] = groups.flatMap((e) => (isGroup(e) ? e.entries : [e]));

function SideMenu() {
  const { can } = useSession();
  const { siteId } = useSiteSelection();
  const location = useLocation();
  const suffix = siteId ? `?site=${siteId}` : '';
  // The longest matching path wins (/library/12 selects 信息列表).
  const selected = entries
    .filter((e) => location.pathname === e.path || location.pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const mayOpen = (e: Entry) => [e.permission].flat().some((p) => can(p));
  const toItem = (e: Entry) => ({ key: e.path, icon: e.icon, label: <Link to={`${e.path}${suffix}`}>{e.label}</Link> });
  const items: MenuProps['items'] = groups.flatMap((e): NonNullable<MenuProps['items']> => {
    if (!isGroup(e)) return mayOpen(e) ? [toItem(e)] : [];
    const children = e.entries.filter(mayOpen).map(toItem);
    return children.length ? [{ key: e.key, icon: e.icon, label: e.label, children }] : [];
  });
  return (
    <nav aria-label="主菜单">
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={selected ? [selected.path] : []}
        defaultOpenKeys={groups.filter(isGroup).map((g) => g.key)}
        items={items}
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
            style={{
              color: '#fff',
              fontWeight: 600,
              fontSize: isCollapsed ? 14 : 17,
              padding: '18px 16px',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
            }}
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
            style={{
              margin: 16,
              background: token.colorBgContainer,
              padding: 24,
              borderRadius: token.borderRadiusLG,
              minHeight: 'calc(100vh - 96px)',
            }}
          >
            <Suspense
              fallback={
                <Spin tip="正在加载…">
                  <div style={{ padding: 48 }} />
                </Spin>
              }
            >
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </SiteSelectionProvider>
  );
}
