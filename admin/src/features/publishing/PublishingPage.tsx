import { CloudSyncOutlined, ExportOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Empty, Popconfirm, Result, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { useSiteSelection } from '../../layout/site-selection';
import { useFeedback } from '../../shared/feedback';
import { formatTime } from '../../shared/format';
import { PageHeading } from '../../shared/PageHeading';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { ApiErrorAlert } from '../workflow/ApiErrorAlert';
import { Section } from '../workflow/Section';
import '../workflow/workflow.css';
import { buildStatusLabels, isBuildRunning, publishingErrorTitles } from './labels';
import { getPublishingStatus, publishingPermission, rebuildSite, verifySite, type BuildSummary, type VerifyReport } from './publishing-api';
import './publishing.css';

/** How often the screen asks for a running build's progress. */
const pollMs = 2_000;
/** After 全量重新发布, how long to keep asking even before the new build shows up as running. */
const startGraceMs = 10_000;
/** Long file lists are cut here; the count says how many more there are. */
const shownFiles = 100;

function BuildStatusTag({ status }: { status: string }) {
  const known = buildStatusLabels[status];
  return <Tag color={known?.color ?? 'default'}>{known?.label ?? status}</Tag>;
}

function buildErrors(errors: BuildSummary['errors']) {
  if (Array.isArray(errors)) {
    if (!errors.length) return '无';
    return (
      <ul className="pub-file-list" tabIndex={0} aria-label="出错的页面">
        {errors.slice(0, shownFiles).map((e, i) => (
          <li key={i}>{e}</li>
        ))}
        {errors.length > shownFiles ? <li>另有 {errors.length - shownFiles} 项</li> : null}
      </ul>
    );
  }
  return errors ? <Typography.Text type="danger">{errors} 个页面出错</Typography.Text> : '无';
}

function LastBuild({ build }: { build: BuildSummary | null }) {
  if (!build) return <Typography.Paragraph style={{ margin: 0 }}>这个网站还没有发布过。</Typography.Paragraph>;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'status', label: '状态', children: <BuildStatusTag status={build.status} /> },
        { key: 'startedAt', label: '开始时间', children: formatTime(build.startedAt) },
        { key: 'finishedAt', label: '完成时间', children: isBuildRunning(build.status) ? '进行中…' : formatTime(build.finishedAt) },
        { key: 'pages', label: '生成页面', children: `${build.pages} 个` },
        { key: 'errors', label: '错误', children: buildErrors(build.errors) },
      ]}
    />
  );
}

function FileList({ title, files }: { title: string; files: string[] }) {
  if (!files.length) return null;
  return (
    <>
      <h3 className="wf-subtitle">
        {title}（{files.length} 个）
      </h3>
      {/* Focusable: a long list scrolls, and keyboard users must be able to scroll it. */}
      <ul className="pub-file-list" tabIndex={0} aria-label={title}>
        {files.slice(0, shownFiles).map((f) => (
          <li key={f}>
            <code>{f}</code>
          </li>
        ))}
        {files.length > shownFiles ? <li>另有 {files.length - shownFiles} 个文件</li> : null}
      </ul>
    </>
  );
}

/** The tamper check's answer: green when nothing differs from the manifest, else every file named. */
export function VerifyResult({ report }: { report: VerifyReport | null }) {
  if (!report) return <Typography.Paragraph style={{ margin: 0 }}>还没有做过防篡改检查。</Typography.Paragraph>;
  const total = report.changed.length + report.added.length + report.missing.length;
  if (total === 0) {
    return (
      <Alert
        type="success"
        showIcon
        message="未发现篡改"
        description={`检查时间：${formatTime(report.checkedAt)}。已发布的文件与发布清单一致。`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      message={`发现 ${total} 个文件与发布清单不一致`}
      description={
        <>
          <div>检查时间：{formatTime(report.checkedAt)}。请核实这些文件是否被篡改；全量重新发布会按发布清单恢复网站文件。</div>
          <FileList title="内容被修改的文件" files={report.changed} />
          <FileList title="多出的文件" files={report.added} />
          <FileList title="缺失的文件" files={report.missing} />
        </>
      }
    />
  );
}

/** 网站发布 of the site chosen in the header: where it is published, the last build and the tamper check. */
export default function PublishingPage() {
  const { siteId, site } = useSiteSelection();
  const { can } = useSession();
  const canManage = can(publishingPermission);
  const status = useLoad(() => getPublishingStatus(siteId!), [siteId], { skip: !siteId || !canManage });
  const { showError, success } = useFeedback();
  const [isRebuilding, setIsRebuilding] = useState(false);
  const [isVerifying, setIsVerifying] = useState(false);
  const [watchUntil, setWatchUntil] = useState(0);
  const [verifyError, setVerifyError] = useState<unknown>();
  const [verified, setVerified] = useState<VerifyReport | null>(null);
  const { reload } = status;

  const lastStatus = status.data?.lastBuild?.status;
  const isRunning = isBuildRunning(lastStatus);

  // While a build runs (or was just started and has not shown up yet), ask again every 2 s.
  useEffect(() => {
    if (!status.data || status.isLoading) return;
    if (!isRunning && Date.now() > watchUntil) return;
    const timer = window.setTimeout(() => void reload(), pollMs);
    return () => window.clearTimeout(timer);
  }, [status.data, status.isLoading, isRunning, watchUntil, reload]);

  useEffect(() => {
    setWatchUntil(0);
    setVerifyError(undefined);
    setVerified(null);
  }, [siteId]);

  if (!canManage) {
    return (
      <Result status="403" title={<h1 style={{ fontSize: 22, margin: 0 }}>没有权限</h1>} subTitle="网站发布需要修改网站信息的权限。" />
    );
  }
  if (!siteId) {
    return (
      <>
        <PageHeading title="网站发布" />
        <Empty description="请先在页面顶部的“当前网站”中选择一个网站" />
      </>
    );
  }

  const rebuild = async () => {
    setIsRebuilding(true);
    try {
      await rebuildSite(siteId);
      success('已开始重新发布');
      setWatchUntil(Date.now() + startGraceMs);
      await reload();
    } catch (error) {
      showError(error);
    } finally {
      setIsRebuilding(false);
    }
  };

  const verify = async () => {
    setIsVerifying(true);
    setVerifyError(undefined);
    try {
      const report = await verifySite(siteId);
      setVerified(report);
      const total = report.changed.length + report.added.length + report.missing.length;
      success(total ? `防篡改检查完成，发现 ${total} 个文件与发布清单不一致` : '防篡改检查完成，未发现篡改');
      await reload();
    } catch (error) {
      setVerifyError(error);
    } finally {
      setIsVerifying(false);
    }
  };

  const data = status.data;
  // The report just made, unless the status already carries one as new or newer.
  const lastVerify =
    verified && (!data?.lastVerify || data.lastVerify.checkedAt < verified.checkedAt) ? verified : (data?.lastVerify ?? null);
  const isUnavailable = isApiError(status.error, 'ROUTE_NOT_FOUND');

  return (
    <>
      <PageHeading
        title="网站发布"
        description={`${site?.label ?? ''}的静态页面：发布地址、最近一次发布和防篡改检查。信息审核通过后，相关页面会自动更新。`}
        extra={
          <>
            <Popconfirm
              title="全量重新发布？"
              description="将重新生成本网站的全部页面，网站在此期间照常访问。"
              okText="重新发布"
              cancelText="取消"
              onConfirm={rebuild}
              disabled={!data || isRunning}
            >
              <Button icon={<CloudSyncOutlined />} loading={isRebuilding} disabled={!data || isRunning}>
                全量重新发布
              </Button>
            </Popconfirm>
            <Button icon={<SafetyOutlined />} loading={isVerifying} disabled={!data} onClick={() => void verify()}>
              防篡改检查
            </Button>
          </>
        }
      />
      {isUnavailable ? (
        <Alert
          type="info"
          showIcon
          message="发布服务尚未启用"
          description="服务器还没有提供网站发布接口，请稍后再试。"
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ApiErrorAlert error={status.error} titles={publishingErrorTitles} />
      )}
      {!data ? (
        status.isLoading ? (
          <Skeleton active />
        ) : null
      ) : (
        <>
          <Section title="发布地址">
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[
                {
                  key: 'url',
                  label: '网站地址',
                  children: (
                    <a href={data.outputUrl} target="_blank" rel="noopener noreferrer">
                      {data.outputUrl} <ExportOutlined aria-label="（在新标签页打开）" />
                    </a>
                  ),
                },
                { key: 'code', label: '网站代码', children: <code>{data.code}</code> },
                { key: 'pages', label: '已发布页面', children: `${data.pages} 个` },
              ]}
            />
          </Section>
          {/* Polite live region: a screen reader hears when the running build finishes. */}
          <div aria-live="polite">
            <Section title="最近一次发布" extra={isRunning ? <Typography.Text>每 2 秒自动刷新</Typography.Text> : null}>
              <LastBuild build={data.lastBuild} />
            </Section>
          </div>
          <Section title="防篡改检查">
            <ApiErrorAlert error={verifyError} titles={publishingErrorTitles} onClose={() => setVerifyError(undefined)} />
            <div aria-live="polite">
              <VerifyResult report={lastVerify} />
            </div>
          </Section>
        </>
      )}
    </>
  );
}
