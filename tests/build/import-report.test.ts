/**
 * Staff's path from a received document to the published site, for real: the import tool run as
 * `npm run report:import` runs it, in a copy of the project, then a real build of that copy.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMessages } from '../support/build-output.ts';
import { hashTree } from '../support/content-hash.ts';
import { readableText, readPage, select, selectAll, selectOne } from '../support/dist.ts';
import { buildSite, copyProject, projectRoot, runNode, type CommandResult } from '../support/project.ts';
import { compareSentences } from '../support/reference.ts';
import { zipBombDocx } from '../support/zip-bomb.ts';
import { DEFAULT_CONTENT_DIR } from '../../src/lib/report/content-folder.ts';
import {
  copiedFromWebPage,
  documentLines,
  FOOTNOTE,
  fixtureReport,
  gongwenDocx,
  itemsNumberedOn,
  jointlyIssued,
  plainText,
  sectionLines,
  skippedLevel,
  SLOGAN,
  thematicSections,
  webPageLines,
  withFootnote,
  withSlogan,
  withTextBox,
  type FixtureReport,
} from '../support/report-fixtures.ts';

const NO_DIFFERENCE = { missing: [], added: [], reordered: false };

/** The reports in the shapes offices send (issue 10), one year each, and the file each arrives as. */
const SHAPES = {
  tableSignature: fixtureReport(2030),
  webCopy: fixtureReport(2031),
  itemsNumberedOn: itemsNumberedOn(fixtureReport(2032)),
  skippedLevel: skippedLevel(fixtureReport(2033)),
  slogan: withSlogan(fixtureReport(2034)),
  textBox: fixtureReport(2035),
  footnote: withFootnote(fixtureReport(2036)),
  thematic: thematicSections(fixtureReport(2037)),
};
const TEXT_BOX = ['专栏：学法清单', '全年学法12次'];
const TEXT_BOX_ANCHOR = '（一）在学法知法中提升法治思维。';

async function shapeFiles(): Promise<Record<string, Uint8Array>> {
  return {
    '2030-table-signature.docx': await gongwenDocx(SHAPES.tableSignature, { signature: 'table' }),
    '2031-web-copy.txt': iconv.encode(copiedFromWebPage(SHAPES.webCopy).replaceAll('\n', '\r\n'), 'gbk'),
    '2032-items-numbered-on.txt': new TextEncoder().encode(plainText(SHAPES.itemsNumberedOn)),
    '2033-skipped-level.docx': await gongwenDocx(SHAPES.skippedLevel),
    '2034-slogan.docx': await gongwenDocx(SHAPES.slogan),
    '2035-text-box.docx': withTextBox(await gongwenDocx(SHAPES.textBox), TEXT_BOX_ANCHOR, TEXT_BOX),
    '2036-footnote.docx': await gongwenDocx(SHAPES.footnote),
    '2037-thematic.txt': new TextEncoder().encode(plainText(SHAPES.thematic, '\r\n')),
  };
}

/** The tools write to the copy's content/, whatever CONTENT_DIR the site tests run with. */
const TOOL_ENV = { CONTENT_DIR: DEFAULT_CONTENT_DIR };

const importReport = (dir: string, args: string[]): Promise<CommandResult> =>
  runNode([path.join(dir, 'src/cli/import-report.ts'), ...args], dir, TOOL_ENV);

/** The report's own words on a page, as in the 2024 fidelity test: heading, report text, signature. */
function publishedText(page: Root): string {
  return selectAll('article h1, article .report-text, article .signature', page).map(readableText).join('\n');
}

const HOSTILE_LINES = [
  '新荣经济技术开发区2028年法治政府建设年度报告',
  '2028年，开发区依法行政{1+1}。',
  '一、主要举措和成效',
  '（一）防范注入。文中出现{process.exit(1)}和3<5>2也只是文字。',
  '二、存在的不足和原因',
  '（一）标记。**不加粗**，_不倾斜_，import x from "y"。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '主要负责人带头学法。',
  '四、2029年工作安排',
  '（一）继续努力。加强学习。',
  '新荣经济技术开发区管理委员会',
  '2028年12月8日',
];

describe('importing reports and publishing them beside 2024', () => {
  const docxReport = fixtureReport(2025);
  const gbkReport = fixtureReport(2026);
  const bomReport = fixtureReport(2027);
  const fixtures: FixtureReport[] = [docxReport, gbkReport, bomReport];
  let dir: string;
  const imports: Record<string, CommandResult> = {};
  const inputBytes: Record<string, Uint8Array> = {};
  const contentFile = (year: number, name: string) => readFile(path.join(dir, 'content', String(year), name), 'utf8');
  let skeleton: CommandResult;
  let build: CommandResult;

  beforeAll(async () => {
    dir = await copyProject();
    const inputs = await mkdtemp(path.join(tmpdir(), 'fzbg-inputs-'));
    const file = (name: string) => path.join(inputs, name);
    await writeFile(file('2025.docx'), await gongwenDocx(docxReport));
    await writeFile(file('2026-gbk.txt'), iconv.encode(plainText(gbkReport, '\r\n'), 'gbk'));
    await writeFile(file('2027-bom.txt'), `\uFEFF${plainText(bomReport)}`);
    await writeFile(file('2028-hostile.txt'), HOSTILE_LINES.join('\n'));
    for (const [name, bytes] of Object.entries(await shapeFiles())) await writeFile(file(name), bytes);
    for (const name of (await readdir(inputs)).sort()) {
      inputBytes[name] = new Uint8Array(await readFile(file(name)));
      imports[name] = await importReport(dir, [file(name)]);
    }
    skeleton = await runNode([path.join(dir, 'src/cli/new-report.ts'), '2029'], dir, TOOL_ENV);
    build = await buildSite(dir);
  });

  it('imports each document and says what it found', () => {
    for (const [name, result] of Object.entries(imports)) expect(result.code, `${name}\n${result.output}`).toBe(0);
    const output = imports['2025.docx']!.output;
    expect(output).toContain(`标题 title:           ${docxReport.title}`);
    expect(output).toContain(`发布机构 issuer:      ${docxReport.issuers[0]}`);
    expect(output).toContain('日期 date:            2025年12月8日（2025-12-08）');
    expect(output).toContain('一、主要举措和成效：2 个小标题 subsections');
    expect(output).toContain('四、2026年工作安排：1 个小标题 subsections');
    expect(output).toMatch(/字数 characters:\s+\d{3,}/);
    expect(output).toMatch(/表格 tables: 1/);
    for (const name of ['2025.docx', '2026-gbk.txt', '2027-bom.txt'])
      expect(imports[name]!.output, name).not.toContain('警告 warnings');
    expect(imports['2026-gbk.txt']!.output).toContain('GBK');
  });

  it('builds the site with the new years, a skeleton year included', () => {
    expect(skeleton.code, skeleton.output).toBe(0);
    expect(skeleton.output).toContain('发布前必须填写');
    expect(build.code, build.output).toBe(0);
  });

  for (const [index, report] of fixtures.entries()) {
    const source = ['.docx', 'GBK text with CRLF', 'UTF-8 text with a BOM'][index];
    it(`publishes the ${report.year} report (${source}) word for word, on every page`, async () => {
      const full = await readPage(`${report.year}/full/`, path.join(dir, 'dist'));
      expect(compareSentences(publishedText(full), documentLines(report).join('\n'))).toEqual(NO_DIFFERENCE);
      const front = await readPage(`${report.year}/`, path.join(dir, 'dist'));
      expect(compareSentences(publishedText(front), [report.title, report.opening].join('\n'))).toEqual(NO_DIFFERENCE);
      for (const n of report.sections.keys()) {
        const page = await readPage(`${report.year}/${n + 1}/`, path.join(dir, 'dist'));
        expect(compareSentences(publishedText(page), sectionLines(report, n).join('\n')), `section ${n + 1}`).toEqual(
          NO_DIFFERENCE,
        );
      }
    });

    it(`sets the ${report.year} report as a careful editor would, with its structure`, async () => {
      const page = await readPage(`${report.year}/1/`, path.join(dir, 'dist'));
      const article = selectOne(page, 'article');
      const text = readableText(article);
      expect(text).not.toMatch(/[,;:?!()]/);
      // Layout spacing is gone; one space between two Chinese phrases stays, as in a table row typed as text.
      expect(text).not.toMatch(/[，。][ \u3000]+|[ \u3000]+[，。]|\u3000| {2,}|[\p{Script=Han}] (?=\d)|(?<=\d) [\p{Script=Han}]/u);
      const spaced = text.split('\n').filter((line) => /\p{Script=Han} \p{Script=Han}/u.test(line));
      const typedRows = index === 0 ? [] : (report.sections[0]!.subsections[1]!.table ?? []).map((row) => row.join(''));
      expect(spaced.map((line) => line.replaceAll(' ', ''))).toEqual(typedRows);
      expect(text).not.toMatch(/[Ａ-Ｚａ-ｚ０-９]/);
      const quoted =
        sectionLines(report, 0)
          .join('')
          .match(/《[^》]+》|“[^”]+”/g) ?? [];
      expect(quoted.length).toBeGreaterThan(0);
      for (const mark of quoted) expect(text).toContain(mark);
      expect(
        selectAll('h2', article)
          .map(readableText)
          .map((t) => t.replace(/#本节链接$/, '')),
      ).toEqual(['（一）在学法知法中提升法治思维', '（二）在规范执法中扛起法治担当']);
      // Plain text has no tables: there the rows are paragraphs, as typed.
      const rows = selectAll('table tr', article).map((tr) => selectAll('th, td', tr).map(readableText));
      expect(rows).toEqual(index === 0 ? report.sections[0]!.subsections[1]!.table : []);
      expect(select('article[data-pagefind-body]', page), 'indexed for search').toBeTruthy();
    });
  }

  it('publishes code-like text as text: nothing runs, nothing is marked up', async () => {
    const page = await readPage('2028/full/', path.join(dir, 'dist'));
    const text = readableText(selectOne(page, 'article'));
    expect(text).toContain('2028年，开发区依法行政{1+1}。');
    expect(text).toContain('文中出现{process.exit(1)}和3<5>2也只是文字。');
    expect(text).toContain('**不加粗**，_不倾斜_，import x from "y"。');
    expect(selectAll('article script, article b, article strong, article em', page)).toEqual([]);
    expect(compareSentences(publishedText(page), HOSTILE_LINES.join('\n'))).toEqual(NO_DIFFERENCE);
  });

  it('lists every report on the home page, newest first', async () => {
    const home = await readPage('', path.join(dir, 'dist'));
    const titles = selectAll('.reports h2', home).map(readableText);
    const years = [2024, 2025, 2026, 2027, 2028, 2029, ...Object.values(SHAPES).map((report) => report.year)];
    expect(titles.map((t) => Number(/(\d{4})年/.exec(t)?.[1]))).toEqual(years.sort().reverse());
  });

  it('warns in the build about every file of the skeleton year still to be filled in', () => {
    const warning = buildMessages(build).find((message) => message.text.includes('填写完成前请勿发布'))?.text ?? '';
    expect(warning).toContain('content/2029/report.mdx');
    expect(warning).toContain('content/2029/1.mdx');
    expect(warning).not.toContain('content/2024/');
  });

  it('shows the skeleton year as plainly unfinished', async () => {
    const page = await readPage('2029/full/', path.join(dir, 'dist'));
    expect(readableText(selectOne(page, 'article'))).toContain('【待填写】');
    expect(readableText(selectOne(page, 'article'))).not.toContain('填写说明');
  });

  it('keeps each imported document byte for byte as the year’s original.docx or original.txt', async () => {
    for (const [name, bytes] of Object.entries(inputBytes)) {
      const original = path.join(dir, 'content', name.slice(0, 4), `original${path.extname(name)}`);
      expect(new Uint8Array(await readFile(original)), name).toEqual(bytes);
    }
  });

  it('publishes a signature laid out in a borderless table as the signature, not as a table', async () => {
    const report = SHAPES.tableSignature;
    expect(await contentFile(report.year, 'report.mdx')).toContain(`issuer: ${report.issuers[0]}\ndate: ${report.date}\n`);
    const full = await readPage(`${report.year}/full/`, path.join(dir, 'dist'));
    expect(readableText(selectOne(full, '.signature'))).toBe(`${report.issuers[0]}\n${report.date}`);
    expect(selectAll('article table', full)).toHaveLength(1);
  });

  it('leaves out what a web page added, lists it, and takes title and year from the report’s title line', async () => {
    const report = SHAPES.webCopy;
    const { above, below } = webPageLines(report);
    const output = imports['2031-web-copy.txt']!.output;
    expect(output).toContain(`年份 year:            ${report.year}`);
    expect(output).toContain(`标题 title:           ${report.title}`);
    expect(output).toMatch(/已去掉的网页内容 web-page lines left out（8）/);
    for (const line of [above[0]!, '扫一扫在手机打开当前页', '【字体：大 中 小】【打印】【关闭】']) expect(output).toContain(`  − ${line}`);
    const full = await readPage(`${report.year}/full/`, path.join(dir, 'dist'));
    expect(compareSentences(publishedText(full), documentLines(report).join('\n'))).toEqual(NO_DIFFERENCE);
    for (const junk of [...above.filter((line) => line !== report.title), ...below]) {
      expect(readableText(selectOne(full, 'article'))).not.toContain(junk.slice(0, 6));
    }
  });

  it('publishes items numbered on across subsections as numbered, without a warning', async () => {
    const report = SHAPES.itemsNumberedOn;
    expect(imports['2032-items-numbered-on.txt']!.output).not.toContain('警告 warnings');
    const page = await readPage(`${report.year}/1/`, path.join(dir, 'dist'));
    expect(compareSentences(publishedText(page), sectionLines(report, 0).join('\n'))).toEqual(NO_DIFFERENCE);
    expect(readableText(selectOne(page, 'article'))).toContain('3.执法人员全部持证上岗。');
  });

  it('keeps a skipped heading level as subsections, in the contents and the anchors', async () => {
    const report = SHAPES.skippedLevel;
    expect(await contentFile(report.year, '1.mdx')).toContain('## 在学法知法中提升法治思维\n');
    const page = await readPage(`${report.year}/1/`, path.join(dir, 'dist'));
    const headings = selectAll('article h2', page);
    expect(headings.map((h) => h.properties['id'])).toEqual(['1-1', '1-2']);
    expect(headings.map((h) => readableText(h).replace(/#本节链接$/, ''))).toEqual([
      '（一）在学法知法中提升法治思维',
      '（二）在规范执法中扛起法治担当',
    ]);
    expect(readableText(selectOne(page, 'article'))).toContain('（1）第');
  });

  it('keeps the one space between the two halves of a slogan', async () => {
    const page = await readPage(`${SHAPES.slogan.year}/`, path.join(dir, 'dist'));
    expect(readableText(selectOne(page, 'article'))).toContain(`“${SLOGAN}”`);
  });

  it('publishes a text box once, after its paragraph, and the text around it whole', async () => {
    const report = SHAPES.textBox;
    const page = await readPage(`${report.year}/1/`, path.join(dir, 'dist'));
    const text = readableText(selectOne(page, 'article'));
    expect(text.split(TEXT_BOX[0]!)).toHaveLength(2);
    const typed = sectionLines(report, 0);
    const withBox = [...typed.slice(0, 2), ...TEXT_BOX, ...typed.slice(2)];
    expect(compareSentences(publishedText(page), withBox.join('\n'))).toEqual(NO_DIFFERENCE);
  });

  it('keeps a footnote as a note at the end of its section', async () => {
    const report = SHAPES.footnote;
    expect(await contentFile(report.year, '1.mdx')).toMatch(new RegExp(`注释：\n\n①${FOOTNOTE}\n$`));
    const page = await readPage(`${report.year}/1/`, path.join(dir, 'dist'));
    const text = readableText(selectOne(page, 'article'));
    expect(text).toMatch(/。①\n/);
    expect(text.trimEnd().endsWith(`注释：\n①${FOOTNOTE}`)).toBe(true);
  });

  it('checks off the required parts of a report with thematic section titles, saying where each is', () => {
    const output = imports['2037-thematic.txt']!.output;
    const [one, two, three] = SHAPES.thematic.sections;
    expect(output).toContain(`  ✓ 上一年度推进法治政府建设的主要举措和成效：一、${one!.title}；二、${two!.title}；三、${three!.title}`);
    expect(output).toContain('  ✓ 上一年度推进法治政府建设存在的不足和原因：四、存在的问题');
    expect(output).toMatch(/ {2}✓ 上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况：三（一）主要负责人带头履职/);
    expect(output).toContain('  ✓ 下一年度推进法治政府建设的主要安排：五、下一步工作打算');
    expect(output).toMatch(/ {2}✗ 其他需要报告的情况：未找到/);
    expect(output).not.toContain('应当包含');
  });

  it('leaves the 2024 report exactly as it was', async () => {
    expect(await hashTree(path.join(dir, 'content', '2024'))).toBe(
      await hashTree(path.join(projectRoot, 'content', '2024')),
    );
    for (const page of ['2024/', '2024/1/', '2024/2/', '2024/3/', '2024/full/']) {
      const copy = selectOne(await readPage(page, path.join(dir, 'dist')), 'article');
      const original = selectOne(await readPage(page), 'article');
      expect(readableText(copy), page).toBe(readableText(original));
    }
  });
});

describe('importing a document that cannot be published', () => {
  let dir: string;
  let inputs: string;

  beforeAll(async () => {
    dir = await copyProject();
    inputs = await mkdtemp(path.join(tmpdir(), 'fzbg-bad-'));
  });

  const BAD_INPUTS: {
    name: string;
    bytes: () => Promise<Uint8Array> | Uint8Array;
    message: RegExp;
    args?: string[];
  }[] = [
    { name: 'empty.txt', bytes: () => new Uint8Array(), message: /empty\.txt 是空文件[\s\S]*is empty/ },
    { name: 'empty.docx', bytes: () => new Uint8Array(), message: /empty\.docx 是空文件[\s\S]*is empty/ },
    {
      name: 'no-headings.txt',
      bytes: () => new TextEncoder().encode('关于加强法治建设的通知\n　　各部门：请认真学习。\n　　特此通知。\n'),
      message: /找不到“一、”“二、”这样的章节标题[\s\S]*No section headings/,
    },
    {
      name: 'picture.docx',
      bytes: async () =>
        new Uint8Array(await readFile(path.join(projectRoot, 'node_modules/astro/package.json'))).map((b, i) =>
          i % 7 === 0 ? 0 : b,
        ),
      message: /picture\.docx 不是有效的 Word \.docx 文件[\s\S]*not a valid Word \.docx file/,
    },
    {
      name: 'binary.txt',
      bytes: () => Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256),
      message: /binary\.txt 不是纯文本文件[\s\S]*not a plain-text file/,
    },
    {
      name: '2024-again.txt',
      bytes: () => new TextEncoder().encode(plainText(fixtureReport(2025))),
      args: ['--year', '2024'],
      message: /content\/2024 已经存在[\s\S]*--force[\s\S]*already exists/,
    },
    { name: 'missing.docx', bytes: () => new Uint8Array(), args: ['--year', 'twenty'], message: /--year 应是四位年份/ },
    {
      name: 'bomb.docx',
      bytes: () => zipBombDocx(3),
      message: /bomb\.docx 解压后的内容超过上限[\s\S]*最大 100 MB[\s\S]*最多 32 MB[\s\S]*unpacks to more than the limit[\s\S]*100 MB[\s\S]*32 MB/,
    },
    {
      name: 'secret.txt',
      bytes: () => new TextEncoder().encode(['机密★1年', ...documentLines(fixtureReport(2029))].join('\n')),
      message: /第 1 段是密级标志“机密★1年”：这份文件不能公开[\s\S]*classification mark/,
    },
    {
      name: 'script.txt',
      bytes: () =>
        new TextEncoder().encode(
          [
            '新荣经济技术开发区2028年法治政府建设年度报告',
            '2028年，开发区依法行政{1+1}。',
            '一、主要举措和成效',
            '（一）防范注入。文中出现<script>alert("导入")</script>和{process.exit(1)}。',
            '新荣经济技术开发区管理委员会',
            '2028年12月8日',
          ].join('\n'),
        ),
      message: /文件 \S*script\.txt：第 4 段（“（一）防范注入[\s\S]*含有网页代码 <script>[\s\S]*〈〉[\s\S]*Paragraph 4[\s\S]*web markup/,
    },
  ];

  for (const input of BAD_INPUTS) {
    it(`refuses ${input.name} with a clear message and leaves content/ exactly as it was`, async () => {
      const file = path.join(inputs, input.name);
      await writeFile(file, await input.bytes());
      const before = await hashTree(path.join(dir, 'content'));
      const projectFolders = await readdir(dir);
      const result = await importReport(dir, [file, ...(input.args ?? [])]);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(input.message);
      expect(result.output).toContain('content/ 没有任何改动');
      expect(await hashTree(path.join(dir, 'content'))).toBe(before);
      expect(await readdir(dir), 'no temporary folder left beside content/').toEqual(projectFolders);
    });
  }

  it('asks staff to confirm a report of another kind, writing nothing until they do', async () => {
    const other = { ...fixtureReport(2027), title: '新荣经济技术开发区2027年政府信息公开工作年度报告' };
    const file = path.join(inputs, '2027-disclosure.txt');
    await writeFile(file, plainText(other));
    const before = await hashTree(path.join(dir, 'content'));
    const asked = await importReport(dir, [file]);
    expect(asked.code, asked.output).toBe(2);
    expect(asked.output).toContain('是政府信息公开工作年度报告，不是法治政府建设年度报告');
    expect(asked.output).toContain('report of another kind (政府信息公开工作年度报告)');
    expect(asked.output).toContain('--confirm-kind');
    expect(await hashTree(path.join(dir, 'content'))).toBe(before);
    const confirmed = await importReport(dir, [file, '--confirm-kind']);
    expect(confirmed.code, confirmed.output).toBe(0);
    expect(await readFile(path.join(dir, 'content/2027/report.mdx'), 'utf8')).toContain(`title: ${other.title}\n`);
  });

  it('replaces a year with --force, and only then, original included', async () => {
    const file = path.join(inputs, 'replacement.txt');
    await writeFile(file, plainText(fixtureReport(2025)));
    const result = await importReport(dir, [file, '--year', '2024', '--force']);
    expect(result.code, result.output).toBe(0);
    expect(await readFile(path.join(dir, 'content/2024/report.mdx'), 'utf8')).toContain('date: 2025年12月8日');
    expect(await readFile(path.join(dir, 'content/2024/original.txt'), 'utf8')).toBe(plainText(fixtureReport(2025)));
  });

  for (const [name, bytes] of [
    ['2040-joint.docx', () => gongwenDocx(jointlyIssued(fixtureReport(2040)))],
    ['2041-joint-gbk.txt', () => iconv.encode(plainText(jointlyIssued(fixtureReport(2041)), '\r\n'), 'gbk')],
    ['2042-joint-table.docx', () => gongwenDocx(jointlyIssued(fixtureReport(2042)), { signature: 'table' })],
  ] as const) {
    it(`publishes the joint signature of ${name} as its issuers, in order, and never as body text`, async () => {
      const report = jointlyIssued(fixtureReport(Number(name.slice(0, 4))));
      const file = path.join(inputs, name);
      await writeFile(file, await bytes());
      const result = await importReport(dir, [file]);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain(`发布机构 issuer:      ${report.issuers[0]}\n                      ${report.issuers[1]}\n`);
      const year = path.join(dir, 'content', String(report.year));
      expect(await readFile(path.join(year, 'report.mdx'), 'utf8')).toContain(
        `issuer:\n  - ${report.issuers[0]}\n  - ${report.issuers[1]}\ndate: ${report.date}\n`,
      );
      const last = await readFile(path.join(year, `${report.sections.length}.mdx`), 'utf8');
      for (const issuer of report.issuers) expect(last).not.toContain(issuer);
    });
  }

  it('starts a new year from the newest report’s joint issuers', async () => {
    const result = await runNode([path.join(dir, 'src/cli/new-report.ts'), '2043'], dir, TOOL_ENV);
    expect(result.code, result.output).toBe(0);
    const { issuers } = jointlyIssued(fixtureReport(2042));
    expect(await readFile(path.join(dir, 'content/2043/report.mdx'), 'utf8')).toContain(
      `issuer:\n  - ${issuers[0]}\n  - ${issuers[1]}\ndate: 2043年12月31日`,
    );
  });
});
