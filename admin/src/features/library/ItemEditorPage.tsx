import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Result,
  Row,
  Select,
  Spin,
  Typography,
  type FormItemProps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, call, isApiError, type ApiError } from '../../api/client';
import type { Attachment, ContentTypeInfo, LibraryItem, LibraryItemDetail, LibraryVocabulary } from '../../api/types';
import { useSiteSelection } from '../../layout/site-selection';
import { applyFieldErrors, useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import type { SiteOption } from '../../shared/reference';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { AttachmentsPanel } from './AttachmentsPanel';
import { ChecksPanel, type ChecksStatus } from './ChecksPanel';
import { ItemStatus } from './ItemStatus';
import { defaultMetadata, hasMetadataForm, MetadataFields } from './MetadataFields';
import { PlacementsPanel, type PendingPlacement } from './PlacementsPanel';
import { RelationsPanel } from './RelationsPanel';
import { RichTextEditor } from './RichTextEditor';
import { Section } from './Section';
import { VersionsPanel } from './VersionsPanel';
import { itemPreviewUrl } from '../publishing/publishing-api';
import { useVocabulary } from './vocabulary';
import { checkItem, getFindings, recallItem, submitItem, type CheckResult } from './workflow-api';
import { WithdrawModal } from './WithdrawModal';

interface EditorValues {
  title: string;
  summary?: string | null;
  keywords?: string[];
  author?: string | null;
  source?: string | null;
  publishAt?: string | null;
  unpublishAt?: string | null;
  body?: string;
  metadata?: Record<string, unknown>;
  metadataJson?: string;
  note?: string;
}

const dateTimeProps: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  // The API speaks ISO 8601; the picker works with dayjs in local time.
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.toISOString() : null),
};

const readinessLabels: Record<string, string> = {
  title: '标题',
  body: '正文',
  placements: '发布位置',
  attachments: '附件',
  metadata: '元数据',
  summary: '摘要',
};

function toValues(item: LibraryItem): EditorValues {
  return {
    title: item.title,
    summary: item.summary,
    keywords: item.keywords,
    author: item.author,
    source: item.source,
    publishAt: item.publishAt,
    unpublishAt: item.unpublishAt,
    body: item.body,
    metadata: item.metadata,
    metadataJson: JSON.stringify(item.metadata, null, 2),
    note: '',
  };
}

/** Empty form values become null (how the API says "no value"); untouched ones are left out. */
function cleanMetadata(metadata: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (value === undefined) continue;
    out[key] = typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

function toContent(values: EditorValues, type: string, baseMetadata: Record<string, unknown>) {
  const text = (v: string | null | undefined) => v?.trim() || null;
  return {
    title: values.title.trim(),
    summary: text(values.summary),
    keywords: (values.keywords ?? []).map((k) => k.trim()).filter(Boolean),
    author: text(values.author),
    source: text(values.source),
    body: values.body ?? '',
    metadata: hasMetadataForm(type)
      ? cleanMetadata({ ...baseMetadata, ...(values.metadata ?? {}) })
      : (JSON.parse(values.metadataJson?.trim() || '{}') as Record<string, unknown>),
    publishAt: values.publishAt ?? null,
    unpublishAt: values.unpublishAt ?? null,
  };
}

interface EditorProps {
  vocabulary: LibraryVocabulary;
  type: ContentTypeInfo;
  site: SiteOption;
  sites: SiteOption[] | undefined;
  detail: LibraryItemDetail | undefined;
  reloadDetail(): Promise<void>;
  /** For a new item: the column chosen in 新建信息. */
  initialColumnId?: number;
}

function Editor({ vocabulary, type, site, sites, detail, reloadDetail, initialColumnId }: EditorProps) {
  const [form] = Form.useForm<EditorValues>();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { can } = useSession();
  const { message } = App.useApp();
  const { showError, success } = useFeedback();
  const item = detail?.item ?? null;
  const itemId = item?.id ?? null;

  const [baseVersion, setBaseVersion] = useState<number | null>(item?.version ?? null);
  const [isDirty, setIsDirty] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [stale, setStale] = useState<{ latest: LibraryItem; editedVersion: number } | null>(null);
  const [notReady, setNotReady] = useState<ApiError['details'] | null>(null);
  const [attachments, setAttachments] = useState<Attachment[]>(detail?.attachments ?? []);
  const [pendingPlacements, setPendingPlacements] = useState<PendingPlacement[]>(
    initialColumnId ? [{ siteId: site.id, columnId: initialColumnId }] : [],
  );
  const [checks, setChecks] = useState<CheckResult | null>(null);
  const [checksStatus, setChecksStatus] = useState<ChecksStatus>(itemId ? 'loading' : 'idle');
  const [isChecking, setIsChecking] = useState(false);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [isWithdrawing, setIsWithdrawing] = useState(false);
  const [versionsKey, setVersionsKey] = useState(0);
  const [initialValues] = useState<EditorValues>(() =>
    item
      ? toValues(item)
      : { title: '', keywords: [], body: '', metadata: defaultMetadata(type.key, site.node), metadataJson: '{}', note: '' },
  );

  const canEdit = can('content.edit');
  const isLocked = item?.state === 'in_review' || item?.state === 'approved';
  const isFormDisabled = !canEdit || isLocked;
  const suffix = searchParams.get('site') ? `?site=${searchParams.get('site')}` : '';

  // Attachments follow the detail when it is read again (after an upload elsewhere, a restore).
  useEffect(() => {
    if (detail) setAttachments(detail.attachments);
  }, [detail]);

  // The findings of the last check, if the workflow service has any.
  useEffect(() => {
    if (!itemId) return;
    let isCurrent = true;
    getFindings(itemId)
      .then((result) => isCurrent && (setChecks(result), setChecksStatus('stored')))
      .catch((error: unknown) => isCurrent && setChecksStatus(isApiError(error, 'ROUTE_NOT_FOUND') ? 'unavailable' : 'idle'));
    return () => {
      isCurrent = false;
    };
  }, [itemId]);

  // Unsaved edits are not lost by closing the tab by mistake.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const afterServerChange = useCallback(
    async (updated: LibraryItem) => {
      setBaseVersion(updated.version);
      // RecursivePartial cannot express `unknown` metadata values; the shape is the form's own.
      form.setFieldsValue(toValues(updated) as Parameters<typeof form.setFieldsValue>[0]);
      setIsDirty(false);
      setStale(null);
      setVersionsKey((k) => k + 1);
      await reloadDetail();
    },
    [form, reloadDetail],
  );

  /** Saves the form (create or a new version). Returns the saved item, or null when it did not save. */
  const save = async (overrideBaseVersion?: number): Promise<LibraryItem | null> => {
    let values: EditorValues;
    try {
      values = await form.validateFields();
    } catch {
      message.error('请先改正表单中标出的问题');
      return null;
    }
    const content = toContent(values, type.key, item?.metadata ?? {});
    const note = values.note?.trim() || null;
    const editedVersion = overrideBaseVersion ?? baseVersion ?? item?.version ?? 0;
    setIsSaving(true);
    setNotReady(null);
    try {
      if (!item) {
        const created = await call(
          api.POST('/api/admin/library/items', {
            body: {
              type: type.key,
              siteId: site.id,
              ...content,
              note,
              placements: pendingPlacements.map((p) => ({ columnId: p.columnId, sourceName: p.sourceName ?? undefined })),
            },
          }),
        );
        // Files uploaded before the item existed belong to the site; attach them to the item now.
        await Promise.all(
          attachments
            .filter((a) => a.itemId === null)
            .map((a) =>
              call(
                api.PATCH('/api/admin/library/attachments/{attachmentId}', {
                  params: { path: { attachmentId: a.id } },
                  body: { itemId: created.id },
                }),
              ).catch(() => undefined),
            ),
        );
        setIsDirty(false);
        success(`已保存${created.indexNo ? `，索引号 ${created.indexNo}` : ''}`);
        navigate(`/library/${created.id}${suffix}`, { replace: true });
        return created;
      }
      const updated = await call(
        api.PUT('/api/admin/library/items/{itemId}', {
          params: { path: { itemId: item.id } },
          body: { version: editedVersion, ...content, note },
        }),
      );
      success(`已保存为第${updated.version}版`);
      await afterServerChange(updated);
      return updated;
    } catch (error) {
      if (isApiError(error, 'LIBRARY_ITEM_STALE') && item) {
        // Keep every unsaved edit in the form; find out what the latest version is.
        try {
          const latest = await call(api.GET('/api/admin/library/items/{itemId}', { params: { path: { itemId: item.id } } }));
          setStale({ latest: latest.item, editedVersion });
        } catch {
          setStale({ latest: item, editedVersion });
        }
        setVersionsKey((k) => k + 1);
        message.warning('这条信息已被他人修改，您的修改尚未保存');
      } else {
        showError(error, form);
      }
      return null;
    } finally {
      setIsSaving(false);
    }
  };

  /** The checks and submission work on the saved version: save first when the form has changes. */
  const savedItem = async (): Promise<LibraryItem | null> => (isDirty || !item ? save() : item);

  const runCheck = async () => {
    const current = await savedItem();
    if (!current) return;
    setIsChecking(true);
    try {
      const result = await checkItem(current.id);
      setChecks(result);
      setChecksStatus('checked');
      const blocking = result.findings.filter((f) => f.severity === 'block' && !f.override).length;
      if (result.findings.length === 0) success('内容检查完成，没有发现问题');
      else message.warning(`内容检查发现 ${result.findings.length} 项问题${blocking ? `，其中 ${blocking} 项严重` : ''}`);
    } catch (error) {
      if (isApiError(error, 'ROUTE_NOT_FOUND')) setChecksStatus('unavailable');
      showError(error);
    } finally {
      setIsChecking(false);
    }
  };

  const submit = async () => {
    const current = await savedItem();
    if (!current) return;
    setIsSubmitting(true);
    setNotReady(null);
    try {
      const result = await submitItem(current.id, current.version);
      setChecks({ findings: result.findings, isBlocked: false });
      setChecksStatus('checked');
      success('已提交审核');
      await afterServerChange(result.item);
    } catch (error) {
      if (isApiError(error, 'WORKFLOW_CHECKS_BLOCKING')) {
        message.error('内容检查发现严重问题，修改后才能提交审核');
        getFindings(current.id)
          .then((r) => (setChecks(r), setChecksStatus('checked')))
          .catch(() => undefined);
        document.getElementById('checks-panel')?.scrollIntoView({ behavior: 'smooth' });
      } else if (isApiError(error, 'WORKFLOW_NOT_READY')) {
        applyFieldErrors(form, error);
        setNotReady(error.details.length ? error.details : [{ path: '', message: error.message }]);
        message.error(error.message);
      } else {
        showError(error);
      }
    } finally {
      setIsSubmitting(false);
    }
  };

  const recall = async () => {
    if (!item) return;
    try {
      await recallItem(item.id);
      success('已撤回送审，信息回到草稿');
      const latest = await call(api.GET('/api/admin/library/items/{itemId}', { params: { path: { itemId: item.id } } }));
      await afterServerChange(latest.item);
    } catch (error) {
      showError(error);
    }
  };

  const deleteDraft = async () => {
    if (!item) return;
    try {
      await call(api.DELETE('/api/admin/library/items/{itemId}', { params: { path: { itemId: item.id } } }));
      setIsDirty(false);
      success('草稿已删除');
      navigate(`/library${suffix}`);
    } catch (error) {
      showError(error);
    }
  };

  const isBlocked = Boolean(checks?.isBlocked);
  const canSubmit = can('content.submit') && (!item || item.state === 'draft' || item.state === 'withdrawn');
  const isNeverPublished = item?.state === 'draft' && item.publishedVersion === null && item.publishedAt === null;

  return (
    <div
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          if (!isFormDisabled && !isSaving) void save();
        }
      }}
    >
      <PageHeading
        title={`${item ? '编辑' : '新建'}${type.label}`}
        description={item ? item.title : `${site.label} · ${type.description}`}
        extra={
          <Link to={`/library${suffix}`}>
            <ArrowLeftOutlined /> 返回信息列表
          </Link>
        }
      />

      <div
        role="region"
        aria-label="操作"
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 20,
          background: '#fff',
          padding: '8px 0',
          marginBottom: 12,
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Flex gap={8} wrap align="center">
          {canEdit ? (
            <Button type="primary" loading={isSaving} disabled={isLocked} onClick={() => void save()}>
              保存
            </Button>
          ) : null}
          {item && canEdit ? (
            <Button loading={isChecking} disabled={isLocked && isDirty} onClick={() => void runCheck()}>
              内容检查
            </Button>
          ) : null}
          {/* The saved draft as its page will look, in a new tab; unsaved edits are not in it. */}
          <Button
            icon={<EyeOutlined />}
            disabled={!item}
            title={isDirty && item ? '预览显示已保存的内容，不含未保存的修改' : undefined}
            onClick={() => item && window.open(itemPreviewUrl(item.id), '_blank', 'noopener')}
          >
            预览
          </Button>
          {canSubmit ? (
            <Button loading={isSubmitting} disabled={isBlocked || !item} aria-describedby="submit-hint" onClick={() => void submit()}>
              提交审核
            </Button>
          ) : null}
          {item?.state === 'in_review' && can('content.submit') ? (
            <Popconfirm title="撤回送审？信息回到草稿，可以继续修改。" okText="撤回" cancelText="取消" onConfirm={recall}>
              <Button>撤回送审</Button>
            </Popconfirm>
          ) : null}
          {item?.state === 'published' && can('content.publish') ? (
            <Button danger onClick={() => setIsWithdrawing(true)}>
              撤稿
            </Button>
          ) : null}
          {isNeverPublished && canEdit ? (
            <Popconfirm
              title="删除这份从未发布的草稿？删除后不能恢复。"
              okText="删除"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              onConfirm={deleteDraft}
            >
              <Button danger type="text">
                删除草稿
              </Button>
            </Popconfirm>
          ) : null}
          <Typography.Text id="submit-hint" type={isBlocked ? 'danger' : 'secondary'}>
            {!item
              ? '先保存，再预览、检查内容和提交审核。'
              : isBlocked
                ? '内容检查有严重问题，修改并保存后重新检查才能提交审核。'
                : isDirty
                  ? '有未保存的修改（Ctrl+S 保存）；检查和提交前会先保存，预览显示已保存的内容。'
                  : ''}
          </Typography.Text>
        </Flex>
      </div>

      {stale ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          message={`这条信息已被他人修改：现在是第${stale.latest.version}版（${formatTime(stale.latest.updatedAt)}），您编辑的是第${stale.editedVersion}版。`}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                您的修改仍保留在下面的表单中，还没有保存。请在新标签页打开最新版本，把他人的修改合并到表单中（也可以在“版本”中比较差异），然后基于最新版本保存。
              </Typography.Paragraph>
              <Flex gap={8} wrap>
                <Link to={`/library/${stale.latest.id}`} target="_blank" rel="noopener">
                  在新标签页打开最新版本
                </Link>
                <Button size="small" type="primary" loading={isSaving} onClick={() => void save(stale.latest.version)}>
                  已合并，基于第{stale.latest.version}版保存
                </Button>
              </Flex>
            </>
          }
        />
      ) : null}
      {isLocked ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={item?.state === 'in_review' ? '信息正在审核，不能修改；如需修改请先撤回送审。' : '信息已审核通过、等待发布，不能修改。'}
        />
      ) : null}
      {notReady ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          message="还不能提交审核"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {notReady.map((d, i) => (
                <li key={i}>
                  {d.path ? `${readinessLabels[d.path.split('.')[0]!] ?? d.path}：` : ''}
                  {d.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}

      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Form<EditorValues>
            form={form}
            name="library-item"
            layout="vertical"
            initialValues={initialValues}
            disabled={isFormDisabled}
            onValuesChange={() => setIsDirty(true)}
            scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
          >
            <Section title="基本信息">
              <Form.Item
                label="标题"
                name="title"
                rules={[
                  { required: true, whitespace: true, message: '请填写标题' },
                  { max: 200, message: '标题不超过200字' },
                ]}
              >
                <Input maxLength={200} showCount />
              </Form.Item>
              <Form.Item label="摘要" name="summary" rules={[{ max: 1000, message: '摘要不超过1000字' }]}>
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
              <Form.Item
                label="关键词"
                name="keywords"
                extra="输入后按回车添加，最多20个。"
                rules={[{ type: 'array', max: 20, message: '关键词不超过20个' }]}
              >
                <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} placeholder="如 营商环境" />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item label="作者" name="author" rules={[{ max: 100, message: '作者不超过100字' }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label="来源" name="source" rules={[{ max: 200, message: '来源不超过200字' }]}>
                    <Input maxLength={200} placeholder={site.node.legalName} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label="定时发布" name="publishAt" extra="审核通过后于此时发布；不填则审核通过后即发布。" {...dateTimeProps}>
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      format="YYYY-MM-DD HH:mm"
                      style={{ width: '100%' }}
                      placeholder="选择日期和时间"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label="定时撤下" name="unpublishAt" extra="到时自动从网站撤下；不填则一直发布。" {...dateTimeProps}>
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      format="YYYY-MM-DD HH:mm"
                      style={{ width: '100%' }}
                      placeholder="选择日期和时间"
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                label="版本说明"
                name="note"
                extra="可选：说明这次修改了什么，显示在版本历史中。"
                rules={[{ max: 200, message: '版本说明不超过200字' }]}
              >
                <Input maxLength={200} placeholder="如 根据审核意见修改第三条" />
              </Form.Item>
            </Section>
            <Section title={`元数据（${type.label}）`}>
              <MetadataFields type={type.key} vocabulary={vocabulary} attachments={attachments} />
            </Section>
            <Section title="正文">
              <Form.Item name="body" style={{ marginBottom: 0 }}>
                <RichTextEditor
                  siteId={site.id}
                  itemId={itemId}
                  disabled={isFormDisabled}
                  onUploaded={(a) => setAttachments((list) => [...list, a])}
                  onAltText={(attachmentId, alt) => {
                    void call(
                      api.PATCH('/api/admin/library/attachments/{attachmentId}', {
                        params: { path: { attachmentId } },
                        body: { altText: alt },
                      }),
                    )
                      .then((updated) => setAttachments((list) => list.map((a) => (a.id === updated.id ? updated : a))))
                      .catch(() => undefined);
                  }}
                />
              </Form.Item>
            </Section>
          </Form>
        </Col>
        <Col xs={24} xl={8}>
          <Section title="状态">
            <ItemStatus item={item} type={type} siteName={site.label} />
          </Section>
          <div id="checks-panel">
            <ChecksPanel itemId={itemId} type={type.key} result={checks} status={checksStatus} />
          </div>
        </Col>
      </Row>

      <PlacementsPanel
        itemId={itemId}
        itemSiteId={site.id}
        placements={detail?.placements ?? []}
        pending={pendingPlacements}
        onPendingChange={setPendingPlacements}
        sites={sites}
        isEditable={canEdit}
        onChanged={() => void reloadDetail()}
      />
      <AttachmentsPanel
        itemId={itemId}
        siteId={site.id}
        attachments={attachments}
        isEditable={canEdit}
        onUploaded={(a) => setAttachments((list) => [...list, a])}
        onUpdated={(updated) => setAttachments((list) => list.map((a) => (a.id === updated.id ? updated : a)))}
      />
      <RelationsPanel
        itemId={itemId}
        relations={detail?.relations ?? []}
        vocabulary={vocabulary}
        isEditable={canEdit}
        onChanged={() => void reloadDetail()}
      />
      <VersionsPanel
        itemId={itemId}
        type={type.key}
        currentVersion={item?.version ?? null}
        reloadKey={versionsKey}
        canRestore={canEdit && !isLocked}
        onRestored={(restored) => void afterServerChange(restored)}
      />
      {item ? (
        <WithdrawModal
          itemId={item.id}
          title={item.title}
          isOpen={isWithdrawing}
          onClose={() => setIsWithdrawing(false)}
          onDone={() => {
            setIsWithdrawing(false);
            void call(api.GET('/api/admin/library/items/{itemId}', { params: { path: { itemId: item.id } } })).then((d) =>
              afterServerChange(d.item),
            );
          }}
        />
      ) : null}
    </div>
  );
}

function Problem({ title, text }: { title: string; text: string }) {
  return (
    <Result
      status="warning"
      title={<h1 style={{ fontSize: 22, margin: 0 }}>{title}</h1>}
      subTitle={text}
      extra={<Link to="/library">返回信息列表</Link>}
    />
  );
}

function Loading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin tip="正在加载…">
        <div style={{ padding: 48 }} />
      </Spin>
    </Flex>
  );
}

/** /library/:itemId — edit an item; /library/new?type=&siteId=[&columnId=] — create one. */
export default function ItemEditorPage() {
  const { itemId: param } = useParams();
  const [searchParams] = useSearchParams();
  const itemId = param && /^\d+$/.test(param) ? Number(param) : null;
  const vocabulary = useVocabulary();
  const { sites } = useSiteSelection();
  const detail = useLoad(() => call(api.GET('/api/admin/library/items/{itemId}', { params: { path: { itemId: itemId! } } })), [itemId], {
    skip: !itemId,
  });

  if (param !== undefined && itemId === null) return <Problem title="信息不存在" text="地址中的信息编号不正确。" />;
  if (detail.error) {
    return isApiError(detail.error, 'LIBRARY_ITEM_NOT_FOUND') ? (
      <Problem title="信息不存在" text="这条信息不存在，或者您没有查看它的权限。" />
    ) : (
      <Problem title="无法加载信息" text={isApiError(detail.error) ? detail.error.message : '请稍后再试。'} />
    );
  }
  if (vocabulary.error) return <Problem title="无法加载信息类型" text="请稍后再试。" />;
  if (!vocabulary.data || !sites || (itemId && !detail.data)) return <Loading />;

  const typeKey = detail.data?.item.type ?? searchParams.get('type') ?? '';
  const siteId = detail.data?.item.siteId ?? Number(searchParams.get('siteId'));
  const type = vocabulary.data.types.find((t) => t.key === typeKey);
  if (!type) return <Problem title="没有这种信息类型" text={`信息类型“${typeKey}”不存在，请从信息列表重新新建。`} />;
  const site = sites.find((s) => s.id === siteId);
  if (!site) return <Problem title="请选择网站" text="没有这个网站，或者您不能在这个网站新建信息。" />;
  const columnId = Number(searchParams.get('columnId'));

  return (
    <Editor
      key={itemId ?? 'new'}
      vocabulary={vocabulary.data}
      type={type}
      site={site}
      sites={sites}
      detail={detail.data}
      reloadDetail={detail.reload}
      initialColumnId={!itemId && Number.isInteger(columnId) && columnId > 0 ? columnId : undefined}
    />
  );
}
