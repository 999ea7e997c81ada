import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useFeedback } from '../../shared/feedback';
import { withdrawItem } from './workflow-api';

/** 撤稿: takes a published item off every site; the reason is kept with the item and audited. */
export function WithdrawModal({
  itemId,
  title,
  isOpen,
  onClose,
  onDone,
}: {
  itemId: number;
  title: string;
  isOpen: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const submit = async ({ reason }: { reason: string }) => {
    setIsSaving(true);
    try {
      await withdrawItem(itemId, reason.trim());
      success('已撤稿');
      onDone();
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      title="撤稿"
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="撤稿"
      okButtonProps={{ danger: true }}
      confirmLoading={isSaving}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph>“{title}”将从所有发布位置撤下，公众不再能访问。</Typography.Paragraph>
      <Form form={form} layout="vertical" name="withdraw" onFinish={submit}>
        <Form.Item
          label="撤稿原因"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写撤稿原因' },
            { max: 500, message: '撤稿原因不超过500字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
