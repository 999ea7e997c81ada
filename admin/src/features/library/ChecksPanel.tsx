import { Alert, Empty, Flex, List, Tag, Typography } from 'antd';
import { formatTime } from '../../shared/format';
import { metadataLabel } from './labels';
import { Section } from './Section';
import { checkerLabels, type CheckResult, type Finding } from './workflow-api';

const fieldLabels: Record<string, string> = {
  title: '标题',
  summary: '摘要',
  keywords: '关键词',
  author: '作者',
  source: '来源',
  body: '正文',
};

function fieldLabel(type: string, field: string): string {
  if (field.startsWith('metadata.')) return metadataLabel(type, field.slice('metadata.'.length));
  return fieldLabels[field] ?? field;
}

/** The excerpt with the match marked: underlined and bold as well as highlighted, and named in words. */
function Excerpt({ finding }: { finding: Finding }) {
  const at = finding.match ? finding.excerpt.indexOf(finding.match) : -1;
  if (at < 0) {
    return (
      <span>
        {finding.excerpt}
        {finding.match ? (
          <>
            （命中：<mark className="lib-finding-match">{finding.match}</mark>）
          </>
        ) : null}
      </span>
    );
  }
  return (
    <span>
      {finding.excerpt.slice(0, at)}
      <mark className="lib-finding-match">
        <span className="lib-sr-only">［命中：</span>
        {finding.match}
        <span className="lib-sr-only">］</span>
      </mark>
      {finding.excerpt.slice(at + finding.match.length)}
    </span>
  );
}

function FindingList({ title, findings, type }: { title: string; findings: Finding[]; type: string }) {
  if (!findings.length) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>
        {title}（{findings.length}）
      </h3>
      <List<Finding>
        size="small"
        bordered
        dataSource={findings}
        renderItem={(f) => (
          <List.Item key={f.id}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={6} wrap align="center">
                <Tag color={f.severity === 'block' ? 'error' : 'warning'}>{f.severity === 'block' ? '严重' : '提示'}</Tag>
                <Tag>{checkerLabels[f.checker] ?? f.checker}</Tag>
                <Typography.Text>位置：{fieldLabel(type, f.field)}</Typography.Text>
                {f.override ? <Tag color="default">已忽略</Tag> : null}
              </Flex>
              <Typography.Text strong>{f.message}</Typography.Text>
              <Typography.Text>
                原文：…
                <Excerpt finding={f} />…
              </Typography.Text>
              {f.suggestion ? <Typography.Text>建议：{f.suggestion}</Typography.Text> : null}
              {f.override ? (
                <Typography.Text type="secondary">
                  {f.override.by} 于 {formatTime(f.override.at)} 忽略，理由：{f.override.reason}
                </Typography.Text>
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    </div>
  );
}

/**
 * idle: nothing read yet; stored: the findings kept from an earlier check (an empty list may mean
 * "never checked"); checked: a check ran in this session; unavailable: no workflow service.
 */
export type ChecksStatus = 'idle' | 'loading' | 'stored' | 'checked' | 'unavailable';

/**
 * 内容检查: what the checks found in the saved version (敏感词, 个人信息, 广告, 暗链), grouped by
 * severity. 严重 findings block submission until fixed (or overridden by a reviewer).
 */
export function ChecksPanel(props: { itemId: number | null; type: string; result: CheckResult | null; status: ChecksStatus }) {
  const { result } = props;
  const blocking = result?.findings.filter((f) => f.severity === 'block') ?? [];
  const warnings = result?.findings.filter((f) => f.severity !== 'block') ?? [];
  return (
    <Section title="内容检查">
      {!props.itemId ? (
        <Typography.Paragraph>保存后可检查内容：错别字与规范用语、敏感词、个人信息、广告和暗链。</Typography.Paragraph>
      ) : props.status === 'unavailable' ? (
        <Typography.Paragraph>内容检查服务暂不可用。</Typography.Paragraph>
      ) : !result ? (
        <Typography.Paragraph>
          {props.status === 'loading' ? '正在读取检查结果…' : '还没有检查过这条信息。点“内容检查”检查当前保存的版本。'}
        </Typography.Paragraph>
      ) : result.findings.length === 0 ? (
        props.status === 'checked' ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有发现问题" />
        ) : (
          <Typography.Paragraph>没有待处理的检查结果。点“内容检查”检查当前保存的版本。</Typography.Paragraph>
        )
      ) : (
        <>
          {result.isBlocked ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              message={`有 ${blocking.filter((f) => !f.override).length} 项严重问题，修改并保存后重新检查，才能提交审核。`}
            />
          ) : null}
          <FindingList title="严重（阻止提交）" findings={blocking} type={props.type} />
          <FindingList title="提示" findings={warnings} type={props.type} />
        </>
      )}
    </Section>
  );
}
