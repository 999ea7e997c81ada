import { Form, Modal, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LibraryVocabulary } from '../../api/types';
import { FormSelect } from '../../shared/FormSelect';
import { SiteSelect, type SiteOption } from '../../shared/reference';
import { PlaceableColumnSelect } from './PlaceableColumnSelect';

interface Values {
  type?: string;
  siteId?: number;
  columnId?: number;
}

/** 新建信息: choose the type and the owning site (and, optionally, the first column), then edit. */
export function NewItemModal(props: {
  isOpen: boolean;
  onClose(): void;
  vocabulary: LibraryVocabulary | undefined;
  sites: SiteOption[] | undefined;
  defaultSiteId: number | null;
}) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const siteId = Form.useWatch('siteId', form);
  const typeKey = Form.useWatch('type', form);
  const type = props.vocabulary?.types.find((t) => t.key === typeKey);
  const { isOpen } = props;
  const defaultSiteId = useRef(props.defaultSiteId);
  defaultSiteId.current = props.defaultSiteId;

  // Each time it opens: a fresh choice, starting from the site being worked on.
  useEffect(() => {
    if (!isOpen) return;
    form.resetFields();
    form.setFieldsValue({ siteId: defaultSiteId.current ?? undefined });
  }, [isOpen, form]);

  const open = (values: Values) => {
    if (!values.type || !values.siteId) return;
    const query = new URLSearchParams({ type: values.type, siteId: String(values.siteId), site: String(values.siteId) });
    if (values.columnId) query.set('columnId', String(values.columnId));
    props.onClose();
    navigate(`/library/new?${query.toString()}`);
  };

  return (
    <Modal
      title="新建信息"
      open={props.isOpen}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText="开始编辑"
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="new-item"
        onFinish={open}
        onValuesChange={(changed: Values) => {
          if ('siteId' in changed) form.setFieldsValue({ columnId: undefined });
        }}
      >
        <Form.Item label="信息类型" name="type" rules={[{ required: true, message: '请选择信息类型' }]} extra={type?.description}>
          <FormSelect<string>
            placeholder="选择信息类型"
            loading={!props.vocabulary}
            options={(props.vocabulary?.types ?? []).map((t) => ({ value: t.key, label: t.label }))}
          />
        </Form.Item>
        <Form.Item
          label="所属网站"
          name="siteId"
          rules={[{ required: true, message: '请选择网站' }]}
          extra="信息归属这个网站；可以再转载到其他网站的栏目。"
        >
          <SiteSelect sites={props.sites} allowClear={false} />
        </Form.Item>
        <Form.Item label="发布栏目" name="columnId" extra="可选：先选一个栏目，保存时一并添加为发布位置。">
          <PlaceableColumnSelect siteId={siteId} />
        </Form.Item>
        {type?.hasIndexNo ? <Typography.Paragraph type="secondary">这类信息保存后自动生成索引号。</Typography.Paragraph> : null}
      </Form>
    </Modal>
  );
}
