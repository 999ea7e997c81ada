import { Form, Input, InputNumber, Switch } from 'antd';
import { useState } from 'react';
import { api, call, isApiError } from '../../api/client';
import { useSiteSelection } from '../../layout/site-selection';
import { FormDrawer } from '../../shared/FormDrawer';
import { applyFieldErrors, useFeedback } from '../../shared/feedback';
import { emptyToNull } from '../../shared/format';
import { SiteSelect } from '../../shared/reference';
import { ColumnTreeSelect } from '../sites/ColumnTreeSelect';
import { FormRadioGroup } from '../workflow/FormRadioGroup';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { crawlKindLabels, syndicationErrorTitles } from './labels';
import type { CrawlSource } from './types';

interface SourceValues {
  siteId: number;
  columnId: number;
  name: string;
  url: string;
  kind: 'feed' | 'html';
  linkPattern?: string;
  contentSelector?: string;
  intervalMinutes: number;
  isEnabled: boolean;
}

/** Adds or edits a crawl source: where to fetch, how to read it, and which column's queue it feeds. */
export function CrawlSourceDrawer({
  source,
  isOpen,
  onClose,
  onSaved,
}: {
  source: CrawlSource | null;
  isOpen: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const [form] = Form.useForm<SourceValues>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { sites, siteId: currentSiteId } = useSiteSelection();
  const { success } = useFeedback();
  const siteId = Form.useWatch('siteId', form);
  const kind = Form.useWatch('kind', form);

  const submit = async (values: SourceValues) => {
    setIsSaving(true);
    setError(undefined);
    const body = {
      columnId: values.columnId,
      name: values.name.trim(),
      url: values.url.trim(),
      kind: values.kind,
      linkPattern: emptyToNull(values.linkPattern?.trim()),
      contentSelector: emptyToNull(values.contentSelector?.trim()),
      intervalMinutes: values.intervalMinutes,
      isEnabled: values.isEnabled,
    };
    try {
      if (source) {
        await call(api.PATCH('/api/admin/syndication/crawl-sources/{sourceId}', { params: { path: { sourceId: source.id } }, body }));
        success('抓取源已保存');
      } else {
        await call(api.POST('/api/admin/syndication/crawl-sources', { body }));
        success(`已添加抓取源“${body.name}”`);
      }
      onSaved();
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <FormDrawer
      title={source ? `编辑抓取源：${source.name}` : '新增抓取源'}
      isOpen={isOpen}
      width={560}
      isSaving={isSaving}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <ApiErrorAlert error={error} titles={syndicationErrorTitles} onClose={() => setError(undefined)} />
      <Form<SourceValues>
        form={form}
        name="crawl-source"
        layout="vertical"
        onFinish={submit}
        initialValues={
          source
            ? {
                siteId: source.siteId,
                columnId: source.columnId,
                name: source.name,
                url: source.url,
                kind: source.kind,
                linkPattern: source.linkPattern ?? '',
                contentSelector: source.contentSelector ?? '',
                intervalMinutes: source.intervalMinutes,
                isEnabled: source.isEnabled,
              }
            : { siteId: currentSiteId ?? undefined, kind: 'feed', intervalMinutes: 60, isEnabled: true }
        }
      >
        <Form.Item
          label="名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请输入名称' },
            { max: 100, message: '名称不超过100个字' },
          ]}
        >
          <Input placeholder="如：省发展改革委政务动态" />
        </Form.Item>
        <Form.Item
          label="抓取地址"
          name="url"
          rules={[
            { required: true, whitespace: true, message: '请输入抓取地址' },
            { type: 'url', message: '请输入以 http:// 或 https:// 开头的地址' },
          ]}
        >
          <Input inputMode="url" placeholder="https://" />
        </Form.Item>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <FormRadioGroup
            options={[
              { value: 'feed', label: crawlKindLabels.feed },
              { value: 'html', label: crawlKindLabels.html },
            ]}
          />
        </Form.Item>
        {kind === 'html' ? (
          <>
            <Form.Item
              label="链接规则"
              name="linkPattern"
              extra="列表页中文章链接须匹配的正则表达式，如 /t\d{8}_\d+\.html$；不填则取列表中的全部链接。"
            >
              <Input />
            </Form.Item>
            <Form.Item label="正文选择器" name="contentSelector" extra="文章正文的 CSS 选择器，如 #content；不填则自动识别。">
              <Input />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          label="接收网站"
          name="siteId"
          rules={[{ required: true, message: '请选择网站' }]}
          extra={source ? '抓取源建立后不能改到其他网站。' : undefined}
        >
          <SiteSelect sites={sites} allowClear={false} disabled={!!source} onChange={() => form.setFieldsValue({ columnId: undefined })} />
        </Form.Item>
        <Form.Item
          label="进入栏目"
          name="columnId"
          rules={[{ required: true, message: '请选择栏目' }]}
          extra="采用的信息作为草稿放入这个栏目，经审核后发布。"
        >
          <ColumnTreeSelect siteId={siteId} />
        </Form.Item>
        <Form.Item
          label="抓取间隔（分钟）"
          name="intervalMinutes"
          rules={[{ required: true, message: '请填写抓取间隔' }]}
          extra="5分钟至7天（10080分钟）。"
        >
          <InputNumber min={5} max={10080} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="启用定时抓取" name="isEnabled" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
