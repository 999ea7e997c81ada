import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, call, isApiError } from '../../api/client';
import { applyFieldErrors, useFeedback } from '../../shared/feedback';
import { FormSelect } from '../../shared/FormSelect';
import { ApiErrorAlert } from './ApiErrorAlert';
import { stepRoleLabels, workflowErrorTitles } from './labels';
import type { Chain, ChainStep, StepRole } from './types';

const roleOptions = (Object.keys(stepRoleLabels) as StepRole[]).map((value) => ({ value, label: stepRoleLabels[value] }));

interface Values {
  steps: ChainStep[];
}

/**
 * Edits the steps of one chain (the site's, or a column subtree's): each step is a role (审核 /
 * 保密审查 / 签发) and the name people see; steps are added, removed and reordered with buttons.
 */
export function ChainEditor(props: {
  /** Names the form and its fields, so that two editors on a page do not share ids. */
  formName: string;
  /** Whose chain this is (网站 / 栏目“政策文件”), in the buttons' accessible names. */
  subject: string;
  siteId: number;
  columnId: number | null;
  initialSteps: ChainStep[];
  canManage: boolean;
  onSaved(chain: Chain): void;
  extraActions?: ReactNode;
}) {
  const [form] = Form.useForm<Values>();
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const { success } = useFeedback();

  const save = async (values: Values) => {
    setIsSaving(true);
    setError(undefined);
    try {
      const steps = values.steps.map((s) => ({ role: s.role, label: s.label.trim() }));
      const chain = await call(api.PUT('/api/admin/workflow/chains', { body: { siteId: props.siteId, columnId: props.columnId, steps } }));
      success('审核流程已保存');
      props.onSaved(chain);
    } catch (e) {
      setError(e);
      if (isApiError(e)) applyFieldErrors(form, e);
    } finally {
      setIsSaving(false);
    }
  };

  // A new role brings its own name unless the user wrote one.
  const onRoleChange = (index: number, role: StepRole) => {
    const steps: ChainStep[] = form.getFieldValue('steps') ?? [];
    const label = steps[index]?.label?.trim();
    if (!label || Object.values(stepRoleLabels).includes(label)) form.setFieldValue(['steps', index, 'label'], stepRoleLabels[role]);
  };

  return (
    <Form<Values>
      form={form}
      name={props.formName}
      layout="vertical"
      initialValues={{ steps: props.initialSteps }}
      onFinish={save}
      disabled={!props.canManage}
    >
      <ApiErrorAlert error={error} titles={workflowErrorTitles} onClose={() => setError(undefined)} />
      <Form.List
        name="steps"
        rules={[
          {
            validator: async (_, steps: ChainStep[] | undefined) => {
              if (!steps?.length) throw new Error('至少设置一个审核环节');
            },
          },
        ]}
      >
        {(fields, { add, remove, move }, { errors }) => (
          <>
            <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {fields.map((field, index) => (
                <li key={field.key} style={{ marginBottom: 8 }}>
                  <Flex gap={8} align="flex-start" wrap>
                    <Typography.Text strong style={{ lineHeight: '32px', minWidth: 48 }}>
                      第{index + 1}步
                    </Typography.Text>
                    <Form.Item
                      label={`第${index + 1}步角色`}
                      name={[field.name, 'role']}
                      rules={[{ required: true, message: '请选择审核角色' }]}
                      style={{ marginBottom: 0, width: 160 }}
                    >
                      <FormSelect<StepRole> options={roleOptions} onChange={(role) => onRoleChange(index, role)} />
                    </Form.Item>
                    <Form.Item
                      label={`第${index + 1}步名称`}
                      name={[field.name, 'label']}
                      rules={[
                        { required: true, whitespace: true, message: '请填写环节名称' },
                        { max: 30, message: '环节名称不超过30个字' },
                      ]}
                      style={{ marginBottom: 0, width: 220 }}
                    >
                      <Input placeholder="如：部门审核" />
                    </Form.Item>
                    {props.canManage ? (
                      <Space size={4} style={{ paddingTop: 30 }}>
                        <Button
                          icon={<ArrowUpOutlined />}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                          aria-label={`上移第${index + 1}步（${props.subject}）`}
                        />
                        <Button
                          icon={<ArrowDownOutlined />}
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, index + 1)}
                          aria-label={`下移第${index + 1}步（${props.subject}）`}
                        />
                        <Button
                          icon={<DeleteOutlined />}
                          danger
                          disabled={fields.length <= 1}
                          onClick={() => remove(index)}
                          aria-label={`删除第${index + 1}步（${props.subject}）`}
                        />
                      </Space>
                    ) : null}
                  </Flex>
                </li>
              ))}
            </ol>
            <Form.ErrorList errors={errors} />
            {props.canManage ? (
              <Flex gap={8} wrap style={{ marginTop: 8 }}>
                <Button
                  icon={<PlusOutlined />}
                  disabled={fields.length >= 10}
                  onClick={() => add({ role: 'reviewer', label: stepRoleLabels.reviewer })}
                  aria-label={`添加环节（${props.subject}）`}
                >
                  添加环节
                </Button>
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  htmlType="submit"
                  loading={isSaving}
                  aria-label={`保存${props.subject}审核流程`}
                >
                  保存
                </Button>
                {props.extraActions}
              </Flex>
            ) : null}
          </>
        )}
      </Form.List>
    </Form>
  );
}
