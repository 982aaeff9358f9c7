import { AlignmentType, Document, EndnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/importer/read-docx.ts';
import { ImportError, type SourceParagraph } from '../../../src/importer/source.ts';
import {
  FOOTNOTE,
  fixtureReport,
  gongwenDocx,
  jointlyIssued,
  withFootnote,
  withTextBox,
} from '../../support/report-fixtures.ts';
import { zipBombDocx } from '../../support/zip-bomb.ts';

describe('readDocx', () => {
  it('reads a 公文-style document into paragraphs and a table, in order', async () => {
    const report = fixtureReport(2025);
    const blocks = readDocx(await gongwenDocx(report), 'report.docx');
    const texts = blocks.map((b) => (b.kind === 'paragraph' ? b.text.trim() : `table:${b.rows.length}`));
    expect(texts[0]).toBe(report.title);
    expect(texts).toContain('一、主要举措和成效');
    expect(texts).toContain('table:3');
    expect(texts.at(-2)).toBe(report.issuers[0]);
    expect(texts.at(-1)).toBe(report.date);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[1]).toEqual(['行政检查', '126次', '双随机抽查']);
  });

  it('tells which opening words were set apart by font: 黑体, 楷体 or bold', async () => {
    const blocks = readDocx(await gongwenDocx(fixtureReport(2025)), 'report.docx');
    const paragraph = (start: string) =>
      blocks.find((b): b is SourceParagraph => b.kind === 'paragraph' && b.text.trim().startsWith(start));
    expect(paragraph('一、')).toMatchObject({ emphasized: '\u3000\u3000一、主要举措和成效' });
    expect(paragraph('（一）')).toMatchObject({ emphasized: '\u3000\u3000（一）在学法知法中提升法治思维。' });
    expect(paragraph('1.')?.emphasized).toMatch(/^\u3000\u30001\.第\d+项工作中,[^。]*。$/);
    expect(paragraph(fixtureReport(2025).opening.slice(0, 6))).toMatchObject({ emphasized: '' });
  });

  it('keeps XML-escaped characters and ignores Word heading styles', async () => {
    const doc = new Document({
      sections: [
        { children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('a < b & {c}')] })] },
      ],
    });
    expect(readDocx(await Packer.toBuffer(doc), 'x.docx')).toEqual([
      { kind: 'paragraph', text: 'a < b & {c}', emphasized: '' },
    ]);
  });

  it('keeps the numbers of headings that Word or WPS numbers automatically', async () => {
    const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
      level: n,
      format,
      text,
      alignment: AlignmentType.LEFT,
    });
    const numbered = (text: string, n: number, font = '仿宋_GB2312') =>
      new Paragraph({ numbering: { reference: 'gongwen', level: n }, children: [new TextRun({ text, font })] });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'gongwen',
            levels: [
              level(0, LevelFormat.CHINESE_COUNTING, '%1、'),
              level(1, LevelFormat.CHINESE_COUNTING, '（%2）'),
              level(2, LevelFormat.DECIMAL, '%3.'),
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            numbered('主要举措和成效', 0, '黑体'),
            numbered('学法。', 1, '楷体_GB2312'),
            numbered('第一条。', 2),
            numbered('第二条。', 2),
            numbered('用法。', 1),
            numbered('第一条。', 2),
            numbered('存在的不足和原因', 0, '黑体'),
            numbered('能力不足。', 1),
          ],
        },
      ],
    });
    const blocks = readDocx(await Packer.toBuffer(doc), 'numbered.docx');
    expect(blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '一、主要举措和成效',
      '（一）学法。',
      '1.第一条。',
      '2.第二条。',
      '（二）用法。',
      '1.第一条。',
      '二、存在的不足和原因',
      '（一）能力不足。',
    ]);
    expect(blocks[0]).toMatchObject({ emphasized: '一、主要举措和成效' });
  });

  it('refuses an empty file, an old .doc and a file that is not a .docx, naming the file and the fix', () => {
    expect(() => readDocx(new Uint8Array(), 'empty.docx')).toThrow(/empty\.docx 是空文件/);
    expect(() => readDocx(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.docx')).toThrow(
      /另存为.*\.docx[\s\S]*Save it as \.docx/,
    );
    expect(() => readDocx(new TextEncoder().encode('hello'), 'fake.docx')).toThrow(ImportError);
    expect(() => readDocx(new TextEncoder().encode('hello'), 'fake.docx')).toThrow(
      /fake\.docx 不是有效的 Word \.docx 文件[\s\S]*not a valid Word \.docx/,
    );
  });

  it('reads a text box once, after the paragraph it is anchored in, and keeps the text around it', async () => {
    const report = fixtureReport(2025);
    const heading = '（一）在学法知法中提升法治思维。';
    const docx = withTextBox(await gongwenDocx(report), heading, ['专栏：学法清单', '全年学法12次']);
    const texts = readDocx(docx, 'box.docx').flatMap((b) => (b.kind === 'paragraph' ? [b.text.trim()] : []));
    const at = texts.findIndex((text) => text.startsWith(heading));
    expect(texts[at]).toBe(`${heading}${report.sections[0]!.subsections[0]!.paragraphs[0]}`);
    expect(texts.slice(at + 1, at + 3)).toEqual(['专栏：学法清单', '全年学法12次']);
    expect(texts.filter((text) => text === '专栏：学法清单')).toHaveLength(1);
  });

  it('keeps footnotes and endnotes with the paragraph that refers to them, marked ① ② in its text', async () => {
    const report = withFootnote(fixtureReport(2025));
    const blocks = readDocx(await gongwenDocx(report), 'notes.docx');
    const noted = blocks.filter((b): b is SourceParagraph => b.kind === 'paragraph' && b.notes !== undefined);
    expect(noted).toHaveLength(1);
    expect(noted[0]?.text).toMatch(/^\u3000\u3000（一）在学法知法中提升法治思维。.*。①$/);
    expect(noted[0]?.notes).toEqual([`①${FOOTNOTE}`]);
    const endnote = new Document({
      endnotes: { 1: { children: [new Paragraph('尾注文字。')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('正文'), new EndnoteReferenceRun(1), new TextRun('。')] })] }],
    });
    expect(readDocx(await Packer.toBuffer(endnote), 'endnote.docx')).toEqual([
      { kind: 'paragraph', text: '正文①。', emphasized: '', notes: ['①尾注文字。'] },
    ]);
  });

  it('reads a signature table cell by cell, one line for each paragraph in a cell', async () => {
    const report = jointlyIssued(fixtureReport(2025));
    const blocks = readDocx(await gongwenDocx(report, { signature: 'table' }), 'table.docx');
    expect(blocks.at(-1)).toEqual({ kind: 'table', rows: [report.issuers, ['', report.date]] });
  });
});

describe('a .docx that unpacks to gigabytes', () => {
  it('is refused once its text passes the limit, naming the file and both limits in Chinese and English', () => {
    const bomb = zipBombDocx(3);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    expect(() => readDocx(bomb, 'bomb.docx')).toThrow(ImportError);
    expect(() => readDocx(bomb, 'bomb.docx')).toThrow(
      /^bomb\.docx 解压后的内容超过上限[\s\S]*最大 100 MB[\s\S]*最多 32 MB[\s\S]*\nbomb\.docx unpacks to more than the limit[\s\S]*100 MB[\s\S]*32 MB/,
    );
  });

  it('reads the same kind of archive when it unpacks to little: it is the size that is refused', () => {
    expect(readDocx(zipBombDocx(0), 'small.docx')).toEqual([]);
  });
});
