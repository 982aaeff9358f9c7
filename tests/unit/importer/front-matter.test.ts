import { describe, expect, it } from 'vitest';
import { readReportFrontMatter, reportFrontMatter, sectionFrontMatter } from '../../../src/importer/front-matter.ts';
import { ImportError } from '../../../src/importer/source.ts';
import { frontMatterProblems, reportSchema, sectionSchema } from '../../../src/lib/report/schema.ts';
import { PLACEHOLDER } from '../../../src/lib/report/unfinished.ts';
import { parse } from 'yaml';

const yamlOf = (fenced: string): unknown => parse(fenced.replace(/^---\n|---$/g, ''));

describe('reportFrontMatter', () => {
  it('reads back through the build’s schema as the same identity, whatever the text holds', () => {
    for (const title of ['新荣经济技术开发区2025年法治政府建设年度报告', '2025: 报告 # 不是注释', '- 不是列表', '"引号" \'单引号\'', '2025']) {
      const issuers = ['中共新荣经济技术开发区工作委员会', 'yes', '新荣经济技术开发区管理委员会'];
      const text = reportFrontMatter('2025', { title, issuers, date: '2025-12-05', documentNumber: '新经管发〔2026〕3号' });
      expect(readReportFrontMatter(text, 'report.mdx')).toEqual({
        title,
        issuer: issuers,
        date: '2025-12-05',
        documentNumber: '新经管发〔2026〕3号',
      });
    }
  });

  it('writes plain Chinese bare and never folds a long title over two lines', () => {
    const title = '新荣经济技术开发区管理委员会关于二〇二五年度法治政府建设情况和二〇二六年工作安排的报告'.repeat(2);
    const text = reportFrontMatter('2025', { title, issuers: ['新荣经济技术开发区管理委员会'], date: '2025-12-05' });
    expect(text).toBe(`---\ntitle: ${title}\nissuer: 新荣经济技术开发区管理委员会\ndate: 2025年12月5日\n---`);
  });

  it('stands in the last day of the year for an unknown date, marked to be filled in on its own line', () => {
    const text = reportFrontMatter('2031', { title: '报告', issuers: [], date: undefined });
    const dateLine = text.split('\n').find((line) => line.startsWith('date:'));
    expect(dateLine).toBe(`date: 2031年12月31日 # ${PLACEHOLDER}请改为报告的落款日期`);
    expect(yamlOf(text)).toEqual({ title: '报告', issuer: PLACEHOLDER, date: '2031年12月31日' });
  });
});

describe('sectionFrontMatter', () => {
  it('is what the build’s section schema reads', () => {
    expect(sectionSchema.parse(yamlOf(sectionFrontMatter(3, '3: 不是数字')))).toEqual({ number: 3, title: '3: 不是数字' });
  });
});

describe('readReportFrontMatter', () => {
  it('refuses what the build refuses, naming the file and each field in Chinese and English', () => {
    const read = () => readReportFrontMatter('---\ntitle: 报告\nissuer: 机构\ndate: 2025-13-45\ntitel: 拼错\n---\n', 'content/2025/report.mdx');
    const error = (() => {
      try {
        read();
        return undefined;
      } catch (caught) {
        return caught;
      }
    })();
    if (!(error instanceof ImportError)) throw new Error('expected an ImportError');
    expect(error.chinese).toMatch(/^content\/2025\/report\.mdx 开头的字段有误：/);
    expect(error.chinese).toContain('date：');
    expect(error.chinese).toContain('不认识的字段：titel');
    expect(error.english).toContain('date: ');
    expect(error.english).toContain('unknown field titel');
  });

  it('names a file with no front matter, or broken YAML', () => {
    expect(() => readReportFrontMatter('正文。', 'a.mdx')).toThrow(/a\.mdx 开头没有用 --- 括起的字段/);
    expect(() => readReportFrontMatter('---\ntitle: [\n---\n', 'a.mdx')).toThrow(/a\.mdx 开头的字段格式有误/);
  });
});

describe('frontMatterProblems', () => {
  it('splits each of the schema’s messages into its Chinese and its English', () => {
    const result = reportSchema.safeParse({ title: '', issuer: [], date: '明天' });
    expect(result.success).toBe(false);
    const problems = result.success ? [] : frontMatterProblems(result.error);
    expect(problems.map((p) => p.field)).toEqual(['title', 'issuer', 'date']);
    for (const problem of problems) {
      expect(problem.chinese).toMatch(/\p{Script=Han}/u);
      expect(problem.english).not.toMatch(/\p{Script=Han}{3}/u);
      expect(problem.english).toMatch(/[a-z]{4}/);
    }
  });
});
