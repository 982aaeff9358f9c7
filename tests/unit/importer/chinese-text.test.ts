import { describe, expect, it } from 'vitest';
import {
  isTraditional,
  removeSpacesAroundNumbers,
  removeStraySpaces,
  stripPinyinAnnotations,
  toFullWidthPunctuation,
  toHalfWidthAlphanumerics,
  toSimplified,
} from '../../../src/importer/chinese-text.ts';

describe('Chinese text', () => {
  it('strips pinyin glosses but keeps real parentheses', () => {
    expect(stripPinyinAnnotations('新榮經(jīng)濟技術開發(fā)區(qū)')).toBe('新榮經濟技術開發區');
    expect(stripPinyinAnnotations('黨工委(擴大)會議')).toBe('黨工委(擴大)會議');
    expect(stripPinyinAnnotations('(一)在學法')).toBe('(一)在學法');
  });

  it('tells a traditional text from a simplified one', () => {
    expect(isTraditional('新榮經濟技術開發區2024年法治政府建設年度報告')).toBe(true);
    expect(isTraditional('新荣经济技术开发区2024年法治政府建设年度报告')).toBe(false);
    expect(isTraditional('法治政府建设年度报告，著力补短板')).toBe(false);
    expect(isTraditional('2024 ABC')).toBe(false);
  });

  it('converts traditional to simplified by phrase', () => {
    expect(toSimplified('法律顧問')).toBe('法律顾问');
    expect(toSimplified('黨紀')).toBe('党纪');
    expect(toSimplified('國家安全法')).toBe('国家安全法');
  });

  it('makes punctuation beside Chinese full-width and leaves numbers alone', () => {
    expect(toFullWidthPunctuation('2024年,新荣经开区坚持;报告如下:')).toBe('2024年，新荣经开区坚持；报告如下：');
    expect(toFullWidthPunctuation('党工委(扩大)会议')).toBe('党工委（扩大）会议');
    expect(toFullWidthPunctuation('(一)在学法')).toBe('（一）在学法');
    expect(toFullWidthPunctuation('版本 3.5, A:B (x)')).toBe('版本 3.5, A:B (x)');
  });

  it('removes layout spacing: indentation, alignment runs and tabs, spaces around punctuation', () => {
    expect(removeStraySpaces('　　法治政府建设 ')).toBe('法治政府建设');
    expect(removeStraySpaces('姓    名\u3000\u3000单位\t职务')).toBe('姓名单位职务');
    expect(removeStraySpaces('Word 文档')).toBe('Word 文档');
    expect(removeStraySpaces('效果 , 良好 ;( 扩大 ) 会议')).toBe('效果,良好;(扩大)会议');
    expect(removeStraySpaces('A , B')).toBe('A , B');
  });

  it('keeps one space between two Chinese phrases, as a slogan is written', () => {
    expect(removeStraySpaces('坚持依法行政 建设法治政府')).toBe('坚持依法行政 建设法治政府');
    expect(removeStraySpaces('坚持依法行政\u3000建设法治政府')).toBe('坚持依法行政 建设法治政府');
    expect(removeStraySpaces('口号：坚持依法行政 建设法治政府。')).toBe('口号：坚持依法行政 建设法治政府。');
  });

  it('sets numbers tight against Chinese characters but keeps spaces beside Latin words', () => {
    expect(removeSpacesAroundNumbers('开展活动 18 场，共\u30003\u00a0次')).toBe('开展活动18场，共3次');
    expect(removeSpacesAroundNumbers('版本 3.5 与 Word 文档')).toBe('版本3.5与 Word 文档');
    expect(removeSpacesAroundNumbers('3.5 4.5')).toBe('3.5 4.5');
  });

  it('writes full-width letters and digits half-width', () => {
    expect(toHalfWidthAlphanumerics('ＡＢＣ１２３')).toBe('ABC123');
  });
});
