import { Button, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import type { Placement } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { SiteSelect, siteName, type SiteOption } from '../../shared/reference';
import { loadSiteColumns } from '../sites/columns-cache';
import { useColumnsOfSites } from './columns';
import { PlaceableColumnSelect } from './PlaceableColumnSelect';
import { Section } from './Section';
import { EmptyText } from './EmptyText';

/** A placement chosen before the item exists: sent with the item when it is first saved. */
export interface PendingPlacement {
  siteId: number;
  columnId: number;
  sourceName?: string | null;
}

interface AddValues {
  siteId?: number;
  columnId?: number;
  sourceName?: string;
}

function AddPlacementForm(props: {
  itemSiteId: number;
  sites: SiteOption[] | undefined;
  onAdd(values: PendingPlacement): Promise<boolean>;
}) {
  const [form] = Form.useForm<AddValues>();
  const siteId = Form.useWatch('siteId', form);
  const [isAdding, setIsAdding] = useState(false);
  const owner = props.sites?.find((s) => s.id === props.itemSiteId);
  const isRepost = siteId !== undefined && siteId !== props.itemSiteId;
  return (
    <Form<AddValues>
      form={form}
      name="add-placement"
      layout="inline"
      initialValues={{ siteId: props.itemSiteId }}
      style={{ rowGap: 8, marginBottom: 12 }}
      onValuesChange={(changed: AddValues) => {
        if ('siteId' in changed) form.setFieldsValue({ columnId: undefined });
      }}
      onFinish={async (values) => {
        if (!values.siteId || !values.columnId) return;
        setIsAdding(true);
        const isAdded = await props.onAdd({
          siteId: values.siteId,
          columnId: values.columnId,
          sourceName: isRepost ? values.sourceName?.trim() || null : null,
        });
        setIsAdding(false);
        if (isAdded) form.resetFields(['columnId', 'sourceName']);
      }}
    >
      <Form.Item label="网站" name="siteId" rules={[{ required: true, message: '请选择网站' }]}>
        <SiteSelect sites={props.sites} allowClear={false} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label="栏目" name="columnId" rules={[{ required: true, message: '请选择栏目' }]}>
        <PlaceableColumnSelect siteId={siteId} style={{ width: 240 }} />
      </Form.Item>
      {isRepost ? (
        <Form.Item label="转载来源" name="sourceName" rules={[{ max: 100, message: '来源不超过100字' }]}>
          <Input placeholder={owner?.node.legalName ?? '原发布网站名称'} style={{ width: 200 }} />
        </Form.Item>
      ) : null}
      <Form.Item>
        <Button htmlType="submit" loading={isAdding}>
          添加发布位置
        </Button>
      </Form.Item>
    </Form>
  );
}

function SortOrderInput({
  placement,
  label,
  disabled,
  onSave,
}: {
  placement: Placement;
  label: string;
  disabled: boolean;
  onSave(value: number): void;
}) {
  const [value, setValue] = useState<number | null>(placement.sortOrder);
  const commit = () => {
    if (value !== null && value !== placement.sortOrder) onSave(value);
  };
  return (
    <InputNumber
      aria-label={`排序 ${label}`}
      value={value}
      precision={0}
      min={-1000000}
      max={1000000}
      disabled={disabled}
      style={{ width: 90 }}
      onChange={(v) => setValue(v)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/**
 * 发布位置: the columns an item appears in, on its own site or (转载) on others, with pin, order
 * and a per-column publication time. Before the first save the choices are kept and sent with it.
 */
export function PlacementsPanel(props: {
  itemId: number | null;
  itemSiteId: number;
  placements: Placement[];
  pending: PendingPlacement[];
  onPendingChange(pending: PendingPlacement[]): void;
  sites: SiteOption[] | undefined;
  isEditable: boolean;
  onChanged(): void;
}) {
  const { itemId, placements, pending } = props;
  const { showError, success } = useFeedback();
  const columns = useColumnsOfSites([...placements.map((p) => p.siteId), ...pending.map((p) => p.siteId)]);
  const findSite = (siteId: number) => props.sites?.find((s) => s.id === siteId);
  const siteLabel = (x: number) => {
    const site = findSite(x);
    return site ? siteName(site.node) : `网站 #${x}`;
  };
  const columnLabel = (columnId: number) => columns.get(columnId)?.name ?? `栏目 #${columnId}`;

  const add = async (value: PendingPlacement): Promise<boolean> => {
    if (!itemId) {
      if (pending.some((p) => p.columnId === value.columnId)) return false;
      props.onPendingChange([...pending, value]);
      return true;
    }
    try {
      await call(
        api.POST('/api/admin/library/items/{itemId}/placements', {
          params: { path: { itemId } },
          body: { columnId: value.columnId, sourceName: value.sourceName ?? undefined },
        }),
      );
      const column = (await loadSiteColumns(value.siteId).catch(() => [])).find((c) => c.id === value.columnId);
      success(`已添加到“${column?.name ?? columnLabel(value.columnId)}”`);
      props.onChanged();
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  };

  const update = async (placement: Placement, body: { sortOrder?: number; isPinned?: boolean; publishAt?: string | null }) => {
    try {
      await call(api.PATCH('/api/admin/library/placements/{placementId}', { params: { path: { placementId: placement.id } }, body }));
      success('发布位置已更新');
      props.onChanged();
    } catch (error) {
      showError(error);
    }
  };

  const remove = async (placement: Placement) => {
    try {
      await call(api.DELETE('/api/admin/library/placements/{placementId}', { params: { path: { placementId: placement.id } } }));
      success(`已从“${columnLabel(placement.columnId)}”撤下`);
      props.onChanged();
    } catch (error) {
      showError(error);
    }
  };

  const siteCell = (siteId: number, isRepost: boolean, sourceName: string | null | undefined) => (
    <Flex gap={4} wrap align="center">
      <span>{siteLabel(siteId)}</span>
      {isRepost ? <Tag color="purple">转载</Tag> : null}
      {isRepost && sourceName ? <Typography.Text type="secondary">来源：{sourceName}</Typography.Text> : null}
    </Flex>
  );

  return (
    <Section title="发布位置">
      {props.isEditable ? <AddPlacementForm itemSiteId={props.itemSiteId} sites={props.sites} onAdd={add} /> : null}
      {itemId ? (
        <Table<Placement>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={placements}
          scroll={{ x: 820 }}
          locale={{ emptyText: <EmptyText>{'还没有发布位置：提交审核前请至少选择一个栏目。'}</EmptyText> }}
          columns={[
            { title: '网站', key: 'site', render: (_, p) => siteCell(p.siteId, p.isRepost, p.sourceName) },
            { title: '栏目', key: 'column', render: (_, p) => columnLabel(p.columnId) },
            {
              title: '置顶',
              key: 'pin',
              width: 80,
              render: (_, p) => (
                <Switch
                  size="small"
                  checked={p.isPinned}
                  disabled={!props.isEditable}
                  aria-label={`置顶 ${columnLabel(p.columnId)}`}
                  onChange={(checked) => void update(p, { isPinned: checked })}
                />
              ),
            },
            {
              title: '排序',
              key: 'order',
              width: 110,
              render: (_, p) => (
                <SortOrderInput
                  key={`${p.id}-${p.sortOrder}`}
                  placement={p}
                  label={columnLabel(p.columnId)}
                  disabled={!props.isEditable}
                  onSave={(v) => void update(p, { sortOrder: v })}
                />
              ),
            },
            {
              title: '栏目发布时间',
              key: 'publishAt',
              width: 210,
              render: (_, p) => (
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  size="small"
                  aria-label={`栏目发布时间 ${columnLabel(p.columnId)}`}
                  placeholder="随信息发布"
                  value={p.publishAt ? dayjs(p.publishAt) : null}
                  disabled={!props.isEditable}
                  onChange={(d) => void update(p, { publishAt: d ? d.toISOString() : null })}
                />
              ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 80,
              render: (_, p) =>
                props.isEditable ? (
                  <Popconfirm
                    title={`从“${columnLabel(p.columnId)}”撤下？`}
                    okText="撤下"
                    cancelText="取消"
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(p)}
                  >
                    <Button type="link" danger size="small" aria-label={`撤下 ${columnLabel(p.columnId)}`}>
                      撤下
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      ) : (
        <Table<PendingPlacement>
          rowKey="columnId"
          size="small"
          pagination={false}
          dataSource={pending}
          locale={{ emptyText: <EmptyText>{'还没有选择栏目：保存时会一并添加这里选择的发布位置。'}</EmptyText> }}
          columns={[
            { title: '网站', key: 'site', render: (_, p) => siteCell(p.siteId, p.siteId !== props.itemSiteId, p.sourceName) },
            { title: '栏目', key: 'column', render: (_, p) => columnLabel(p.columnId) },
            {
              title: '操作',
              key: 'actions',
              width: 80,
              render: (_, p) => (
                <Button
                  type="link"
                  size="small"
                  aria-label={`移除 ${columnLabel(p.columnId)}`}
                  onClick={() => props.onPendingChange(pending.filter((x) => x.columnId !== p.columnId))}
                >
                  移除
                </Button>
              ),
            },
          ]}
        />
      )}
    </Section>
  );
}
