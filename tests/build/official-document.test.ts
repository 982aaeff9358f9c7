/**
 * A report as an official document, in a real build of fixture years: the 信息公开 facts table and the meta tags
 * that follow the same front matter, with every field filled in (2026) and with only the required ones (2027);
 * the original document, kept by `report:import`, offered as 附件 and served byte for byte; no attachment where
 * there is none.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage, readableText, select, selectAll } from '../support/dist.ts';
import { buildSite, copyProject, runNode, type CommandResult } from '../support/project.ts';
import { fixtureReport, gongwenDocx, plainText } from '../support/report-fixtures.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

const ALL_FACTS = fixtureReport(2026);
const FEW_FACTS = fixtureReport(2027);
/** The front matter staff add to the imported 2026 report once its facts are known. */
const FACT_LINES = [
  'indexNumber: 11140200MB0000000X/2026-00012',
  'topic: 综合政务\\政务公开',
  'documentNumber: 新经管发〔2026〕12号',
  'published: 2026年12月10日 09:30',
];

const attr = (element: Element | undefined, name: string): string => String(element?.properties[name] ?? '');
const metaName = (tree: Root, name: string) => selectAll(`meta[name="${name}"]`, tree).map((m) => attr(m, 'content'));
const facts = (tree: Root) =>
  selectAll('.report-meta > div', tree).map((row) => [readableText(select('dt', row)!), readableText(select('dd', row)!)]);

let dir: string;
let dist: string;
let build: CommandResult;
let original: Buffer;

beforeAll(async () => {
  dir = await copyProject();
  const file = (name: string) => path.join(dir, name);
  original = await gongwenDocx(ALL_FACTS);
  await writeFile(file('2026.docx'), original);
  await writeFile(file('2027.txt'), plainText(FEW_FACTS));
  for (const name of ['2026.docx', '2027.txt']) {
    const imported = await runNode([file('src/cli/import-report.ts'), file(name)], dir, { CONTENT_DIR: 'content' });
    if (imported.code !== 0) throw new Error(imported.output);
  }
  const report = file('content/2026/report.mdx');
  await writeFile(report, (await readFile(report, 'utf8')).replace(/^---\n/, `---\n${FACT_LINES.join('\n')}\n`));
  build = await buildSite(dir);
  dist = file('dist');
});

describe('the 信息公开 facts table', () => {
  it('shows every fact the front matter gives, in the order of a disclosure page, on the report and whole-text pages', async () => {
    expect(build.code, build.output).toBe(0);
    for (const page of ['2026/', '2026/full/']) {
      expect(facts(await readPage(page, dist)), page).toEqual([
        ['索引号', '11140200MB0000000X/2026-00012'],
        ['主题分类', '综合政务\\政务公开'],
        ['发布机构', ALL_FACTS.issuers.join('、')],
        ['成文日期', ALL_FACTS.date],
        ['发布日期', '2026年12月10日 09:30'],
        ['文号', '新经管发〔2026〕12号'],
      ]);
    }
    const times = selectAll('.report-meta time', await readPage('2026/', dist)).map((time) => attr(time, 'dateTime'));
    expect(times).toEqual(['2026-12-08', '2026-12-10T09:30']);
    expect(facts(await readPage('hant/2026/', dist)).map(([label]) => label)).toEqual(['索引號', '主題分類', '發佈機構', '成文日期', '發佈日期', '文號']);
  });

  it('shows only the issuer and the date of signature when nothing more is known', async () => {
    for (const page of ['2027/', '2027/full/']) {
      expect(facts(await readPage(page, dist)), page).toEqual([
        ['发布机构', FEW_FACTS.issuers.join('、')],
        ['成文日期', FEW_FACTS.date],
      ]);
    }
  });
});

describe('the 《政府网站发展指引》 meta tags', () => {
  const pagesOf = (year: number) => [`${year}/`, `${year}/1/`, `${year}/full/`, `hant/${year}/`];

  it('date the pages by the publication date and time where they are given, by the signature otherwise', async () => {
    for (const page of pagesOf(2026)) expect(metaName(await readPage(page, dist), 'PubDate'), page).toEqual(['2026-12-10 09:30']);
    for (const page of pagesOf(2027)) expect(metaName(await readPage(page, dist), 'PubDate'), page).toEqual([FEW_FACTS.isoDate]);
  });

  it('describe the column on every page of report text', async () => {
    for (const page of [...pagesOf(2026), ...pagesOf(2027)]) {
      const tree = await readPage(page, dist);
      for (const name of ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType']) {
        expect(metaName(tree, name), `${page} ${name}`).toHaveLength(1);
      }
      expect(['信息发布', '解读回应', '办事服务', '互动交流'], page).toContain(metaName(tree, 'ColumnType')[0]);
    }
  });
});

describe('the original document', () => {
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveSite(dist);
  });
  afterAll(async () => {
    await site.close();
  });

  it('is listed as 附件 with its format and size, on the report page and the whole text', async () => {
    for (const page of ['2026/', '2026/full/', 'hant/2026/']) {
      const link = select('.attachment a', await readPage(page, dist));
      expect(readableText(link!), page).toBe(`原文（Word，${Math.round(original.length / 1024)} KB）`);
      expect(attr(link, 'href'), page).toBe('/2026/original.docx');
    }
  });

  it('is served byte for byte as it was received by the import', async () => {
    const response = await fetch(new URL('2026/original.docx', site.url));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(original)).toBe(true);
  });

  it('is offered as text where the report came as a text file', async () => {
    const link = select('.attachment a', await readPage('2027/', dist));
    expect(readableText(link!)).toMatch(/^原文（文本，\d+ KB）$/);
    const response = await fetch(new URL('2027/original.txt', site.url));
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(plainText(FEW_FACTS));
  });

  it('is not offered where the folder has none', async () => {
    const [year] = (await readdir(path.join(dir, 'content'))).filter((name) => /^\d{4}$/.test(name) && !['2026', '2027'].includes(name));
    expect(select('.attachment', await readPage(`${year}/`, dist))).toBeUndefined();
    for (const extension of ['docx', 'txt']) expect((await fetch(new URL(`${year}/original.${extension}`, site.url))).status).toBe(404);
  });
});
