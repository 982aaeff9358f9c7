import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/importer/parse-document.ts';
import { readSource } from '../../../src/importer/read-source.ts';
import { partsChecklist } from '../../../src/importer/summary.ts';
import { reportFiles } from '../../../src/importer/to-mdx.ts';

const SCRAPED = new URL('../../reference/report-2024-scraped.txt', import.meta.url);
const content2024 = (name: string) => readFileSync(new URL(`../../../content/2024/${name}`, import.meta.url), 'utf8');

describe('importing the scraped 2024 page (traditional characters with pinyin glosses)', () => {
  const { blocks } = readSource(readFileSync(SCRAPED), 'report-2024-scraped.txt');
  const { report, warnings } = parseReport(blocks);

  it('reproduces the hand-made content/2024 files, but for the 著力 that OpenCC keeps', () => {
    const files = reportFiles(report);
    expect(files.map((f) => f.name)).toEqual(['report.mdx', '1.mdx', '2.mdx', '3.mdx']);
    for (const file of files) {
      const expected = content2024(file.name);
      const differing = file.content.split('\n').filter((line, i) => line !== expected.split('\n')[i]);
      expect(differing, file.name).toEqual(file.name === '3.mdx' ? [expect.stringMatching(/^著力补短板/)] : []);
    }
  });

  it('says the text was converted, what was left out, and which required parts it tells', () => {
    expect(warnings.map((w) => w.chinese)).toEqual([expect.stringMatching(/繁体字，已转换为简体字/)]);
    expect(report.dropped).toEqual(['扫一扫在手机上查看当前页面']);
    expect(partsChecklist(report).slice(1)).toEqual([
      '  ✓ 上一年度推进法治政府建设的主要举措和成效：一、主要工作成效',
      '  ✓ 上一年度推进法治政府建设存在的不足和原因：二、存在不足和原因',
      expect.stringMatching(/^ {2}✗ 上一年度党政主要负责人履行推进法治建设第一责任人职责/),
      '  ✓ 下一年度推进法治政府建设的主要安排：三、下一步工作安排',
      expect.stringMatching(/^ {2}✗ 其他需要报告的情况/),
    ]);
  });
});
