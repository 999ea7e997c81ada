import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call, isApiError } from '../../api/client';
import type { LibraryItem } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { applyFieldErrors, useFeedback } from '../../shared/feedback';
import { emptyToNull } from '../../shared/format';
import { SiteSelect } from '../../shared/reference';
import { ColumnTreeSelect } from '../sites/ColumnTreeSelect';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { syndicationErrorTitles } from './labels';
import { PublishedItemSelect } from './PublishedItemSelect';
import type { Submission } from './types';

interface SubmitValues {
  itemId: number;
  toSiteId: number;
  toColumnId: number;
  note?: string;
}

/** 报送: offers a published item to a column of another site. */
export function SubmitModal({ isOpen, onClose, onDone }: { isOpen: boolean; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<SubmitValues>();
  const [item, setItem] = useState<LibraryItem | undefined>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { sites, siteId, site } = useSiteSelection();
  const { success } = useFeedback();
  const toSiteId = Form.useWatch('toSiteId', form);
  const excluded = useMemo(() => new Set(item ? [item.siteId] : []), [item]);
  const hasOtherSite = !item || (sites ?? []).some((s) => s.id !== item.siteId);

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
            onItem={(i) => {
              setItem(i);
              if (i && form.getFieldValue('toSiteId') === i.siteId) form.setFieldsValue({ toSiteId: undefined, toColumnId: undefined });
            }}
          />
        </Form.Item>
        {!hasOtherSite ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message="您可查看的网站中没有其他网站。请联系接收网站的管理员为您开通其栏目的查看权限。"
          />
        ) : null}
        <Form.Item label="报送到网站" name="toSiteId" rules={[{ required: true, message: '请选择接收的网站' }]}>
          <SiteSelect sites={sites} excludeIds={excluded} onChange={() => form.setFieldsValue({ toColumnId: undefined })} />
        </Form.Item>
        <Form.Item label="报送到栏目" name="toColumnId" rules={[{ required: true, message: '请选择接收的栏目' }]}>
          <ColumnTreeSelect siteId={toSiteId} />
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
