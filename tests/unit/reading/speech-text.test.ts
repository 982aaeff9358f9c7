import { describe, expect, it } from 'vitest';
import { integerInWords, numberInWords, sentencesToSpeak, speakable } from '../../../src/lib/reading/speech-text.ts';

describe('text made ready to be read aloud', () => {
  it('cuts a paragraph into sentences after 。！？； and ……, closing marks staying with their sentence', () => {
    const text = '一是加强领导。二是“落实到位”。三是什么？四是；最后……结尾';
    const sentences = sentencesToSpeak(text);
    expect(sentences.map(({ start, end }) => text.slice(start, end))).toEqual(['一是加强领导。', '二是“落实到位”。', '三是什么？', '四是；', '最后……', '结尾']);
  });

  it('covers every character of the text, in order, leaving out only what has nothing to say', () => {
    const text = '（一）坚持党的领导。“”2024年';
    const sentences = sentencesToSpeak(text);
    expect(sentences.map(({ start, end }) => text.slice(start, end)).join('')).toBe(text);
    expect(sentencesToSpeak('　\n').length).toBe(0);
  });

  it('says book titles and quotations without their marks', () => {
    expect(speakable('学习《中华人民共和国宪法》和“八五”普法规划。')).toBe('学习中华人民共和国宪法和八五普法规划。');
    expect(speakable('‘双随机、一公开’')).toBe('双随机、一公开');
  });

  it('reads subsection numbers as numbers, and brackets and dashes as pauses', () => {
    expect(speakable('（一）坚持党的领导')).toBe('一、坚持党的领导');
    expect(speakable('（十二）其他')).toBe('十二、其他');
    expect(speakable('1.加强领导；2.完善制度')).toBe('一、加强领导；二、完善制度');
    expect(speakable('聘请法律顾问（以下简称“顾问”）。')).toBe('聘请法律顾问，以下简称顾问。');
    expect(speakable('一个目标——法治政府')).toBe('一个目标，法治政府');
  });

  it('reads years digit by digit and dates, counts and percentages as a person says them', () => {
    expect(speakable('2024年12月5日')).toBe('二〇二四年十二月五日');
    expect(speakable('2023—2024年')).toBe('二〇二三至二〇二四年');
    expect(speakable('完成率达98.5%，覆盖100％')).toBe('完成率达百分之九十八点五，覆盖百分之一百');
    expect(speakable('办理2件，第2次会议，聘请12名顾问，3—5天')).toBe('办理两件，第二次会议，聘请十二名顾问，三至五天');
    expect(speakable('经费3.5万元，共1,234件')).toBe('经费三点五万元，共一千二百三十四件');
  });

  it('writes whole numbers in words, reading codes with a leading zero digit by digit', () => {
    expect(['0', '7', '10', '15', '20', '101', '110', '1005', '10000', '10010', '20300', '100000000'].map(integerInWords)).toEqual([
      '零', '七', '十', '十五', '二十', '一百零一', '一百一十', '一千零五', '一万', '一万零一十', '二万零三百', '一亿',
    ]);
    expect(integerInWords('0352')).toBe('〇三五二');
    expect(numberInWords('0.25')).toBe('零点二五');
  });

  it('leaves words alone: the speech has every Chinese character of the text', () => {
    const text = '新荣经济技术开发区管理委员会坚持以习近平新时代中国特色社会主义思想为指导。';
    expect(speakable(text)).toBe(text);
  });
});
