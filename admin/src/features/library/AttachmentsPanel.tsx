import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, call, request } from '../../api/client';
import type { Attachment } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { attachmentKindLabels, attachmentUrl, formatSize } from './labels';
import { Section } from './Section';
import { EmptyText } from './EmptyText';

function AltTextEditor({ attachment, disabled, onSaved }: { attachment: Attachment; disabled: boolean; onSaved(a: Attachment): void }) {
  const [value, setValue] = useState(attachment.altText ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const isChanged = value.trim() !== (attachment.altText ?? '');
  const save = async () => {
    setIsSaving(true);
    try {
      const updated = await call(
        api.PATCH('/api/admin/library/attachments/{attachmentId}', {
          params: { path: { attachmentId: attachment.id } },
          body: { altText: value.trim() || null },
        }),
      );
      success('替代文本已保存');
      onSaved(updated);
    } catch (error) {
      showError(error);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Flex gap={4} vertical>
      <Flex gap={4}>
        <Input
          size="small"
          value={value}
          maxLength={200}
          disabled={disabled}
          aria-label={`替代文本 ${attachment.filename}`}
          placeholder="说明图片的内容"
          onChange={(e) => setValue(e.target.value)}
          onPressEnter={() => isChanged && void save()}
        />
        <Button
          size="small"
          disabled={disabled || !isChanged}
          loading={isSaving}
          onClick={() => void save()}
          aria-label={`保存替代文本 ${attachment.filename}`}
        >
          保存
        </Button>
      </Flex>
      {!attachment.altText ? (
        <span>
          <Tag color="warning">缺少替代文本</Tag>
        </span>
      ) : null}
    </Flex>
  );
}

/**
 * 附件: files of the item (PDF, Office, OFD, images, audio, video), identified by the server from
 * their content. Images need an alternative text before the item can be submitted.
 */
export function AttachmentsPanel(props: {
  itemId: number | null;
  siteId: number;
  attachments: Attachment[];
  isEditable: boolean;
  onUploaded(attachment: Attachment): void;
  onUpdated(attachment: Attachment): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [isUploading, setIsUploading] = useState(false);
  const { showError, success } = useFeedback();

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    setIsUploading(true);
    try {
      for (const file of Array.from(files)) {
        const data = new FormData();
        data.append('file', file);
        const query = new URLSearchParams({ siteId: String(props.siteId) });
        if (props.itemId) query.set('itemId', String(props.itemId));
        const attachment = await request<Attachment>('POST', `/api/admin/library/attachments?${query.toString()}`, data);
        props.onUploaded(attachment);
        success(`已上传“${attachment.filename}”`);
      }
    } catch (error) {
      showError(error);
    } finally {
      setIsUploading(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Section
      title="附件"
      extra={
        props.isEditable ? (
          <>
            <input ref={input} type="file" multiple hidden onChange={(e) => void upload(e.target.files)} />
            <Button size="small" icon={<UploadOutlined />} loading={isUploading} onClick={() => input.current?.click()}>
              上传附件
            </Button>
          </>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">支持 PDF、Office/WPS 文档、OFD、图片、音频和视频；图片须填写替代文本。</Typography.Paragraph>
      <Table<Attachment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={props.attachments}
        scroll={{ x: 820 }}
        locale={{ emptyText: <EmptyText>{'没有附件'}</EmptyText> }}
        columns={[
          {
            title: '文件',
            dataIndex: 'filename',
            render: (name: string, a) => (
              <a href={attachmentUrl(a.id)} target="_blank" rel="noreferrer" aria-label={`下载 ${name}（在新窗口打开）`}>
                {name}
              </a>
            ),
          },
          {
            title: '类型',
            key: 'kind',
            width: 150,
            render: (_, a) => `${attachmentKindLabels[a.kind]}（${a.mimeType.split('/')[1] ?? a.mimeType}）`,
          },
          { title: '大小', dataIndex: 'size', width: 90, render: (v: number) => formatSize(v) },
          {
            title: '替代文本',
            key: 'alt',
            width: 300,
            render: (_, a) =>
              a.kind === 'image' ? (
                <AltTextEditor key={`${a.id}-${a.altText ?? ''}`} attachment={a} disabled={!props.isEditable} onSaved={props.onUpdated} />
              ) : (
                '—'
              ),
          },
          { title: '上传时间', dataIndex: 'createdAt', width: 170, render: (v: string) => formatTime(v) },
        ]}
      />
    </Section>
  );
}
