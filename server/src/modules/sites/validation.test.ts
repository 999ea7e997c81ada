import { describe, expect, it } from 'vitest';
import { nextStatuses, transitionRule } from './lifecycle.js';
import {
  isCalendarDate,
  isDevelopmentHost,
  normalizeDomains,
  validateColumnSlug,
  validateIcpNumber,
  validateIdentifierCode,
  validateLinkUrl,
  validatePsbNumber,
  validateSiteCode,
} from './validation.js';

describe('网站标识码', () => {
  it('accepts a local code (division + serial) and a department code (bm + 8 digits)', () => {
    expect(validateIdentifierCode('3406000012')).toEqual([]);
    expect(validateIdentifierCode('bm55000001')).toEqual([]);
  });
  it.each(['340600001', '34060000123', 'BM55000001', 'bm5500001', 'bm550000011', 'ab12345678', '3406-00012'])(
    'rejects %s naming the field',
    (code) => {
      expect(validateIdentifierCode(code)).toEqual([{ path: 'identifierCode', message: expect.stringContaining('10位') }]);
    },
  );
});

describe('domains', () => {
  it('accepts .gov.cn and .政务 domains and lower-cases them', () => {
    const { domains, problems } = normalizeDomains(['WWW.Beijing.GOV.CN', 'fgw.minghu.gov.cn.', '明湖市人民政府.政务']);
    expect(problems).toEqual([]);
    expect(domains).toEqual(['www.beijing.gov.cn', 'fgw.minghu.gov.cn', '明湖市人民政府.政务']);
  });
  it('accepts development hosts: localhost, *.localhost, IPv4 literals', () => {
    for (const host of ['localhost', 'fgw.localhost', '127.0.0.1', '10.0.0.8']) expect(isDevelopmentHost(host)).toBe(true);
    expect(normalizeDomains(['localhost', 'fgw.localhost', '127.0.0.1']).problems).toEqual([]);
  });
  it('rejects other suffixes, bare suffixes, bad labels, ports, schemes and repeats with the index as path', () => {
    expect(normalizeDomains(['www.example.com']).problems).toEqual([{ path: 'domains.0', message: expect.stringContaining('.gov.cn') }]);
    expect(normalizeDomains(['ok.minghu.gov.cn', 'gov.cn']).problems.map((p) => p.path)).toEqual(['domains.1']);
    expect(normalizeDomains(['-bad.gov.cn']).problems).toHaveLength(1);
    expect(normalizeDomains(['bad_label.gov.cn']).problems).toHaveLength(1);
    expect(normalizeDomains(['www.minghu.gov.cn:8080']).problems[0]!.message).toContain('端口');
    expect(normalizeDomains(['https://www.minghu.gov.cn']).problems).toHaveLength(1);
    expect(normalizeDomains(['a.minghu.gov.cn', 'A.minghu.gov.cn']).problems).toEqual([{ path: 'domains.1', message: '域名重复' }]);
    expect(isDevelopmentHost('999.1.1.1')).toBe(false);
  });
});

describe('filing numbers', () => {
  it('accepts ICP numbers with and without a sub-site suffix', () => {
    expect(validateIcpNumber('京ICP备05070218号')).toEqual([]);
    expect(validateIcpNumber('京ICP备05070218号-1')).toEqual([]);
    expect(validateIcpNumber('ICP备05070218号')).toHaveLength(1);
    expect(validateIcpNumber('京ICP备abc号')).toHaveLength(1);
  });
  it('accepts public-security numbers', () => {
    expect(validatePsbNumber('京公网安备11010502030143号')).toEqual([]);
    expect(validatePsbNumber('京公网安备号')).toHaveLength(1);
    expect(validatePsbNumber('11010502030143')).toHaveLength(1);
  });
});

describe('codes, slugs, links, dates', () => {
  it('site codes', () => {
    expect(validateSiteCode('fgw')).toEqual([]);
    expect(validateSiteCode('a')).toHaveLength(1);
    expect(validateSiteCode('1abc')).toHaveLength(1);
    expect(validateSiteCode('Fgw')).toHaveLength(1);
  });
  it('column slugs, with the platform’s own paths reserved', () => {
    expect(validateColumnSlug('zwgk')).toEqual([]);
    expect(validateColumnSlug('2026-zk')).toEqual([]);
    expect(validateColumnSlug('-x')).toHaveLength(1);
    expect(validateColumnSlug('政务')).toHaveLength(1);
    expect(validateColumnSlug('api')[0]!.message).toContain('保留');
    expect(validateColumnSlug('sites')).toHaveLength(1);
  });
  it('link URLs: http(s) or a same-host path', () => {
    expect(validateLinkUrl('https://gjzwfw.www.gov.cn/')).toEqual([]);
    expect(validateLinkUrl('/sites/fgw/')).toEqual([]);
    expect(validateLinkUrl('javascript:alert(1)')).toHaveLength(1);
    expect(validateLinkUrl('//evil.example/')).toHaveLength(1);
  });
  it('calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });
});

describe('lifecycle rules', () => {
  it('needs sites.approve to open and to close, sites.lifecycle for the rest', () => {
    expect(transitionRule('applied', 'approved')).toEqual({ permission: 'sites.approve', isReasonRequired: false });
    expect(transitionRule('approved', 'online')).toEqual({ permission: 'sites.lifecycle', isReasonRequired: false });
    expect(transitionRule('online', 'offline')).toEqual({ permission: 'sites.lifecycle', isReasonRequired: true });
    expect(transitionRule('online', 'migrating')).toEqual({ permission: 'sites.lifecycle', isReasonRequired: true });
    expect(transitionRule('offline', 'closed')).toEqual({ permission: 'sites.approve', isReasonRequired: true });
  });
  it('refuses skipping approval, going back, and anything after closed', () => {
    expect(transitionRule('applied', 'online')).toBeUndefined();
    expect(transitionRule('online', 'approved')).toBeUndefined();
    expect(transitionRule('online', 'applied')).toBeUndefined();
    expect(nextStatuses('closed')).toEqual([]);
  });
});
