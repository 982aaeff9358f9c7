import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { atomFeed } from '../../../src/lib/publishing/feed.ts';
import { jsonLdText, reportStructuredData } from '../../../src/lib/publishing/structured-data.ts';

describe('atomFeed', () => {
  const xml = atomFeed({
    title: '法治政府建设年度报告',
    siteUrl: 'https://example.gov.cn/',
    feedUrl: 'https://example.gov.cn/feed.xml',
    author: '新荣经济技术开发区管理委员会',
    entries: [
      {
        title: '2025年报告',
        url: 'https://example.gov.cn/2025/',
        issuers: ['中共某工作委员会', '某管理委员会'],
        date: '2025-12-10',
        summary: '“亲”“清” & <b>',
      },
      { title: '2024年报告', url: 'https://example.gov.cn/2024/', issuers: ['管委会'], date: '2024-12-05', summary: '开篇' },
    ],
  });

  it('lists every report with its link and date, newest first, updated at the newest', () => {
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf('2025年报告')).toBeLessThan(xml.indexOf('2024年报告'));
    expect(xml).toContain('<published>2024-12-05T00:00:00+08:00</published>');
    expect(xml).toMatch(/<feed[^>]*>\s*<title>法治政府建设年度报告<\/title>[\s\S]*?<updated>2025-12-10T00:00:00\+08:00<\/updated>/);
  });

  it('names each issuer of a joint report as an author, in order', () => {
    const [, joint, single] = xml.split('<entry>');
    expect(joint!.match(/<author><name>[^<]*<\/name><\/author>/g)).toEqual([
      '<author><name>中共某工作委员会</name></author>',
      '<author><name>某管理委员会</name></author>',
    ]);
    expect(single!.match(/<author>/g)).toHaveLength(1);
  });

  it('escapes text so that the feed stays well-formed', () => {
    expect(xml).toContain('<summary>“亲”“清” &amp; &lt;b&gt;</summary>');
    expect(xml).not.toContain('<b>');
  });
});

describe('report structured data', () => {
  const facts = {
    title: '2024年报告',
    url: 'https://example.gov.cn/2024/',
    fullTextUrl: 'https://example.gov.cn/2024/full/',
    issuers: ['新荣经济技术开发区管理委员会'],
    date: '2024-12-05',
    description: '开篇',
    language: 'zh-CN',
  };

  it('describes a Report published by a GovernmentOrganization', () => {
    const data = reportStructuredData(facts);
    expect(data['@type']).toBe('Report');
    expect(data['publisher']).toEqual([{ '@type': 'GovernmentOrganization', name: '新荣经济技术开发区管理委员会' }]);
    expect(data['datePublished']).toBe('2024-12-05');
  });

  it('gives every issuer of a joint report as author and publisher, in order', () => {
    const data = reportStructuredData({ ...facts, issuers: ['中共某工作委员会', '某管理委员会'] });
    const organizations = [
      { '@type': 'GovernmentOrganization', name: '中共某工作委员会' },
      { '@type': 'GovernmentOrganization', name: '某管理委员会' },
    ];
    expect(data['author']).toEqual(organizations);
    expect(data['publisher']).toEqual(organizations);
  });

  it('can never close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
    expect(fromHtml(`<script type="application/ld+json">${text}</script>`).children).toHaveLength(1);
  });
});
