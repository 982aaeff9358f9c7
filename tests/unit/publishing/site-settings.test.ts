import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '../../../src/lib/publishing/site-settings.ts';

const FIXTURE = readFileSync(new URL('../../fixtures/content/site.yaml', import.meta.url), 'utf8');
const FILE = 'content/site.yaml';

/** The fixture's settings with one line replaced. */
const withLine = (key: string, line: string) => {
  const changed = FIXTURE.replace(new RegExp(`^${key}:.*$`, 'm'), line);
  if (changed === FIXTURE) throw new Error(`no ${key} line to change`);
  return changed;
};

const errorOf = (text: string): string => {
  try {
    parseSiteSettings(text, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the settings were accepted');
};

describe('site settings', () => {
  it('reads every value as text, as written, and leaves an identifier not issued yet empty', () => {
    const settings = parseSiteSettings(withLine('siteIdCode', 'siteIdCode: 0402000001'), FILE);
    expect(settings.identifiers.siteIdCode).toBe('0402000001');
    expect(settings.identifiers.icpRecord).toBe('');
    expect(settings.name.length).toBeGreaterThan(0);
  });

  it('accepts identifiers written as issued', () => {
    const filled = [
      ['siteIdCode', '1402000001'],
      ['icpRecord', '晋ICP备12345678号-1'],
      ['publicSecurityRecord', '晋公网安备14020002000001号'],
      ['phone', '0352-1234567'],
      ['email', 'fzbg@example.gov.cn'],
    ].reduce((text, [key, value]) => text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`), FIXTURE);
    expect(parseSiteSettings(filled, FILE).identifiers.publicSecurityRecord).toBe('晋公网安备14020002000001号');
  });

  it('names the file and the field of a malformed identifier, in Chinese and English', () => {
    const message = errorOf(withLine('siteIdCode', 'siteIdCode: 14020'));
    expect(message).toContain(FILE);
    expect(message).toContain('siteIdCode（网站标识码）');
    expect(message).toContain('网站标识码应为 10 位数字');
    expect(message).toContain('siteIdCode must be 10 digits');
    expect(errorOf(withLine('icpRecord', 'icpRecord: 12345678'))).toContain('icpRecord（ICP备案号）');
    expect(errorOf(withLine('publicSecurityRecord', 'publicSecurityRecord: 晋公网安备123号'))).toContain('公安机关备案号');
    expect(errorOf(withLine('email', 'email: fzbg.example.gov.cn'))).toContain('email（电子邮箱）');
    expect(errorOf(withLine('phone', 'phone: 请拨打总机'))).toContain('phone（联系电话）');
  });

  it('refuses an empty name or column, a missing field and a misspelt one, naming each', () => {
    expect(errorOf(withLine('name', 'name: ""'))).toContain('name（网站名称）');
    expect(errorOf(withLine('column', 'column:'))).toContain('column（栏目名称）');
    expect(errorOf(withLine('address', ''))).toContain('address（联系地址）：必填');
    expect(errorOf(withLine('columnType', 'columnType: 其他'))).toMatch(/columnType（栏目类型）.*信息发布、解读回应、办事服务、互动交流/);
    expect(errorOf(`${FIXTURE}\nsiteIDCode: "1402000001"\n`)).toMatch(/siteIDCode.*不是网站设置项.*not a site setting/);
  });

  it('reports a YAML mistake instead of guessing', () => {
    expect(errorOf(`${FIXTURE}\nname: 重复\n`)).toContain('YAML');
  });
});
