import { CheckCircleOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { formatTime } from '../../shared/format';
import { metadataLabel } from '../library/labels';
import { ApiErrorAlert } from './ApiErrorAlert';
import { checkerLabels, itemFieldLabels, severityColors, severityLabels, workflowErrorTitles } from './labels';
import type { CheckResult, Finding } from './types';

function fieldLabel(type: string, field: string): string {
  if (field.startsWith('metadata.')) return metadataLabel(type, field.slice('metadata.'.length));
  return itemFieldLabels[field] ?? field;
}

/** The excerpt with the match marked: bold, underlined and highlighted, and named in words for screen readers. */
function Excerpt({ finding }: { finding: Finding }) {
  const at = finding.match ? finding.excerpt.indexOf(finding.match) : -1;
  if (at < 0) return <span>{finding.excerpt}</span>;
  return (
    <span>
      {finding.excerpt.slice(0, at)}
      <mark className="wf-match">
        <span className="wf-sr-only">［命中：</span>
        {finding.match}
        <span className="wf-sr-only">］</span>
      </mark>
      {finding.excerpt.slice(at + finding.match.length)}
    </span>
  );
}

function OverrideModal({ finding, onClose, onDone }: { finding: Finding | null; onClose(): void; onDone(f: Finding): void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async ({ reason }: { reason: string }) => {
    if (!finding) return;
    setIsSaving(true);
    setError(undefined);
    try {
      const updated = await call(
        api.POST('/api/admin/workflow/findings/{findingId}/override', {
          params: { path: { findingId: finding.id } },
          body: { reason: reason.trim() },
        }),
      );
      onDone(updated);
    } catch (e) {
      setError(e);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      title={`放行：“${finding?.match ?? ''}”`}
      open={!!finding}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="放行"
      cancelText="取消"
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Typography.Paragraph>{finding?.message}。放行后该问题不再阻止发布，理由记入审计日志。</Typography.Paragraph>
      <ApiErrorAlert error={error} titles={workflowErrorTitles} />
      <Form form={form} name="finding-override" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          label="放行理由"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请说明放行理由' },
            { min: 2, message: '理由至少2个字' },
            { max: 500, message: '理由不超过500字' },
          ]}
        >
          <Input.TextArea rows={3} placeholder="如：该电话为本单位对外公布的服务电话" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 内容检查结果 of the version under review, with 放行 (override with a reason) for each open finding. */
export function FindingsPanel({
  result,
  itemType,
  canOverride,
  onChanged,
}: {
  result: CheckResult;
  itemType: string;
  canOverride: boolean;
  onChanged(): void;
}) {
  const [overriding, setOverriding] = useState<Finding | null>(null);
  const findings = result.findings;
  if (!findings.length) {
    return (
      <Typography.Text>
        <CheckCircleOutlined aria-hidden style={{ color: '#237804' }} /> 未发现问题。
      </Typography.Text>
    );
  }
  return (
    <>
      {result.isBlocked ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="有未放行的严重问题"
          description="请退回修改，或说明理由后放行。"
        />
      ) : null}
      <List<Finding>
        size="small"
        bordered
        dataSource={findings}
        renderItem={(f) => (
          <List.Item
            key={f.id}
            actions={
              canOverride && !f.override
                ? [
                    <Button key="override" size="small" onClick={() => setOverriding(f)} aria-label={`放行 ${f.match}`}>
                      放行
                    </Button>,
                  ]
                : undefined
            }
          >
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={6} wrap align="center">
                <Tag color={severityColors[f.severity]} icon={f.severity === 'block' ? <ExclamationCircleOutlined /> : <WarningOutlined />}>
                  {severityLabels[f.severity]}
                </Tag>
                <Tag>{checkerLabels[f.checker] ?? f.checker}</Tag>
                <Typography.Text>位置：{fieldLabel(itemType, f.field)}</Typography.Text>
                {f.override ? (
                  <Tag icon={<CheckCircleOutlined />} color="success">
                    已放行
                  </Tag>
                ) : null}
              </Flex>
              <Typography.Text strong>{f.message}</Typography.Text>
              <Typography.Text>
                原文：…
                <Excerpt finding={f} />…
              </Typography.Text>
              {f.suggestion ? <Typography.Text>建议：{f.suggestion}</Typography.Text> : null}
              {f.override ? (
                <Typography.Text type="secondary">
                  {f.override.by} 于 {formatTime(f.override.at)} 放行，理由：{f.override.reason}
                </Typography.Text>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
      <OverrideModal
        finding={overriding}
        onClose={() => setOverriding(null)}
        onDone={() => {
          setOverriding(null);
          onChanged();
        }}
      />
    </>
  );
}
