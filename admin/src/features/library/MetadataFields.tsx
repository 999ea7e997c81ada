import { AutoComplete, Cascader, Col, DatePicker, Form, Input, InputNumber, Row, Switch, Typography, type FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ComponentProps, ReactNode } from 'react';
import type { Attachment, LibraryVocabulary } from '../../api/types';
import { FormSelect, withoutAriaRequired } from '../../shared/FormSelect';
import { attachmentKindLabels, metadataLabel } from './labels';
import { pathToTopic, topicOptions, topicToPath } from './vocabulary';

/** Types with a form of their own; any other type edits its metadata as JSON. */
const typesWithForm = new Set([
  'news',
  'notice',
  'policy',
  'interpretation',
  'response',
  'leader',
  'institution',
  'overview',
  'disclosure_guide',
  'annual_report',
]);

export function hasMetadataForm(type: string): boolean {
  return typesWithForm.has(type);
}

/** Metadata a new item of `type` starts with. */
export function defaultMetadata(type: string, site: { legalName: string } | undefined): Record<string, unknown> {
  switch (type) {
    case 'policy':
      return {
        publisher: site?.legalName ?? '',
        validity: 'in_force',
        isNormative: false,
        disclosureMethod: '主动公开',
        disclosureScope: '面向社会',
      };
    case 'notice':
      return { issuer: site?.legalName ?? '' };
    case 'interpretation':
      return { form: 'text' };
    case 'response':
      return { isRumourRebuttal: false };
    case 'annual_report':
      return { year: dayjs().year() - 1 };
    default:
      return {};
  }
}

const dateProps: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  // Dates are stored as YYYY-MM-DD strings; the picker works with dayjs.
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }];
const requiredChoice = (label: string) => [{ required: true, message: `请选择${label}` }];
const maxLength = (label: string, max: number) => ({ max, message: `${label}不超过${max}字` });

interface FieldProps {
  type: string;
  vocabulary: LibraryVocabulary | undefined;
  attachments: Attachment[];
}

function Grid({ children }: { children: ReactNode[] }) {
  return (
    <Row gutter={16}>
      {children.map((child, i) => (
        <Col key={i} xs={24} md={12}>
          {child}
        </Col>
      ))}
    </Row>
  );
}

function TextField({
  type,
  name,
  max,
  isRequired,
  placeholder,
  isLong,
}: {
  type: string;
  name: string;
  max: number;
  isRequired?: boolean;
  placeholder?: string;
  isLong?: boolean;
}) {
  const label = metadataLabel(type, name);
  return (
    <Form.Item label={label} name={['metadata', name]} rules={[...(isRequired ? required(label) : []), maxLength(label, max)]}>
      {isLong ? (
        <Input.TextArea rows={4} maxLength={max} showCount placeholder={placeholder} />
      ) : (
        <Input maxLength={max} placeholder={placeholder} />
      )}
    </Form.Item>
  );
}

function DateField({ type, name, isRequired, extra }: { type: string; name: string; isRequired?: boolean; extra?: string }) {
  const label = metadataLabel(type, name);
  return (
    <Form.Item label={label} name={['metadata', name]} rules={isRequired ? requiredChoice(label) : []} extra={extra} {...dateProps}>
      <DatePicker style={{ width: '100%' }} placeholder="选择日期" />
    </Form.Item>
  );
}

function SwitchField({ type, name, extra }: { type: string; name: string; extra?: string }) {
  return (
    <Form.Item label={metadataLabel(type, name)} name={['metadata', name]} valuePropName="checked" extra={extra}>
      <Switch checkedChildren="是" unCheckedChildren="否" />
    </Form.Item>
  );
}

/** Picks attachments of the item (uploaded in 附件 below) for a metadata reference. */
function AttachmentField({
  type,
  name,
  kind,
  attachments,
  isMultiple,
}: {
  type: string;
  name: string;
  kind: Attachment['kind'];
  attachments: Attachment[];
  isMultiple?: boolean;
}) {
  const options = attachments
    .filter((a) => a.kind === kind)
    .map((a) => ({ value: a.id, label: a.altText ? `${a.filename}（${a.altText}）` : a.filename }));
  return (
    <Form.Item
      label={metadataLabel(type, name)}
      name={['metadata', name]}
      extra={options.length ? undefined : `先在“附件”中上传${attachmentKindLabels[kind]}，再在此选择。`}
    >
      <FormSelect<number | number[]>
        allowClear
        mode={isMultiple ? 'multiple' : undefined}
        options={options}
        placeholder={`选择${attachmentKindLabels[kind]}`}
      />
    </Form.Item>
  );
}

/** The 主题分类 cascader (without the aria-required Form.Item would put on its <div>). */
export function TopicCascader(props: ComponentProps<typeof Cascader>) {
  return <Cascader {...withoutAriaRequired(props)} />;
}

function PolicyFields({ type, vocabulary }: FieldProps) {
  const docKinds = (vocabulary?.docKinds ?? []).map((k) => ({ value: k, label: k }));
  const validities = (vocabulary?.validities ?? []).map((v) => ({ value: v.key, label: v.label }));
  return (
    <Grid>
      {[
        <TextField key="publisher" type={type} name="publisher" max={100} isRequired />,
        <TextField key="docNo" type={type} name="docNo" max={60} placeholder="如 明发改〔2026〕12号" />,
        <DateField key="writtenOn" type={type} name="writtenOn" isRequired extra="索引号的年份取成文日期的年份。" />,
        <DateField key="issuedOn" type={type} name="issuedOn" isRequired />,
        <Form.Item key="docKind" label="文种" name={['metadata', 'docKind']} rules={requiredChoice('文种')}>
          <FormSelect<string> options={docKinds} placeholder="选择文种" loading={!vocabulary} />
        </Form.Item>,
        <Form.Item
          key="topic"
          label="主题分类"
          name={['metadata', 'topic']}
          rules={requiredChoice('主题分类')}
          getValueProps={(value: unknown) => ({ value: topicToPath(value) })}
          normalize={pathToTopic}
        >
          <TopicCascader options={topicOptions(vocabulary)} showSearch placeholder="选择一级、二级主题分类" expandTrigger="hover" />
        </Form.Item>,
        <Form.Item key="validity" label="有效性" name={['metadata', 'validity']} rules={requiredChoice('有效性')}>
          <FormSelect<string> options={validities} placeholder="选择有效性" />
        </Form.Item>,
        <SwitchField key="isNormative" type={type} name="isNormative" extra="行政规范性文件须经合法性审核，并标注有效性。" />,
        <DateField key="effectiveOn" type={type} name="effectiveOn" />,
        <DateField key="expiresOn" type={type} name="expiresOn" />,
        <TextField key="audience" type={type} name="audience" max={50} placeholder="如 企业、个体工商户" />,
        <Form.Item key="disclosureMethod" label="公开方式" name={['metadata', 'disclosureMethod']} rules={[maxLength('公开方式', 20)]}>
          <AutoComplete options={[{ value: '主动公开' }, { value: '依申请公开' }]} placeholder="如 主动公开" />
        </Form.Item>,
        <Form.Item key="disclosureScope" label="公开范围" name={['metadata', 'disclosureScope']} rules={[maxLength('公开范围', 20)]}>
          <AutoComplete options={[{ value: '面向社会' }, { value: '面向特定对象' }]} placeholder="如 面向社会" />
        </Form.Item>,
      ]}
    </Grid>
  );
}

function InterpretationFields({ type, vocabulary, attachments }: FieldProps) {
  const forms = (vocabulary?.interpretationForms ?? []).map((f) => ({ value: f.key, label: f.label }));
  return (
    <Grid>
      {[
        <Form.Item key="form" label="解读形式" name={['metadata', 'form']} rules={requiredChoice('解读形式')}>
          <FormSelect<string> options={forms} placeholder="选择解读形式" loading={!vocabulary} />
        </Form.Item>,
        <TextField key="interpreter" type={type} name="interpreter" max={100} placeholder="如 市发展改革委主要负责同志" />,
        <AttachmentField key="imageIds" type={type} name="imageIds" kind="image" attachments={attachments} isMultiple />,
        <AttachmentField key="audioId" type={type} name="audioId" kind="audio" attachments={attachments} />,
        <AttachmentField key="videoId" type={type} name="videoId" kind="video" attachments={attachments} />,
      ]}
    </Grid>
  );
}

/** The metadata form of an item of `type` (fields named `metadata.<key>`, as the server's error paths). */
export function MetadataFields(props: FieldProps) {
  const { type, attachments } = props;
  switch (type) {
    case 'policy':
      return <PolicyFields {...props} />;
    case 'interpretation':
      return <InterpretationFields {...props} />;
    case 'news':
      return (
        <Grid>
          {[
            <AttachmentField key="coverImageId" type={type} name="coverImageId" kind="image" attachments={attachments} />,
            <AttachmentField key="videoId" type={type} name="videoId" kind="video" attachments={attachments} />,
            <AttachmentField key="pictureIds" type={type} name="pictureIds" kind="image" attachments={attachments} isMultiple />,
          ]}
        </Grid>
      );
    case 'notice':
      return (
        <Grid>
          {[
            <TextField key="issuer" type={type} name="issuer" max={100} isRequired />,
            <TextField key="docNo" type={type} name="docNo" max={60} />,
            <DateField key="validUntil" type={type} name="validUntil" />,
          ]}
        </Grid>
      );
    case 'response':
      return (
        <Grid>
          {[
            <TextField key="event" type={type} name="event" max={100} isRequired placeholder="同一事件的回应、进展和辟谣使用同一名称" />,
            <SwitchField key="isRumourRebuttal" type={type} name="isRumourRebuttal" />,
          ]}
        </Grid>
      );
    case 'leader':
      return (
        <>
          <Grid>
            {[
              <TextField key="name" type={type} name="name" max={20} isRequired />,
              <TextField key="title" type={type} name="title" max={100} isRequired />,
              <AttachmentField key="photoId" type={type} name="photoId" kind="image" attachments={attachments} />,
            ]}
          </Grid>
          <TextField type={type} name="portfolio" max={1000} isRequired isLong />
        </>
      );
    case 'institution':
      return (
        <Grid>
          {[
            <TextField key="name" type={type} name="name" max={100} isRequired />,
            <TextField key="head" type={type} name="head" max={50} />,
            <TextField key="address" type={type} name="address" max={200} isRequired />,
            <TextField key="phone" type={type} name="phone" max={50} isRequired />,
            <TextField key="hours" type={type} name="hours" max={200} isRequired placeholder="如 工作日 上午9:00—12:00，下午13:30—17:30" />,
          ]}
        </Grid>
      );
    case 'annual_report':
      return (
        <Form.Item
          label="年度"
          name={['metadata', 'year']}
          rules={[{ required: true, message: '请填写年度' }]}
          extra="报告所述的年度，如 2025。"
        >
          <InputNumber min={2008} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
      );
    case 'overview':
    case 'disclosure_guide':
      return <Typography.Paragraph>这类信息没有元数据，只需填写标题和正文。</Typography.Paragraph>;
    default:
      return (
        <Form.Item
          label="元数据（JSON）"
          name="metadataJson"
          extra="这种信息类型没有专用表单，请按 JSON 对象填写元数据；保存时由服务器按类型校验。"
          rules={[
            {
              validator: (_, value: string) => {
                try {
                  const parsed: unknown = JSON.parse(value?.trim() || '{}');
                  return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
                    ? Promise.resolve()
                    : Promise.reject(new Error('应为 JSON 对象'));
                } catch {
                  return Promise.reject(new Error('不是有效的 JSON'));
                }
              },
            },
          ]}
        >
          <Input.TextArea rows={8} spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      );
  }
}
