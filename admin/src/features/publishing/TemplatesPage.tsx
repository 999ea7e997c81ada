import { Alert, Empty, Result, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { useSiteSelection } from '../../layout/site-selection';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { EmptyText } from '../workflow/EmptyText';
import { publishingErrorTitles, templateSafetyNote } from './labels';
import { listTemplates, publishingPermission, type TemplateSummary } from './publishing-api';

/** 模板管理 of the site chosen in the header: the theme's templates and which ones the site changed. */
export default function TemplatesPage() {
  const { siteId, site } = useSiteSelection();
  const { can } = useSession();
  const canManage = can(publishingPermission);
  const templates = useLoad(() => listTemplates(siteId!), [siteId], { skip: !siteId || !canManage });
  const suffix = siteId ? `?site=${siteId}` : '';

  if (!canManage) {
    return (
      <Result status="403" title={<h1 style={{ fontSize: 22, margin: 0 }}>没有权限</h1>} subTitle="模板管理需要修改网站信息的权限。" />
    );
  }
  if (!siteId) {
    return (
      <>
        <PageHeading title="模板管理" />
        <Empty description="请先在页面顶部的“当前网站”中选择一个网站" />
      </>
    );
  }

  return (
    <>
      <PageHeading
        title="模板管理"
        description={`${site?.label ?? ''}的页面模板。未自定义的模板使用主题自带的版本；自定义后可随时恢复默认。`}
      />
      <Alert type="info" showIcon message={templateSafetyNote} style={{ marginBottom: 16 }} />
      {isApiError(templates.error, 'ROUTE_NOT_FOUND') ? (
        <Alert
          type="info"
          showIcon
          message="发布服务尚未启用"
          description="服务器还没有提供模板接口，请稍后再试。"
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ApiErrorAlert error={templates.error} titles={publishingErrorTitles} />
      )}
      <Table<TemplateSummary>
        rowKey="name"
        dataSource={templates.data?.items ?? []}
        loading={templates.isLoading}
        pagination={false}
        locale={{ emptyText: <EmptyText text={templates.isLoading ? '正在加载…' : '没有模板'} /> }}
        columns={[
          {
            title: '模板',
            dataIndex: 'name',
            width: 240,
            render: (name: string) => (
              <Link
                to={`/publishing/templates/${name.split('/').map(encodeURIComponent).join('/')}${suffix}`}
                aria-label={`编辑模板 ${name}`}
              >
                <code>{name}</code>
              </Link>
            ),
          },
          { title: '说明', dataIndex: 'description' },
          {
            title: '状态',
            dataIndex: 'isOverridden',
            width: 110,
            render: (isOverridden: boolean) => (isOverridden ? <Tag color="processing">已自定义</Tag> : <Tag>主题默认</Tag>),
          },
          { title: '修改时间', dataIndex: 'updatedAt', width: 180, render: (v: string | null) => formatTime(v) },
          { title: '修改人', dataIndex: 'updatedBy', width: 160, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </>
  );
}
