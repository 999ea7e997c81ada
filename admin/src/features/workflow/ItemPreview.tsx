import { PaperClipOutlined } from '@ant-design/icons';
import { Descriptions, Empty, List, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import type { LibraryItemDetail } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { formatTime } from '../../shared/format';
import { attachmentKindLabels, attachmentUrl, formatSize, itemStateLabels, metadataLabel } from '../library/labels';
import { typeLabel, useVocabulary } from '../library/vocabulary';
import { ColumnName } from '../sites/ColumnTreeSelect';
import './workflow.css';

/** A metadata value as text: lists joined, booleans as 是/否, objects as JSON. */
function metadataText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length ? value.map(metadataText).join('、') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The name of a site the user can see; `网站 #id` for others (the site tree lists only those). */
export function useSiteName() {
  const { sites } = useSiteSelection();
  return useCallback((siteId: number) => sites?.find((s) => s.id === siteId)?.label ?? `网站 #${siteId}`, [sites]);
}

/**
 * The item under review, read-only: what the reviewer signs off. The body is the HTML the server
 * stored, which it sanitised against its allow-list when the item was saved.
 */
export function ItemPreview({ detail }: { detail: LibraryItemDetail }) {
  const { item, placements, relations, attachments } = detail;
  const vocabulary = useVocabulary();
  const siteName = useSiteName();
  const metadata = Object.entries(item.metadata).filter(([, v]) => !(Array.isArray(v) && v.length === 0));
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0 }}>
        {item.title}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
        items={[
          { key: 'type', label: '信息类型', children: typeLabel(vocabulary.data, item.type) },
          { key: 'state', label: '状态', children: `${itemStateLabels[item.state] ?? item.state}（第${item.version}版）` },
          { key: 'site', label: '所属网站', children: siteName(item.siteId) },
          { key: 'indexNo', label: '索引号', children: item.indexNo ?? '—' },
          { key: 'author', label: '作者', children: item.author ?? '—' },
          { key: 'source', label: '来源', children: item.source ?? '—' },
          { key: 'keywords', label: '关键词', children: item.keywords.length ? item.keywords.join('、') : '—' },
          { key: 'publishAt', label: '定时发布', children: formatTime(item.publishAt) },
          ...(item.unpublishAt ? [{ key: 'unpublishAt', label: '定时撤下', children: formatTime(item.unpublishAt) }] : []),
          { key: 'summary', label: '摘要', span: 2, children: item.summary ?? '—' },
          ...metadata.map(([key, value]) => ({ key: `m-${key}`, label: metadataLabel(item.type, key), children: metadataText(value) })),
        ]}
      />
      <h4 className="wf-subtitle">正文</h4>
      {item.body.trim() ? (
        // Sanitised by the server when the item was saved (library/sanitize.ts).
        <div className="wf-body" tabIndex={0} role="region" aria-label="正文内容" dangerouslySetInnerHTML={{ __html: item.body }} />
      ) : (
        <Typography.Text>（无正文）</Typography.Text>
      )}
      <h4 className="wf-subtitle">发布位置</h4>
      {placements.length ? (
        <List
          size="small"
          bordered
          dataSource={placements}
          renderItem={(p) => (
            <List.Item key={p.id}>
              <span>
                {siteName(p.siteId)} / <ColumnName siteId={p.siteId} columnId={p.columnId} />
                {p.isPinned ? <Tag style={{ marginInlineStart: 8 }}>置顶</Tag> : null}
                {p.isRepost ? <Tag style={{ marginInlineStart: 8 }}>转载{p.sourceName ? `自${p.sourceName}` : ''}</Tag> : null}
                {p.publishAt ? <Typography.Text style={{ marginInlineStart: 8 }}>定时：{formatTime(p.publishAt)}</Typography.Text> : null}
              </span>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text>（未放入栏目）</Typography.Text>
      )}
      <h4 className="wf-subtitle">关联信息</h4>
      {relations.length ? (
        <List
          size="small"
          bordered
          dataSource={relations}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <span>
                <Tag>{r.label}</Tag>
                <Link to={`/library/${r.item.id}`}>{r.item.title}</Link>（{typeLabel(vocabulary.data, r.item.type)}，
                {itemStateLabels[r.item.state] ?? r.item.state}）
              </span>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text>（无）</Typography.Text>
      )}
      <h4 className="wf-subtitle">附件</h4>
      {attachments.length ? (
        <List
          size="small"
          bordered
          dataSource={attachments}
          renderItem={(a) => (
            <List.Item key={a.id}>
              <span>
                <PaperClipOutlined aria-hidden />{' '}
                <a href={attachmentUrl(a.id)} target="_blank" rel="noopener noreferrer">
                  {a.filename}
                </a>
                （{attachmentKindLabels[a.kind] ?? a.kind}，{formatSize(a.size)}
                {a.kind === 'image' ? `，替代文本：${a.altText || '未填写'}` : ''}）
              </span>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无附件" style={{ margin: 0 }} />
      )}
    </>
  );
}
