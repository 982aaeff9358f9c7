import { describe, expect, it } from 'vitest';
import { figuresInText, LABEL_LIMIT } from '../../../src/lib/report/figures.ts';

const shown = (text: string) => figuresInText(text).map((f) => `${f.label} ${f.value}`);

describe('数说 figures in a paragraph', () => {
  it('takes a count with its measure word and labels it with what its clause counted', () => {
    expect(shown('依托平台督促学习，全年累计开展理论中心组学习12次、党工委（扩大）会议17次，把法治建设一起部署。')).toEqual([
      '理论中心组学习 12次',
      '党工委（扩大）会议 17次',
    ]);
  });

  it('labels a count that opens its clause with the words after it', () => {
    expect(shown('领导班子带头学法述法，6名班子成员进行了年终述法，对履职情况进行了总结。')).toEqual(['班子成员年终述法 6名']);
  });

  it('keeps 余 and 多, writes full-width digits half-width, and knows 周年, 人次, 万元 and %', () => {
    expect(shown('组织专题培训１５余次；接待群众3多人次；纪念《调解法》施行15周年；投入资金1.5万元；办结率100%。')).toEqual([
      '专题培训 15余次',
      '接待群众 3多人次',
      '《调解法》施行 15周年',
      '投入资金 1.5万元',
      '办结率 100%',
    ]);
  });

  it('labels a list ending in 等 by what follows it, and a verb before a title by the title', () => {
    expect(shown('参加执法大讲堂、学习贯彻法治思想强化执法能力等专题培训9次。下发《整改通知书》5份。')).toEqual([
      '专题培训 9次',
      '《整改通知书》 5份',
    ]);
  });

  it('shortens a run of titles to the first one and 等 when the label would be long', () => {
    expect(shown('发放《中华人民共和国行政处罚法》《安全生产宣传教育手册》300余册。')).toEqual(['《中华人民共和国行政处罚法》等 300余册']);
  });

  it('marks the count itself, so that the page can wrap it', () => {
    const text = '开展法律进企业活动8场。';
    const [figure] = figuresInText(text);
    expect(text.slice(figure!.start, figure!.end)).toBe('8场');
  });

  describe('leaves out', () => {
    it('years and dates', () => {
      expect(shown('2025年3月15日召开会议，2024年度工作全面完成。')).toEqual([]);
    });

    it('ordinals, list numbers and section numbers', () => {
      expect(shown('1.第3项工作开展检查。（2）完成第4批评估。第5次会议召开。')).toEqual([]);
    });

    it('numbers inside 《》 titles and “” names', () => {
      expect(shown('学习《关于推进法治建设的12条措施》《2024年普法规划》。')).toEqual([]);
      expect(shown('落实优化营商环境“30条”措施，开展“法律进企业”活动8场。')).toEqual(['“法律进企业”活动 8场']);
    });

    it('a number with no measure word, or one that is part of a code', () => {
      expect(shown('开通12345热线，编号A12次序不变，另有编号3')).toEqual([]);
    });

    it('ranges, approximations and durations', () => {
      expect(shown('每季度开展3至5次检查，约200人参加，培训300人以上，整改期限为3个月。')).toEqual([]);
    });

    it('a total after a list, whose count is not the last item’s', () => {
      expect(shown('开展集中学习、专题研讨共10次。')).toEqual([]);
    });

    it('a count whose label would be empty, one character or too long', () => {
      expect(shown('共12次。从3个方面推进。')).toEqual([]);
      const long = '深入推进依法行政全面提升执法能力水平专项活动';
      expect(long.length).toBeGreaterThan(LABEL_LIMIT);
      expect(shown(`开展${long}7场。`)).toEqual([]);
    });

    it('numbers written in Chinese numerals, which are names as often as counts', () => {
      expect(shown('贯彻党的二十届三中全会精神，落实中央八项规定，开展学习十二次。')).toEqual([]);
    });
  });
});
