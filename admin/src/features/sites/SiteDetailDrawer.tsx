import { Button, Descriptions, Drawer, Empty, Flex, Form, Input, Modal, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { Site } from '../../api/types';
import { useSession } from '../accounts/session';
import { useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { useLoad } from '../../shared/use-load';
import { siteKindLabels, siteLanguageLabels, siteStatusColors, siteStatusLabels, transitionActions, type TransitionAction } from './labels';

function TransitionModal({ site, action, onClose, onDone }: { site: Site; action: TransitionAction | null; onClose(): void; onDone(site: Site): void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const submit = async ({ reason }: { reason?: string }) => {
    if (!action) return;
    setIsSaving(true);
    try {
      const updated = await call(
        api.POST('/api/admin/sites/{siteId}/transitions', { params: { path: { siteId: site.id } }, body: { to: action.to, ...(reason?.trim() ? { reason: reason.trim() } : {}) } }),
      );
      success(`网站状态已变更为“${siteStatusLabels[action.to]}”`);
      onDone(updated);
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      title={action ? `${action.label}：${site.legalName}` : ''}
      open={!!action}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action?.label ?? '确定'}
      okButtonProps={{ danger: action?.isDanger }}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      {action?.to === 'closed' ? <Typography.Paragraph>关停后网站不再对外提供服务，且不能恢复；已发布的内容和记录将保留备查。</Typography.Paragraph> : null}
      <Form form={form} name="site-transition" layout="vertical" onFinish={submit}>
        <Form.Item
          label="变更原因"
          name="reason"
          extra="原因将记入网站历史和审计日志。"
          rules={action?.isReasonRequired ? [{ required: true, whitespace: true, message: '请填写变更原因' }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Details of one site with its lifecycle actions and status history. */
export function SiteDetailDrawer({ siteId, onClose, onEdit, onChanged }: { siteId: number; onClose(): void; onEdit(site: Site): void; onChanged(): void }) {
  const site = useLoad(() => call(api.GET('/api/admin/sites/{siteId}', { params: { path: { siteId } } })), [siteId]);
  const history = useLoad(() => call(api.GET('/api/admin/sites/{siteId}/history', { params: { path: { siteId } } })), [siteId]);
  const [action, setAction] = useState<TransitionAction | null>(null);
  const { can } = useSession();
  const s = site.data;
  const actions = s ? transitionActions[s.status].filter((a) => can(a.permission)) : [];

  return (
    <Drawer
      title={s ? `网站详情：${s.legalName}` : '网站详情'}
      open
      onClose={onClose}
      width={720}
      extra={
        s && s.status !== 'closed' && can('sites.update') ? (
          <Button type="primary" onClick={() => onEdit(s)}>
            编辑网站信息
          </Button>
        ) : null
      }
    >
      {!s ? (
        <Spin tip="正在加载…">
          <div style={{ padding: 48 }} />
        </Spin>
      ) : (
        <>
          <section aria-labelledby="site-lifecycle-heading" style={{ marginBottom: 24 }}>
            <h2 id="site-lifecycle-heading" style={{ fontSize: 16 }}>
              状态：<Tag color={siteStatusColors[s.status]}>{siteStatusLabels[s.status]}</Tag>
            </h2>
            {actions.length ? (
              <Space wrap>
                {actions.map((a) => (
                  <Button key={a.to} danger={a.isDanger} type={a.isDanger ? 'default' : 'primary'} ghost={!a.isDanger} onClick={() => setAction(a)}>
                    {a.label}
                  </Button>
                ))}
              </Space>
            ) : (
              <Typography.Paragraph>{s.status === 'closed' ? '网站已关停，不能再变更状态。' : '您没有变更此网站状态的权限。'}</Typography.Paragraph>
            )}
          </section>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
            items={[
              { key: 'legalName', label: '网站名称', children: s.legalName, span: 2 },
              { key: 'shortName', label: '简称', children: s.shortName || '—' },
              { key: 'code', label: '网站代码', children: <code>{s.code}</code> },
              { key: 'kind', label: '网站类型', children: siteKindLabels[s.kind] },
              { key: 'identifierCode', label: '网站标识码', children: s.identifierCode ?? '—' },
              { key: 'icpNumber', label: 'ICP备案号', children: s.icpNumber ?? '—' },
              { key: 'psbNumber', label: '公安机关备案号', children: s.psbNumber ?? '—' },
              { key: 'domains', label: '域名', span: 2, children: s.domains.length ? s.domains.map((d) => <Tag key={d}>{d}</Tag>) : '—' },
              { key: 'supervising', label: '主管单位', children: s.supervisingUnit?.name ?? '—' },
              { key: 'sponsor', label: '主办单位', children: s.sponsorUnit?.name ?? '—' },
              { key: 'operator', label: '承办单位', children: s.operatorUnit?.name ?? '—' },
              { key: 'address', label: '联系地址', children: s.contact.address ?? '—' },
              { key: 'postcode', label: '邮政编码', children: s.contact.postcode ?? '—' },
              { key: 'phone', label: '联系电话', children: s.contact.phone ?? '—' },
              { key: 'email', label: '电子邮箱', children: s.contact.email ?? '—' },
              { key: 'languages', label: '语言版本', children: s.languages.map((l) => siteLanguageLabels[l] ?? l).join('、') },
              { key: 'theme', label: '主题', children: s.themeKey },
              { key: 'updatedAt', label: '更新时间', children: formatTime(s.updatedAt) },
            ]}
          />
          <section aria-labelledby="site-history-heading" style={{ marginTop: 24 }}>
            <h2 id="site-history-heading" style={{ fontSize: 16 }}>
              状态历史
            </h2>
            {history.data?.items.length ? (
              <Timeline
                items={history.data.items.map((h) => ({
                  key: h.id,
                  children: (
                    <Flex vertical>
                      <span>
                        {h.fromStatus ? `${siteStatusLabels[h.fromStatus]} → ` : '创建：'}
                        <strong>{siteStatusLabels[h.toStatus]}</strong>
                      </span>
                      <span>
                        {formatTime(h.createdAt)} · {h.actorName}
                      </span>
                      {h.reason ? <span>原因：{h.reason}</span> : null}
                    </Flex>
                  ),
                }))}
              />
            ) : history.isLoading ? (
              <Spin />
            ) : (
              <Empty description="暂无状态变更记录" />
            )}
          </section>
          <TransitionModal
            site={s}
            action={action}
            onClose={() => setAction(null)}
            onDone={() => {
              setAction(null);
              void site.reload();
              void history.reload();
              onChanged();
            }}
          />
        </>
      )}
    </Drawer>
  );
}
