import { Flex, Result, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router-dom';
import { RequireSession } from './features/accounts/RequireSession';
import { AppLayout } from './layout/AppLayout';

// Each screen is its own chunk, loaded when first visited.
const LoginPage = lazy(() => import('./features/accounts/LoginPage'));
const ChangePasswordPage = lazy(() => import('./features/accounts/ChangePasswordPage'));
const SecuritySetupPage = lazy(() => import('./features/accounts/SecuritySetupPage'));
const AccountPage = lazy(() => import('./features/accounts/AccountPage'));
const UsersPage = lazy(() => import('./features/accounts/UsersPage'));
const OrgUnitsPage = lazy(() => import('./features/accounts/OrgUnitsPage'));
const RolesPage = lazy(() => import('./features/accounts/RolesPage'));
const SitesPage = lazy(() => import('./features/sites/SitesPage'));
const ColumnsPage = lazy(() => import('./features/sites/ColumnsPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const ItemListPage = lazy(() => import('./features/library/ItemListPage'));
const ItemEditorPage = lazy(() => import('./features/library/ItemEditorPage'));
const TasksPage = lazy(() => import('./features/workflow/TasksPage'));
const ChainsPage = lazy(() => import('./features/workflow/ChainsPage'));
const DictionaryPage = lazy(() => import('./features/workflow/DictionaryPage'));
const SubmissionsPage = lazy(() => import('./features/syndication/SubmissionsPage'));
const RepostsPage = lazy(() => import('./features/syndication/RepostsPage'));
const CrawlPage = lazy(() => import('./features/syndication/CrawlPage'));
const PublishingPage = lazy(() => import('./features/publishing/PublishingPage'));
const TemplatesPage = lazy(() => import('./features/publishing/TemplatesPage'));
const TemplateEditorPage = lazy(() => import('./features/publishing/TemplateEditorPage'));

function Loading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '50vh' }}>
      <Spin size="large" tip="正在加载…">
        <div style={{ padding: 48 }} />
      </Spin>
    </Flex>
  );
}

function NotFound() {
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 22, margin: 0 }}>页面不存在</h1>}
      subTitle="您访问的页面不存在或已被移除。"
      extra={<Link to="/sites">返回网站管理</Link>}
    />
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/change-password"
          element={
            <RequireSession>
              <ChangePasswordPage />
            </RequireSession>
          }
        />
        <Route
          path="/security-setup"
          element={
            <RequireSession>
              <SecuritySetupPage />
            </RequireSession>
          }
        />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<Navigate to="/sites" replace />} />
          <Route path="/sites" element={<SitesPage />} />
          <Route path="/sites/tree" element={<SitesPage view="tree" />} />
          <Route path="/columns" element={<ColumnsPage />} />
          <Route path="/org-units" element={<OrgUnitsPage />} />
          <Route path="/users" element={<UsersPage />} />
          <Route path="/roles" element={<RolesPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/library" element={<ItemListPage />} />
          <Route path="/library/new" element={<ItemEditorPage />} />
          <Route path="/library/:itemId" element={<ItemEditorPage />} />
          <Route path="/tasks" element={<TasksPage />} />
          <Route path="/workflow/chains" element={<ChainsPage />} />
          <Route path="/workflow/dictionary" element={<DictionaryPage />} />
          <Route path="/syndication/submissions" element={<SubmissionsPage />} />
          <Route path="/syndication/reposts" element={<RepostsPage />} />
          <Route path="/syndication/crawl" element={<CrawlPage />} />
          <Route path="/publishing" element={<PublishingPage />} />
          <Route path="/publishing/templates" element={<TemplatesPage />} />
          <Route path="/publishing/templates/*" element={<TemplateEditorPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
