import { describe, expect, it } from 'vitest';
import { identifierLink } from '../../../src/lib/publishing/identifiers.ts';
import { IDENTIFIER_LABELS, missingIdentifiers, shownIdentifiers, type SiteIdentifiers } from '../../../src/lib/publishing/site-settings.ts';

const filled: SiteIdentifiers = {
  owner: '某管理委员会',
  siteIdCode: '1402000001',
  icpRecord: '晋ICP备12345678号',
  publicSecurityRecord: '晋公网安备14020002000001号',
  address: '山西省大同市某路1号',
  phone: '0352-1234567',
  email: 'bgs@example.gov.cn',
};

describe('identifierLink', () => {
  it('links the ICP number to the MIIT lookup and the public-security number to its own MPS record', () => {
    expect(identifierLink('icpRecord', filled.icpRecord)).toBe('https://beian.miit.gov.cn/');
    expect(identifierLink('publicSecurityRecord', filled.publicSecurityRecord)).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=14020002000001',
    );
    expect(identifierLink('publicSecurityRecord', '待办理')).toBeUndefined();
  });

  it('opens the phone and mail apps, and leaves other identifiers as text', () => {
    expect(identifierLink('phone', '0352-123 4567')).toBe('tel:03521234567');
    expect(identifierLink('email', ' bgs@example.gov.cn ')).toBe('mailto:bgs@example.gov.cn');
    expect(identifierLink('owner', filled.owner)).toBeUndefined();
    expect(identifierLink('siteIdCode', filled.siteIdCode)).toBeUndefined();
  });
});

describe('shownIdentifiers', () => {
  it('lists the filled identifiers in the labels’ order and leaves out the empty ones', () => {
    const some = { ...filled, siteIdCode: '', phone: '  ' };
    const shown = shownIdentifiers(some);
    expect(shown.map((i) => i.label)).toEqual(['主办单位', 'ICP备案号', '公安机关备案号', '联系地址', '电子邮箱']);
    expect(shown.find((i) => i.label === '主办单位')?.value).toBe('某管理委员会');
    expect([...shown.map((i) => i.label), ...missingIdentifiers(some)].sort()).toEqual(Object.values(IDENTIFIER_LABELS).sort());
  });
});
