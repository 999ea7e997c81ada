import { App, Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { api, call } from '../../api/client';
import type { ItemVersion, LibraryItem, VersionDiffField } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { useLoad } from '../../shared/use-load';
import { metadataLabel } from './labels';
import { Section } from './Section';

function fieldLabel(type: string, field: VersionDiffField): string {
  return field.field.startsWith('metadata.') ? metadataLabel(type, field.field.slice('metadata.'.length)) : field.label;
}

/** One field's changes: deletions struck through, additions underlined, each also said in words. */
function DiffText({ parts }: { parts: VersionDiffField['parts'] }) {
  return (
    <p className="lib-diff">
      {parts.map((part, i) =>
        part.removed ? (
          <del key={i}>
            <span className="lib-sr-only">［删除：</span>
            {part.value}
            <span className="lib-sr-only">］</span>
          </del>
        ) : part.added ? (
          <ins key={i}>
            <span className="lib-sr-only">［新增：</span>
            {part.value}
            <span className="lib-sr-only">］</span>
          </ins>
        ) : (
          <Fragment key={i}>{part.value}</Fragment>
        ),
      )}
    </p>
  );
}

function DiffView({ itemId, type, from, to }: { itemId: number; type: string; from: number; to: number }) {
  const diff = useLoad(
    () => call(api.GET('/api/admin/library/items/{itemId}/diff', { params: { path: { itemId }, query: { from, to } } })),
    [itemId, from, to],
  );
  return (
    <div aria-live="polite" aria-busy={diff.isLoading} style={{ marginTop: 16 }}>
      <h3 style={{ fontSize: 15, margin: '0 0 8px' }}>
        第{from}版与第{to}版的差异
      </h3>
      <Typography.Paragraph>
        <span className="lib-diff">
          图例：<del>删除的文字</del>（删除线），<ins>新增的文字</ins>（下划线）。
        </span>
      </Typography.Paragraph>
      {diff.error ? <Typography.Text type="danger">比较失败，请稍后再试。</Typography.Text> : null}
      {diff.data && diff.data.fields.length === 0 ? <Typography.Text>两个版本的内容相同。</Typography.Text> : null}
      {diff.data?.fields.map((field) => (
        <div key={field.field} style={{ marginBottom: 12 }}>
          <h4 style={{ fontSize: 14, margin: '0 0 4px' }}>{fieldLabel(type, field)}</h4>
          <div
            style={{
              background: '#fafafa',
              border: '1px solid #f0f0f0',
              borderRadius: 6,
              padding: '8px 12px',
              maxHeight: 360,
              overflow: 'auto',
            }}
            tabIndex={0}
            role="region"
            aria-label={`${fieldLabel(type, field)}的差异`}
          >
            <DiffText parts={field.parts} />
          </div>
        </div>
      ))}
    </div>
  );
}

/**
 * 版本: every saved version, newest first; choose two to compare, or restore one (the server saves
 * its content as a new version, so history is never rewritten).
 */
export function VersionsPanel(props: {
  itemId: number | null;
  type: string;
  currentVersion: number | null;
  /** Changes whenever the item was saved, so the list reloads. */
  reloadKey: number;
  canRestore: boolean;
  onRestored(item: LibraryItem): void;
}) {
  const { itemId, currentVersion } = props;
  const versions = useLoad(
    () => call(api.GET('/api/admin/library/items/{itemId}/versions', { params: { path: { itemId: itemId! } } })),
    [itemId, props.reloadKey],
    {
      skip: !itemId,
    },
  );
  const [selected, setSelected] = useState<number[]>([]);
  const [compared, setCompared] = useState<[number, number] | null>(null);
  const { modal } = App.useApp();
  const { showError, success } = useFeedback();

  const restore = (v: ItemVersion) => {
    if (!itemId || !currentVersion) return;
    modal.confirm({
      title: `恢复到第${v.version}版？`,
      content: `将以第${v.version}版的内容保存为第${currentVersion + 1}版（历史版本都会保留）；表单中未保存的修改会丢失。`,
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          const item = await call(
            api.POST('/api/admin/library/items/{itemId}/versions/{version}/restore', {
              params: { path: { itemId, version: v.version } },
              body: { version: currentVersion },
            }),
          );
          success(`已恢复到第${v.version}版，保存为第${item.version}版`);
          props.onRestored(item);
        } catch (error) {
          showError(error);
        }
      },
    });
  };

  if (!itemId) {
    return (
      <Section title="版本">
        <Typography.Paragraph>每次保存都会生成一个版本；保存后可在此比较和恢复。</Typography.Paragraph>
      </Section>
    );
  }

  const items = versions.data?.items ?? [];
  return (
    <Section
      title="版本"
      extra={
        <Button
          size="small"
          disabled={selected.length !== 2}
          onClick={() => {
            const [a, b] = [...selected].sort((x, y) => x - y);
            setCompared([a!, b!]);
          }}
        >
          比较所选版本
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" id="versions-hint">
        勾选两个版本后点“比较所选版本”。
      </Typography.Paragraph>
      {items.length === 0 && !versions.isLoading ? (
        <Empty description="没有版本" />
      ) : (
        <Table<ItemVersion>
          rowKey="version"
          size="small"
          pagination={false}
          loading={versions.isLoading}
          dataSource={items}
          scroll={{ x: 900, y: 360 }}
          rowSelection={{
            type: 'checkbox',
            hideSelectAll: true,
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(Number)),
            getCheckboxProps: (v) => ({
              'aria-label': `选择第${v.version}版`,
              disabled: selected.length >= 2 && !selected.includes(v.version),
            }),
          }}
          columns={[
            {
              title: '版本',
              dataIndex: 'version',
              width: 120,
              render: (v: number, row) => (
                <Flex gap={4} wrap>
                  <span>第{v}版</span>
                  {v === currentVersion ? <Tag color="processing">当前</Tag> : null}
                  {row.isPublished ? <Tag color="success">已发布</Tag> : null}
                </Flex>
              ),
            },
            { title: '标题', dataIndex: 'title', ellipsis: true },
            { title: '说明', dataIndex: 'note', width: 140, render: (v: string | null) => v ?? '—' },
            { title: '保存人', key: 'by', width: 140, render: (_, v) => v.createdBy.name },
            { title: '时间', dataIndex: 'createdAt', width: 170, render: (v: string) => formatTime(v) },
            {
              title: '操作',
              key: 'actions',
              width: 170,
              render: (_, v) => (
                <Flex gap={0}>
                  {v.version > 1 ? (
                    <Button
                      type="link"
                      size="small"
                      aria-label={`比较第${v.version}版与上一版`}
                      onClick={() => setCompared([v.version - 1, v.version])}
                    >
                      与上一版比较
                    </Button>
                  ) : null}
                  {props.canRestore && v.version !== currentVersion ? (
                    <Button type="link" size="small" aria-label={`恢复到第${v.version}版`} onClick={() => restore(v)}>
                      恢复
                    </Button>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      )}
      {compared ? <DiffView itemId={itemId} type={props.type} from={compared[0]} to={compared[1]} /> : null}
    </Section>
  );
}
