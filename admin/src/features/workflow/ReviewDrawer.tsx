import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Form, Input, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, call, isApiError } from '../../api/client';
import { useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { ApiErrorAlert } from './ApiErrorAlert';
import { FindingsPanel } from './FindingsPanel';
import { ItemPreview, useSiteName } from './ItemPreview';
import { taskStateColors, taskStateLabels, workflowErrorTitles } from './labels';
import { Section } from './Section';
import type { ReviewTask } from './types';

export const stepText = (t: Pick<ReviewTask, 'stepIndex' | 'stepCount'>) => `第${t.stepIndex + 1}/共${t.stepCount}步`;

function HistoryTable({ items }: { items: ReviewTask[] }) {
  return (
    <Table<ReviewTask>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      scroll={items.length ? { x: 720 } : undefined}
      columns={[
        { title: '版本', dataIndex: 'itemVersion', width: 70, render: (v: number) => `第${v}版` },
        { title: '环节', key: 'step', width: 170, render: (_, t) => `${t.stepLabel}（${stepText(t)}）` },
        {
          title: '结果',
          dataIndex: 'state',
          width: 90,
          render: (v: ReviewTask['state']) => <Tag color={taskStateColors[v]}>{taskStateLabels[v] ?? v}</Tag>,
        },
        { title: '处理人', dataIndex: 'decidedBy', width: 150, render: (v: string | null) => v ?? '—' },
        { title: '处理时间', dataIndex: 'decidedAt', width: 170, render: (v: string | null) => formatTime(v) },
        { title: '意见', dataIndex: 'comment', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}

/** Review of one task: the item read-only, its content-check findings, its history, and the decision. */
export function ReviewDrawer({
  task,
  onClose,
  onDecided,
  onStale,
}: {
  task: ReviewTask | null;
  onClose(): void;
  onDecided(): void;
  onStale(): void;
}) {
  const itemId = task?.itemId;
  const detail = useLoad(() => call(api.GET('/api/admin/library/items/{itemId}', { params: { path: { itemId: itemId! } } })), [itemId], {
    skip: !itemId,
  });
  const findings = useLoad(
    () => call(api.GET('/api/admin/workflow/items/{itemId}/findings', { params: { path: { itemId: itemId! } } })),
    [itemId],
    { skip: !itemId },
  );
  const history = useLoad(
    () => call(api.GET('/api/admin/workflow/items/{itemId}/history', { params: { path: { itemId: itemId! } } })),
    [itemId],
    { skip: !itemId },
  );
  const [form] = Form.useForm<{ comment?: string }>();
  const [deciding, setDeciding] = useState<'approve' | 'return' | null>(null);
  const [error, setError] = useState<unknown>();
  const { success } = useFeedback();
  const { can } = useSession();
  const siteName = useSiteName();
  const isOpen = task?.state === 'open';

  const close = () => {
    setError(undefined);
    form.resetFields();
    onClose();
  };

  const decide = async (decision: 'approve' | 'return') => {
    if (!task) return;
    setError(undefined);
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() ?? '';
    if (decision === 'return' && !comment) {
      form.setFields([{ name: 'comment', errors: ['退回时请写明原因和修改意见'] }]);
      return;
    }
    form.setFields([{ name: 'comment', errors: [] }]);
    setDeciding(decision);
    try {
      const path = { params: { path: { taskId: task.id } } };
      const result =
        decision === 'approve'
          ? await call(api.POST('/api/admin/workflow/tasks/{taskId}/approve', { ...path, body: { comment: comment || null } }))
          : await call(api.POST('/api/admin/workflow/tasks/{taskId}/return', { ...path, body: { comment } }));
      if (decision === 'return') success(`已退回“${task.itemTitle}”`);
      else if (result.item.state === 'published') success(`已通过，“${task.itemTitle}”已发布`);
      else if (result.item.state === 'approved') success(`已通过，“${task.itemTitle}”将于 ${formatTime(result.item.publishAt)} 定时发布`);
      else success(`已通过，已转入下一审核环节`);
      form.resetFields();
      onDecided();
    } catch (e) {
      if (isApiError(e, 'WORKFLOW_COMMENT_REQUIRED')) form.setFields([{ name: 'comment', errors: [e.details[0]?.message ?? e.message] }]);
      setError(e);
      // Someone else decided first: the list is stale.
      if (isApiError(e, 'WORKFLOW_TASK_CLOSED') || isApiError(e, 'WORKFLOW_TASK_NOT_FOUND')) onStale();
    } finally {
      setDeciding(null);
    }
  };

  const canOverride = can('content.review') || can('content.confidentiality_review') || can('content.publish');

  return (
    <Drawer
      title={task ? `审核：${task.itemTitle}` : '审核'}
      open={!!task}
      onClose={close}
      width={920}
      destroyOnHidden
      footer={
        isOpen ? (
          <Form form={form} name="review-decision" layout="vertical" onFinish={() => void decide('approve')}>
            {/* Next to the buttons, so it is seen wherever the drawer is scrolled. */}
            <ApiErrorAlert error={error} titles={workflowErrorTitles} onClose={() => setError(undefined)} />
            <Form.Item
              label="审核意见"
              name="comment"
              extra="通过时可不填；退回时必须写明原因和修改意见。"
              rules={[{ max: 1000, message: '审核意见不超过1000字' }]}
              style={{ marginBottom: 8 }}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
            <Flex gap={8} justify="flex-end">
              <Button
                danger
                icon={<RollbackOutlined />}
                loading={deciding === 'return'}
                disabled={deciding !== null}
                onClick={() => void decide('return')}
              >
                退回
              </Button>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={deciding === 'approve'}
                disabled={deciding !== null}
                htmlType="submit"
              >
                通过
              </Button>
            </Flex>
          </Form>
        ) : null
      }
    >
      {task ? (
        <>
          <Section title="审核任务">
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 }}
              items={[
                { key: 'step', label: '审核环节', children: `${task.stepLabel}（${stepText(task)}）` },
                { key: 'state', label: '状态', children: <Tag color={taskStateColors[task.state]}>{taskStateLabels[task.state]}</Tag> },
                { key: 'site', label: '网站', children: siteName(task.siteId) },
                { key: 'version', label: '送审版本', children: `第${task.itemVersion}版` },
                { key: 'by', label: '提交人', children: task.submittedBy },
                { key: 'at', label: '提交时间', children: formatTime(task.createdAt) },
                { key: 'publishAt', label: '定时发布', children: task.publishAt ? formatTime(task.publishAt) : '审核通过后立即发布' },
                { key: 'editor', label: '编辑页面', children: <Link to={`/library/${task.itemId}`}>打开信息编辑页</Link> },
              ]}
            />
            {detail.data && detail.data.item.version !== task.itemVersion ? (
              <Alert
                type="info"
                showIcon
                style={{ marginTop: 8 }}
                message={`信息已修改为第${detail.data.item.version}版，下方显示的是当前版本。`}
              />
            ) : null}
          </Section>
          <Section title="信息内容">
            {detail.error ? (
              <ApiErrorAlert error={detail.error} titles={{}} />
            ) : detail.data ? (
              <ItemPreview detail={detail.data} />
            ) : (
              <Skeleton active />
            )}
          </Section>
          <Section title="内容检查">
            {findings.error ? (
              <ApiErrorAlert error={findings.error} titles={{}} />
            ) : findings.data ? (
              <FindingsPanel
                result={findings.data}
                itemType={task.itemType}
                canOverride={canOverride && isOpen}
                onChanged={() => {
                  success('已放行');
                  void findings.reload();
                }}
              />
            ) : (
              <Skeleton active />
            )}
          </Section>
          <Section title="审核记录">
            {history.error ? (
              <ApiErrorAlert error={history.error} titles={{}} />
            ) : history.data ? (
              history.data.items.length ? (
                <HistoryTable items={history.data.items} />
              ) : (
                <Typography.Text>暂无审核记录</Typography.Text>
              )
            ) : (
              <Skeleton active />
            )}
          </Section>
        </>
      ) : null}
    </Drawer>
  );
}
