import { Col, Divider, Form, Input, Row } from 'antd';
import { FormDrawer } from '../../shared/FormDrawer';
import { FormSelect as Select } from '../../shared/FormSelect';
import { useMemo, useState } from 'react';
import { api, call } from '../../api/client';
import type { OrgUnit, Site, SiteInput, SiteKind } from '../../api/types';
import { useFeedback } from '../../shared/feedback';
import { emptyToNull } from '../../shared/format';
import { OrgUnitSelect, SiteSelect, type SiteOption } from '../../shared/reference';
import { siteKindLabels, siteLanguageLabels } from './labels';

interface SiteFormValues {
  legalName: string;
  shortName: string;
  code: string;
  kind: SiteKind;
  parentId?: number | null;
  identifierCode?: string;
  domains?: string[];
  icpNumber?: string;
  psbNumber?: string;
  supervisingUnitId?: number | null;
  sponsorUnitId?: number | null;
  operatorUnitId?: number | null;
  contact?: { address?: string; phone?: string; email?: string; postcode?: string };
  languages?: string[];
  themeKey?: string;
}

function toValues(site: Site | null, defaultParentId: number | null): Partial<SiteFormValues> {
  if (!site) return { kind: 'department', parentId: defaultParentId, languages: ['zh-CN'], domains: [], themeKey: 'default' };
  return {
    legalName: site.legalName,
    shortName: site.shortName ?? '',
    code: site.code,
    kind: site.kind,
    parentId: site.parentId,
    identifierCode: site.identifierCode ?? '',
    domains: site.domains,
    icpNumber: site.icpNumber ?? '',
    psbNumber: site.psbNumber ?? '',
    supervisingUnitId: site.supervisingUnit?.id ?? null,
    sponsorUnitId: site.sponsorUnit?.id ?? null,
    operatorUnitId: site.operatorUnit?.id ?? null,
    contact: {
      address: site.contact.address ?? '',
      phone: site.contact.phone ?? '',
      email: site.contact.email ?? '',
      postcode: site.contact.postcode ?? '',
    },
    languages: site.languages,
    themeKey: site.themeKey,
  };
}

function toBody(values: SiteFormValues): SiteInput {
  const text = (v: string | undefined) => emptyToNull(v?.trim());
  return {
    legalName: values.legalName.trim(),
    shortName: values.shortName.trim(),
    code: values.code.trim(),
    kind: values.kind,
    parentId: values.parentId ?? null,
    identifierCode: text(values.identifierCode),
    domains: (values.domains ?? []).map((d) => d.trim()).filter(Boolean),
    icpNumber: text(values.icpNumber),
    psbNumber: text(values.psbNumber),
    supervisingUnitId: values.supervisingUnitId ?? null,
    sponsorUnitId: values.sponsorUnitId ?? null,
    operatorUnitId: values.operatorUnitId ?? null,
    contact: {
      address: text(values.contact?.address),
      phone: text(values.contact?.phone),
      email: text(values.contact?.email),
      postcode: text(values.contact?.postcode),
    },
    languages: values.languages?.length ? values.languages : ['zh-CN'],
    themeKey: values.themeKey?.trim() || undefined,
  } as SiteInput;
}

/** 新建网站 / 编辑网站信息: identity, filings, units and contact of a site. */
export function SiteFormDrawer({
  site,
  defaultParentId = null,
  sites,
  orgUnits,
  onClose,
  onSaved,
}: {
  site: Site | null;
  /** For a new site: the site chosen in the header becomes its parent unless changed. */
  defaultParentId?: number | null;
  sites: SiteOption[] | undefined;
  orgUnits: OrgUnit[] | undefined;
  onClose(): void;
  onSaved(site: Site): void;
}) {
  const [form] = Form.useForm<SiteFormValues>();
  const [isSaving, setIsSaving] = useState(false);
  const { showError, success } = useFeedback();
  const isNew = !site;
  const initialValues = useMemo(() => toValues(site, defaultParentId), [site, defaultParentId]);
  const excludeIds = useMemo(() => (site ? new Set([site.id]) : undefined), [site]);

  const submit = async (values: SiteFormValues) => {
    setIsSaving(true);
    try {
      const body = toBody(values);
      const saved = isNew
        ? await call(api.POST('/api/admin/sites', { body }))
        : await call(api.PATCH('/api/admin/sites/{siteId}', { params: { path: { siteId: site.id } }, body }));
      success(isNew ? '网站已创建（状态：已申请）' : '网站信息已保存');
      onSaved(saved);
    } catch (error) {
      showError(error, form);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <FormDrawer
      title={isNew ? '新建网站' : `编辑网站：${site.legalName}`}
      width={720}
      isSaving={isSaving}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <Form<SiteFormValues> form={form} name="site-form" layout="vertical" initialValues={initialValues} onFinish={submit} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item label="网站名称（全称）" name="legalName" extra="与开办主体名称一致，如“××市人民政府门户网站”。" rules={[{ required: true, message: '请输入网站名称' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="简称" name="shortName" extra="1 至 50 个字，用于导航和列表。" rules={[{ required: true, whitespace: true, message: '请输入简称' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="网站代码" name="code" extra="小写字母开头，用于地址 /sites/代码/。" rules={[{ required: true, message: '请输入网站代码' }]}>
              <Input disabled={!isNew} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="网站类型" name="kind" rules={[{ required: true, message: '请选择网站类型' }]}>
              <Select options={Object.entries(siteKindLabels).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="上级网站" name="parentId">
              <SiteSelect sites={sites} excludeIds={excludeIds} placeholder="无（顶级网站）" />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>
          标识与备案
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label="网站标识码" name="identifierCode" extra="10 位；部门网站为 bm 加 8 位数字。">
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="ICP备案号" name="icpNumber">
              <Input placeholder="如 京ICP备05070218号" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="公安机关备案号" name="psbNumber">
              <Input placeholder="如 京公网安备11010502030143号" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="域名" name="domains" extra="输入域名后按回车添加，可添加多个；第一个为主域名，须以 .gov.cn 或 .政务 结尾。">
              <Select mode="tags" tokenSeparators={[',', ' ', '，']} open={false} suffixIcon={null} placeholder="如 www.example.gov.cn" />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>
          开办单位
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label="主管单位" name="supervisingUnitId">
              <OrgUnitSelect orgUnits={orgUnits} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="主办单位" name="sponsorUnitId">
              <OrgUnitSelect orgUnits={orgUnits} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="承办单位" name="operatorUnitId">
              <OrgUnitSelect orgUnits={orgUnits} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>
          联系方式
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item label="联系地址" name={['contact', 'address']}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="邮政编码" name={['contact', 'postcode']} rules={[{ pattern: /^\d{6}$/, message: '邮政编码应为 6 位数字' }]}>
              <Input inputMode="numeric" maxLength={6} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="联系电话" name={['contact', 'phone']}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="电子邮箱" name={['contact', 'email']} rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
              <Input type="email" />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>
          语言与主题
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item label="语言版本" name="languages">
              <Select mode="multiple" options={Object.entries(siteLanguageLabels).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="主题" name="themeKey">
              <Input placeholder="default" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
