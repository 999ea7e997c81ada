import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, call, isApiError } from '../../api/client';
import type { LibraryItem, ResponseOf } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { applyFieldErrors, useFeedback } from '../../shared/feedback';
import { emptyToNull } from '../../shared/format';
import { ColumnTreeSelect } from '../sites/ColumnTreeSelect';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { syndicationErrorTitles } from './labels';
import { PublishedItemSelect } from './PublishedItemSelect';
import type { Submission } from './types';

interface SubmitValues {
  itemId: number;
  toColumnId: number;
  note?: string;
}

type ItemOf<T> = T extends { items: Array<infer I> } ? I : never;
type Target = ItemOf<ResponseOf<'/api/admin/syndication/submission-targets', 'get'>>;
type TargetColumn = Target['columns'][number];

/** Columns in tree order with their depth, for an indented list. */
function orderedColumns(columns: TargetColumn[]): Array<{ column: TargetColumn; depth: number }> {
  const out: Array<{ column: TargetColumn; depth: number }> = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const c of columns.filter((x) => x.parentId === parentId)) {
      out.push({ column: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** 报送: offers a published item to a column of another site. */
export function SubmitModal({ isOpen, onClose, onDone }: { isOpen: boolean; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<SubmitValues>();
  const [item, setItem] = useState<LibraryItem | undefined>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { siteId, site } = useSiteSelection();
  const { success } = useFeedback();
  const [targets, setTargets] = useState<Target[]>([]);
  const fromSiteId = item?.siteId ?? siteId;
  useEffect(() => {
    if (!isOpen || !fromSiteId) return;
    let isCurrent = true;
    call(api.GET('/api/admin/syndication/submission-targets', { params: { query: { fromSiteId } } }))
      .then((data) => isCurrent && setTargets(data.items))
      .catch((e: unknown) => isCurrent && setError(e));
    return () => {
      isCurrent = false;
    };
  }, [isOpen, fromSiteId]);

  const submit = async (values: SubmitValues) => {
    setIsSaving(true);
    setError(undefined);
    try {
      await call(
        api.POST('/api/admin/syndication/submissions', {
          body: { itemId: values.itemId, toColumnId: values.toColumnId, note: emptyToNull(values.note?.trim()) },
        }),
      );
      success('已报送，等待对方网站处理');
      onDone();
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal
      title="信息报送"
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="报送"
      cancelText="取消"
      confirmLoading={isSaving}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph>把本单位已发布的信息报送到其他网站（通常是上级门户网站）的栏目，由对方编辑决定是否采用。</Typography.Paragraph>
      <ApiErrorAlert error={error} titles={syndicationErrorTitles} onClose={() => setError(undefined)} />
      <Form<SubmitValues> form={form} name="submission-create" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          label="报送的信息"
          name="itemId"
          rules={[{ required: true, message: '请选择已发布的信息' }]}
          extra={`在当前网站（${site?.label ?? ''}）已发布的信息中搜索；可在页面顶部切换网站。`}
        >
          <PublishedItemSelect
            siteId={siteId}
            onItem={(i) => setItem(i)}
          />
        </Form.Item>
        <Form.Item
          label="报送到栏目"
          name="toColumnId"
          rules={[{ required: true, message: '请选择接收的栏目' }]}
          extra="可报送到本网站的上级网站（直至门户网站）的栏目；目录和链接栏目不能接收信息。"
        >
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={targets.length ? '选择上级网站的栏目' : '当前网站没有上级网站'}
            options={targets.map((t) => ({
              label: t.siteName,
              title: t.siteName,
              options: orderedColumns(t.columns).map(({ column, depth }) => ({
                value: column.id,
                label: `${'　'.repeat(depth)}${column.name}${column.isPlaceable ? '' : '（目录）'}`,
                disabled: !column.isPlaceable,
              })),
            }))}
          />
        </Form.Item>
        <Form.Item label="报送说明" name="note" rules={[{ max: 500, message: '报送说明不超过500字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 采用: places the submitted item in a column of the receiving site (the requested one by default). */
export function AcceptModal({ submission, onClose, onDone }: { submission: Submission | null; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<{ columnId: number; comment?: string }>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { success } = useFeedback();
  const submit = async (values: { columnId: number; comment?: string }) => {
    if (!submission) return;
    setIsSaving(true);
    setError(undefined);
    try {
      await call(
        api.POST('/api/admin/syndication/submissions/{submissionId}/accept', {
          params: { path: { submissionId: submission.id } },
          body: { columnId: values.columnId, comment: emptyToNull(values.comment?.trim()) },
        }),
      );
      success(`已采用“${submission.itemTitle}”`);
      onDone();
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      title={`采用：${submission?.itemTitle ?? ''}`}
      open={!!submission}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="采用"
      cancelText="取消"
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Typography.Paragraph>采用后，这条信息以转载方式出现在所选栏目中，并注明来源。</Typography.Paragraph>
      <ApiErrorAlert error={error} titles={syndicationErrorTitles} onClose={() => setError(undefined)} />
      <Form
        form={form}
        name="submission-accept"
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ columnId: submission?.toColumnId }}
      >
        <Form.Item label="采用到栏目" name="columnId" rules={[{ required: true, message: '请选择栏目' }]} extra="默认为报送时选择的栏目。">
          <ColumnTreeSelect siteId={submission?.toSiteId} allowClear={false} />
        </Form.Item>
        <Form.Item label="采用意见" name="comment" rules={[{ max: 1000, message: '意见不超过1000字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 退回: declines a submission with a reason the submitter sees. */
export function ReturnModal({ submission, onClose, onDone }: { submission: Submission | null; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<{ comment: string }>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { success } = useFeedback();
  const submit = async ({ comment }: { comment: string }) => {
    if (!submission) return;
    setIsSaving(true);
    setError(undefined);
    try {
      await call(
        api.POST('/api/admin/syndication/submissions/{submissionId}/return', {
          params: { path: { submissionId: submission.id } },
          body: { comment: comment.trim() },
        }),
      );
      success(`已退回“${submission.itemTitle}”`);
      onDone();
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      title={`退回：${submission?.itemTitle ?? ''}`}
      open={!!submission}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="退回"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} titles={syndicationErrorTitles} onClose={() => setError(undefined)} />
      <Form form={form} name="submission-return" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          label="退回原因"
          name="comment"
          rules={[
            { required: true, whitespace: true, message: '请填写退回原因' },
            { max: 500, message: '退回原因不超过500字' },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
