import { describe, expect, it } from 'vitest';
import { absoluteUrl, fullTextPath, posterPath, reportPath, sectionPath, subsectionAnchor, withBase } from '../../../src/lib/routing/urls.ts';
import { readSiteConfig } from '../../../src/site.config.ts';

describe('URLs', () => {
  it('are short and ASCII, ending in /', () => {
    const paths = [
      reportPath('2024'),
      sectionPath('2024', 2),
      fullTextPath('2024'),
      posterPath(reportPath('2024')),
      posterPath(sectionPath('2024', 1)),
    ];
    expect(paths).toEqual(['2024/', '2024/2/', '2024/full/', '2024/poster/', '2024/1/poster/']);
    for (const path of paths) expect(path).toMatch(/^[\x21-\x7e]+\/$/);
  });

  it('anchor subsections by section and subsection number', () => {
    expect(subsectionAnchor(1, 2)).toBe('1-2');
  });

  it('respect the base path and the origin', () => {
    expect(withBase('/', reportPath('2024'))).toBe('/2024/');
    expect(withBase('/fzbg/', sectionPath('2024', 1))).toBe('/fzbg/2024/1/');
    expect(absoluteUrl('https://example.gov.cn', '/fzbg/', '2024/')).toBe('https://example.gov.cn/fzbg/2024/');
  });
});

const SETTINGS = {
  name: '某网站',
  column: '某栏目',
  columnDescription: '某栏目简介',
  columnKeywords: '某,栏目',
  columnType: '信息发布',
  description: '某简介',
  identifiers: { owner: '', siteIdCode: '', icpRecord: '', publicSecurityRecord: '', address: '', phone: '', email: '' },
};

describe('site config', () => {
  it('normalizes the base path and the origin', () => {
    expect(readSiteConfig({ BASE: 'fzbg' }, SETTINGS).base).toBe('/fzbg/');
    expect(readSiteConfig({ BASE: '/fzbg/' }, SETTINGS).base).toBe('/fzbg/');
    expect(readSiteConfig({}, SETTINGS).base).toBe('/');
    expect(readSiteConfig({ SITE_URL: 'https://fzbg.example.gov.cn/ignored/path' }, SETTINGS).origin).toBe('https://fzbg.example.gov.cn');
  });

  it('knows whether the origin was configured', () => {
    expect(readSiteConfig({}, SETTINGS).originConfigured).toBe(false);
    expect(readSiteConfig({ SITE_URL: 'https://a.example' }, SETTINGS).originConfigured).toBe(true);
  });
});
