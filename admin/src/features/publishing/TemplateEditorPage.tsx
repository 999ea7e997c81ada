import { ArrowLeftOutlined, EyeOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Collapse, Flex, InputNumber, Radio, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { useSiteSelection } from '../../layout/site-selection';
import { useFeedback } from '../../shared/feedback';
import { PageHeading } from '../../shared/PageHeading';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { Section } from '../workflow/Section';
import '../workflow/workflow.css';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor';
import { publishingErrorTitles, templateSafetyNote } from './labels';
import {
  getPublishingStatus,
  getTemplate,
  previewTemplate,
  publishingPermission,
  resetTemplate,
  saveTemplate,
  templateProblem,
  type PreviewSample,
  type TemplateDetail,
  type TemplateProblem,
} from './publishing-api';
import './publishing.css';

type SampleChoice = PreviewSample | 'chosen';

const sampleLabels: Record<SampleChoice, string> = { home: '首页', list: '列表页', item: '信息页', chosen: '指定信息' };

/** The sample page a template is most likely about, judged by its name. */
function defaultSample(name: string): SampleChoice {
  if (/list|column|index_/i.test(name)) return 'list';
  if (/item|article|detail|page|doc|policy|news/i.test(name) && !/home/i.test(name)) return 'item';
  return 'home';
}

/**
 * Preview pages link their styles and images relative to where the page would be published
 * (home `assets/site.css`, a list `../assets/site.css`, an item `../../assets/site.css`). In the
 * preview frame they would point nowhere, so a <base> at the same depth under the site's published
 * address makes them load the site's current assets. A page that brings its own <base> keeps it.
 */
function withBase(html: string, outputUrl: string | undefined, sample: SampleChoice): string {
  if (!outputUrl || /<base\s/i.test(html)) return html;
  let root: URL;
  try {
    root = new URL(outputUrl.endsWith('/') ? outputUrl : `${outputUrl}/`, window.location.href);
  } catch {
    return html;
  }
  const depth = sample === 'home' ? '' : sample === 'list' ? 'preview/' : 'preview/preview/';
  const tag = `<base href="${new URL(depth, root).href.replace(/"/g, '&quot;')}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${tag}`) : `${tag}${html}`;
}

function ProblemAlert({
  problem,
  action,
  onGoTo,
  onClose,
}: {
  problem: TemplateProblem;
  action: 'save' | 'preview';
  onGoTo(): void;
  onClose(): void;
}) {
  const where = problem.line ? `第 ${problem.line} 行${problem.column ? `，第 ${problem.column} 列` : ''}` : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable
      onClose={onClose}
      style={{ marginBottom: 12 }}
      message={action === 'save' ? '模板有错误，没有保存' : '模板有错误，无法预览'}
      description={
        <>
          <div className="pub-problem-where">
            {where ? `${where}：` : ''}
            {problem.reason ?? problem.message}
          </div>
          {problem.reason && !problem.message.includes(problem.reason) ? <div>{problem.message}</div> : null}
          <div style={{ marginTop: 4 }}>{action === 'save' ? '您的修改仍在编辑器中；网站继续使用上次保存的模板。' : '改正后再预览。'}</div>
          {problem.line ? (
            <Button size="small" style={{ marginTop: 8 }} onClick={onGoTo}>
              定位到第 {problem.line} 行
            </Button>
          ) : null}
        </>
      }
    />
  );
}

interface TemplateEditorProps {
  siteId: number;
  detail: TemplateDetail;
  /** The template as the server has it after a save or 恢复默认. */
  onChanged(detail: TemplateDetail): void;
}

function TemplateEditor({ siteId, detail, onChanged }: TemplateEditorProps) {
  const { modal } = App.useApp();
  const { showError, success } = useFeedback();
  const editor = useRef<CodeEditorHandle>(null);
  const [source, setSource] = useState(detail.source);
  const [problem, setProblem] = useState<{ problem: TemplateProblem; action: 'save' | 'preview' } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isPreviewing, setIsPreviewing] = useState(false);
  const [sample, setSample] = useState<SampleChoice>(() => defaultSample(detail.name));
  const [itemId, setItemId] = useState<number | null>(null);
  const [preview, setPreview] = useState<{ html: string; label: string } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>();
  // The published address, for the preview's <base>; the preview still works without it.
  const status = useLoad(() => getPublishingStatus(siteId), [siteId]);
  const isDirty = source !== detail.source;
  const editorId = 'template-source';
  const problemId = 'template-problem';

  // Unsaved edits are not lost by closing the tab by mistake.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const save = async () => {
    setIsSaving(true);
    try {
      const saved = await saveTemplate(siteId, detail.name, source);
      setProblem(null);
      success('模板已保存，网站页面将按新模板更新');
      onChanged(saved);
      setSource(saved.source);
    } catch (error) {
      const found = templateProblem(error);
      if (found) setProblem({ problem: found, action: 'save' });
      else showError(error);
    } finally {
      setIsSaving(false);
    }
  };

  const runPreview = async () => {
    if (sample === 'chosen' && !itemId) {
      setPreviewError(undefined);
      document.getElementById('preview-item-id')?.focus();
      return;
    }
    setIsPreviewing(true);
    setPreviewError(undefined);
    try {
      const html = await previewTemplate(siteId, {
        name: detail.name,
        source,
        ...(sample === 'chosen' ? { sample: 'item' as const, itemId: itemId! } : { sample }),
      });
      setProblem((p) => (p?.action === 'preview' ? null : p));
      setPreview({
        html: withBase(html, status.data?.outputUrl, sample === 'chosen' ? 'item' : sample),
        label: sample === 'chosen' ? `信息 ${itemId}` : sampleLabels[sample],
      });
    } catch (error) {
      const found = templateProblem(error);
      if (found) setProblem({ problem: found, action: 'preview' });
      else setPreviewError(error);
    } finally {
      setIsPreviewing(false);
    }
  };

  const reset = () =>
    modal.confirm({
      title: `恢复模板“${detail.name}”的默认版本？`,
      content: '本网站对这个模板的修改将被删除，改用主题自带的模板。删除的修改不能找回。',
      okText: '恢复默认',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await resetTemplate(siteId, detail.name);
          const fresh = await getTemplate(siteId, detail.name);
          setProblem(null);
          success('已恢复默认模板，网站页面将按默认模板更新');
          onChanged(fresh);
          setSource(fresh.source);
        } catch (error) {
          showError(error);
        }
      },
    });

  return (
    <div
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          if (!isSaving) void save();
        }
      }}
    >
      <div role="region" aria-label="模板操作" className="pub-toolbar">
        <Flex gap={8} wrap align="center">
          <Button type="primary" icon={<SaveOutlined />} loading={isSaving} onClick={() => void save()}>
            保存
          </Button>
          {detail.isOverridden ? (
            <Button danger icon={<UndoOutlined />} onClick={reset}>
              恢复默认
            </Button>
          ) : null}
          {detail.isOverridden ? <Tag color="processing">已自定义</Tag> : <Tag>主题默认</Tag>}
          <Typography.Text type="secondary">{isDirty ? '有未保存的修改（Ctrl+S 保存）。' : '没有未保存的修改。'}</Typography.Text>
        </Flex>
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Section title="模板源代码">
            <div id="template-safety">
              <Alert type="info" showIcon message={templateSafetyNote} style={{ marginBottom: 12 }} />
            </div>
            <div id={problemId}>
              {problem ? (
                <ProblemAlert
                  problem={problem.problem}
                  action={problem.action}
                  onGoTo={() => editor.current?.goToLine(problem.problem.line ?? 1, problem.problem.column)}
                  onClose={() => setProblem(null)}
                />
              ) : null}
            </div>
            <label htmlFor={editorId} className="pub-editor-label">
              模板 <code>{detail.name}</code> 的源代码
            </label>
            <CodeEditor
              ref={editor}
              id={editorId}
              value={source}
              onChange={setSource}
              errorLine={problem?.problem.line}
              aria-describedby={problem ? `template-safety ${problemId}` : 'template-safety'}
              aria-invalid={problem ? true : undefined}
            />
            <Collapse
              style={{ marginTop: 12 }}
              size="small"
              items={[
                {
                  key: 'theme',
                  label: '主题自带的模板（只读，供对照）',
                  children: (
                    <pre className="pub-theme-source" tabIndex={0} role="region" aria-label={`主题自带的模板 ${detail.name}`}>
                      {detail.themeSource}
                    </pre>
                  ),
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section title="预览">
            <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
              <fieldset className="pub-fieldset">
                <legend>示例页面</legend>
                <Radio.Group
                  optionType="button"
                  value={sample}
                  onChange={(event) => setSample(event.target.value as SampleChoice)}
                  options={(Object.keys(sampleLabels) as SampleChoice[]).map((key) => ({ value: key, label: sampleLabels[key] }))}
                />
              </fieldset>
              {sample === 'chosen' ? (
                <Flex gap={8} align="center">
                  <label htmlFor="preview-item-id">信息编号</label>
                  <InputNumber
                    id="preview-item-id"
                    min={1}
                    precision={0}
                    value={itemId}
                    onChange={(value) => setItemId(typeof value === 'number' ? value : null)}
                    onPressEnter={() => void runPreview()}
                    style={{ width: 120 }}
                  />
                </Flex>
              ) : null}
              <Button icon={<EyeOutlined />} loading={isPreviewing} onClick={() => void runPreview()}>
                预览
              </Button>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
              预览使用编辑器中尚未保存的内容和网站的示例数据，不会改变已发布的网站。预览页中的脚本不运行。
            </Typography.Paragraph>
            <ApiErrorAlert error={previewError} titles={publishingErrorTitles} onClose={() => setPreviewError(undefined)} />
            {preview ? (
              <iframe
                className="pub-preview-frame"
                title={`模板预览：${preview.label}`}
                // No permissions at all: no scripts, no forms, no same-origin access to the console.
                sandbox=""
                srcDoc={preview.html}
                referrerPolicy="no-referrer"
              />
            ) : (
              <Typography.Paragraph style={{ margin: 0 }}>
                选择示例页面后点击“预览”，在这里查看按编辑器中的模板生成的页面。
              </Typography.Paragraph>
            )}
          </Section>
        </Col>
      </Row>
    </div>
  );
}

/**
 * /publishing/templates/<name> (a name may hold slashes: partials/footer) — edit one template of
 * the site chosen in the header, with a preview.
 */
export default function TemplateEditorPage() {
  const name = useParams()['*'] ?? '';
  const { siteId, site } = useSiteSelection();
  const { can } = useSession();
  const canManage = can(publishingPermission);
  const template = useLoad(() => getTemplate(siteId!, name), [siteId, name], { skip: !siteId || !canManage });
  const [current, setCurrent] = useState<TemplateDetail | null>(null);
  const suffix = siteId ? `?site=${siteId}` : '';
  const detail = current && current.name === name ? current : template.data;

  useEffect(() => {
    setCurrent(null);
  }, [siteId, name]);

  const back = (
    <Link to={`/publishing/templates${suffix}`}>
      <ArrowLeftOutlined /> 返回模板列表
    </Link>
  );

  if (!canManage) {
    return (
      <Result status="403" title={<h1 style={{ fontSize: 22, margin: 0 }}>没有权限</h1>} subTitle="模板管理需要修改网站信息的权限。" />
    );
  }
  if (isApiError(template.error) && template.error.status === 404 && template.error.code !== 'ROUTE_NOT_FOUND') {
    return (
      <Result
        status="warning"
        title={<h1 style={{ fontSize: 22, margin: 0 }}>模板不存在</h1>}
        subTitle={`这个网站没有名为“${name}”的模板。`}
        extra={back}
      />
    );
  }

  return (
    <>
      <PageHeading
        title={`编辑模板：${name}`}
        description={detail ? `${site?.label ?? ''} · ${detail.description}` : site?.label}
        extra={back}
      />
      <ApiErrorAlert error={template.error} titles={publishingErrorTitles} />
      {!siteId || !detail ? (
        template.isLoading ? (
          <Skeleton active />
        ) : null
      ) : (
        // A fresh editor per site and template: its text starts from what the server has.
        <TemplateEditor key={`${siteId}-${name}`} siteId={siteId} detail={detail} onChanged={setCurrent} />
      )}
    </>
  );
}
