/**
 * The real content/2024 against the scrape of the issued document (tests/reference): unlike the other site
 * tests, this one reads the build of content/ itself, since that is what is published.
 */
import { describe, expect, it } from 'vitest';
import { readableText, readPage as readBuiltPage, selectAll, selectOne } from '../support/dist.ts';
import { contentDistDir } from '../support/project.ts';
import { compareSentences, reference2024, sentenceKeys } from '../support/reference.ts';
import type { Root } from 'hast';
import { stripPinyinAnnotations, toSimplified } from '../../src/importer/chinese-text.ts';

/** A page of the build of content/, not of the fixture site. */
const readPage = (page: string) => readBuiltPage(page, contentDistDir);

const NO_DIFFERENCE = { missing: [], added: [], reordered: false };

/** The report's own words on a page: the heading, the report text and the signature, not the page furniture. */
function publishedText(page: Root): string {
  return selectAll('article h1, article .report-text, article .signature', page).map(readableText).join('\n');
}

describe('the published 2024 report keeps every sentence of the original', () => {
  it('reads the reference as a report of three sections', () => {
    expect(reference2024.sections).toHaveLength(3);
    expect(sentenceKeys(reference2024.all.join('\n')).length).toBeGreaterThan(30);
  });

  it('detects a dropped, an added and an altered sentence', () => {
    const text = toSimplified(stripPinyinAnnotations(reference2024.sections[1]!.join('\n')));
    expect(compareSentences(text.replace('运用法治思维分析问题和解决问题的能力还需提高。', ''), text).missing).toHaveLength(1);
    expect(compareSentences(`${text}\n开发区还举办了一次普法知识竞赛。`, text).added).toHaveLength(1);
    expect(compareSentences(text.replace('数量偏少', '数量充足'), text).missing).toHaveLength(1);
    expect(compareSentences(text, text)).toEqual(NO_DIFFERENCE);
  });

  it('has the title and opening paragraph on the report page', async () => {
    const page = await readPage('2024/');
    expect(compareSentences(publishedText(page), reference2024.front.join('\n'))).toEqual(NO_DIFFERENCE);
  });

  for (const [index, lines] of reference2024.sections.entries()) {
    it(`has section ${index + 1} word for word on its page`, async () => {
      const page = await readPage(`2024/${index + 1}/`);
      expect(compareSentences(publishedText(page), lines.join('\n'))).toEqual(NO_DIFFERENCE);
    });
  }

  it('has the whole report, signature and date included, on the full-text page', async () => {
    const page = await readPage('2024/full/');
    expect(compareSentences(publishedText(page), reference2024.all.join('\n'))).toEqual(NO_DIFFERENCE);
  });
});

describe('the published text is written as a careful editor would', () => {
  const pages = ['2024/', '2024/1/', '2024/2/', '2024/3/', '2024/full/'];

  it('uses full-width punctuation, simplified characters and no stray spaces', async () => {
    for (const path of pages) {
      const text = readableText(selectOne(await readPage(path), 'article'));
      expect(text, path).not.toMatch(/[,;:?!()]/);
      expect(text, path).not.toMatch(/\p{Script=Han}[ \u3000]+\p{Script=Han}/u);
      expect(toSimplified(text), path).toBe(text);
      expect(text, path).not.toMatch(/[Ａ-Ｚａ-ｚ０-９]/);
    }
  });

  it('writes 着力, not the Taiwan form 著力 that the scrape carried', async () => {
    const text = readableText(selectOne(await readPage('2024/3/'), 'article'));
    expect(text).toContain('着力补短板');
    expect(text).not.toContain('著力');
  });
});
