import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Modal, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, call } from '../../api/client';
import { useSiteSelection } from '../../layout/site-selection';
import { useFeedback } from '../../shared/feedback';
import { PageHeading } from '../../shared/PageHeading';
import { useLoad } from '../../shared/use-load';
import { useSession } from '../accounts/session';
import { ColumnTreeSelect } from '../sites/ColumnTreeSelect';
import { loadSiteColumns } from '../sites/columns-cache';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ChainEditor } from './ChainEditor';
import { workflowErrorTitles } from './labels';
import { Section } from './Section';
import type { Chain, ChainStep } from './types';

const stepsText = (steps: ChainStep[]) => steps.map((s) => s.label).join(' → ');

function AddColumnChainModal({
  siteId,
  isOpen,
  taken,
  onClose,
  onPick,
}: {
  siteId: number;
  isOpen: boolean;
  taken: Set<number>;
  onClose(): void;
  onPick(columnId: number): void;
}) {
  const [form] = Form.useForm<{ columnId: number }>();
  return (
    <Modal
      title="设置栏目审核流程"
      open={isOpen}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="下一步"
      cancelText="取消"
      destroyOnHidden
    >
      <Typography.Paragraph>栏目审核流程适用于该栏目及其下级栏目中的信息，优先于网站审核流程。</Typography.Paragraph>
      <Form form={form} name="add-column-chain" layout="vertical" onFinish={(v) => onPick(v.columnId)} preserve={false}>
        <Form.Item
          label="栏目"
          name="columnId"
          rules={[
            { required: true, message: '请选择栏目' },
            {
              validator: async (_, v: number | undefined) => {
                if (v && taken.has(v)) throw new Error('该栏目已有审核流程');
              },
            },
          ]}
        >
          <ColumnTreeSelect siteId={siteId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 审核流程 of the site chosen in the header: the site's chain and the column chains. */
export default function ChainsPage() {
  const { siteId, site } = useSiteSelection();
  const { can } = useSession();
  const canManage = can('columns.manage');
  const chains = useLoad(() => call(api.GET('/api/admin/workflow/chains', { params: { query: { siteId: siteId! } } })), [siteId], {
    skip: !siteId,
  });
  const columns = useLoad(() => loadSiteColumns(siteId!), [siteId], { skip: !siteId });
  const columnName = (id: number) => columns.data?.find((c) => c.id === id)?.name ?? `栏目 #${id}`;
  const [isPicking, setIsPicking] = useState(false);
  const [newColumnId, setNewColumnId] = useState<number | null>(null);
  const [isEditingSite, setIsEditingSite] = useState(false);
  const { modal } = App.useApp();
  const { success } = useFeedback();
  const [error, setError] = useState<unknown>();

  const siteChain = chains.data?.chains.find((c) => c.columnId === null);
  const columnChains = useMemo(() => (chains.data?.chains ?? []).filter((c) => c.columnId !== null), [chains.data]);
  const taken = useMemo(() => new Set(columnChains.map((c) => c.columnId!)), [columnChains]);
  const fallback = chains.data?.siteDefault;

  const remove = (chain: Chain, label: string) =>
    modal.confirm({
      title: `删除${label}的审核流程？`,
      content:
        chain.columnId === null
          ? '删除后，未设置栏目流程的信息按系统默认流程审核。'
          : '删除后，该栏目的信息改按上级栏目或网站的审核流程审核。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        setError(undefined);
        try {
          await call(api.DELETE('/api/admin/workflow/chains/{chainId}', { params: { path: { chainId: chain.id! } } }));
          success('审核流程已删除');
          await chains.reload();
        } catch (e) {
          setError(e);
        }
      },
    });

  if (!siteId) {
    return (
      <>
        <PageHeading title="审核流程" />
        <Empty description="请先在页面顶部的“当前网站”中选择一个网站" />
      </>
    );
  }

  const saved = () => {
    setNewColumnId(null);
    setIsEditingSite(false);
    void chains.reload();
  };

  return (
    <>
      <PageHeading
        title="审核流程"
        description={`${site?.label ?? ''}的信息审核流程。信息按其所在栏目最近的栏目流程审核；没有栏目流程时按网站流程；都没有设置时按系统默认流程。`}
      />
      <ApiErrorAlert error={error ?? chains.error} titles={workflowErrorTitles} onClose={error ? () => setError(undefined) : undefined} />
      {!chains.data ? (
        chains.isLoading ? (
          <Skeleton active />
        ) : null
      ) : (
        <>
          <Section title="网站审核流程" extra={siteChain ? <Tag color="processing">已设置</Tag> : <Tag>使用系统默认流程</Tag>}>
            {siteChain || isEditingSite ? (
              <ChainEditor
                key={`site-${siteId}-${siteChain?.id ?? 'new'}`}
                formName={`chain-site-${siteId}`}
                subject="网站"
                siteId={siteId}
                columnId={null}
                initialSteps={siteChain?.steps ?? fallback?.steps ?? []}
                canManage={canManage}
                onSaved={saved}
                extraActions={
                  siteChain ? (
                    <Button danger onClick={() => remove(siteChain, '网站')}>
                      删除网站流程
                    </Button>
                  ) : (
                    <Button onClick={() => setIsEditingSite(false)}>取消</Button>
                  )
                }
              />
            ) : (
              <Flex vertical gap={8} align="flex-start">
                <Typography.Text>
                  未设置网站审核流程，当前按系统默认流程审核：<strong>{fallback ? stepsText(fallback.steps) : '—'}</strong>
                </Typography.Text>
                {canManage ? <Button onClick={() => setIsEditingSite(true)}>设置网站审核流程</Button> : null}
              </Flex>
            )}
          </Section>
          <Section
            title="栏目审核流程"
            extra={
              canManage ? (
                <Button icon={<PlusOutlined />} onClick={() => setIsPicking(true)}>
                  设置栏目审核流程
                </Button>
              ) : null
            }
          >
            {!columnChains.length && newColumnId === null ? (
              <Typography.Text>
                没有栏目单独设置审核流程，所有栏目按{siteChain ? '网站' : '系统默认'}流程审核：{fallback ? stepsText(fallback.steps) : '—'}
              </Typography.Text>
            ) : null}
            {newColumnId !== null ? (
              <Section title={`${columnName(newColumnId)}（新设置）`} level={3}>
                <ChainEditor
                  key={`new-${newColumnId}`}
                  formName={`chain-column-new-${newColumnId}`}
                  subject={`栏目“${columnName(newColumnId)}”`}
                  siteId={siteId}
                  columnId={newColumnId}
                  initialSteps={fallback?.steps ?? []}
                  canManage={canManage}
                  onSaved={saved}
                  extraActions={<Button onClick={() => setNewColumnId(null)}>取消</Button>}
                />
              </Section>
            ) : null}
            {columnChains.map((chain) => (
              <Section key={chain.id} title={columnName(chain.columnId!)} level={3}>
                <ChainEditor
                  key={`${chain.id}-${stepsText(chain.steps)}`}
                  formName={`chain-column-${chain.columnId}`}
                  subject={`栏目“${columnName(chain.columnId!)}”`}
                  siteId={siteId}
                  columnId={chain.columnId}
                  initialSteps={chain.steps}
                  canManage={canManage}
                  onSaved={saved}
                  extraActions={
                    <Button
                      danger
                      onClick={() => remove(chain, `栏目“${columnName(chain.columnId!)}”`)}
                      aria-label={`删除栏目“${columnName(chain.columnId!)}”的审核流程`}
                    >
                      删除栏目流程
                    </Button>
                  }
                />
              </Section>
            ))}
          </Section>
        </>
      )}
      <AddColumnChainModal
        siteId={siteId}
        isOpen={isPicking}
        taken={taken}
        onClose={() => setIsPicking(false)}
        onPick={(columnId) => {
          setIsPicking(false);
          setNewColumnId(columnId);
        }}
      />
    </>
  );
}
