import { describe, expect, it } from 'vitest';
import { toTraditionalHtml, toTraditionalText } from '../../../src/lib/editions/traditional.ts';

/**
 * Terms of the 2024 report with their forms in the Taiwan standard (臺灣正體), written out by hand from
 * the standard, not from the converter. The first group are characters whose form depends on the word.
 */
const TERMS: Array<[string, string]> = [
  ['着力补短板', '著力補短板'],
  ['党员干部', '黨員幹部'],
  ['干部职工', '幹部職工'],
  ['发放普法资料', '發放普法資料'],
  ['开发区', '開發區'],
  ['充分发挥', '充分發揮'],
  ['颁发实施', '頒發實施'],
  ['下发', '下發'],
  ['关于宪法的重要论述', '關於憲法的重要論述'],
  ['平台公司', '平臺公司'],
  ['现代化平台', '現代化平臺'],
  ['出台', '出臺'],
  ['230余册', '230餘冊'],
  ['10余次', '10餘次'],
  ['反腐败斗争', '反腐敗鬥爭'],
  ['党内政治生活的若干准则', '黨內政治生活的若干準則'],
  ['规范性文件', '規範性文件'],
  ['覆盖面', '覆蓋面'],
  ['集中整治', '集中整治'],
  ['取得了显著成效', '取得了顯著成效'],
  ['系列活动', '系列活動'],
  ['理论联系实际', '理論聯繫實際'],
  ['面临', '面臨'],
  ['新荣经济技术开发区管理委员会', '新榮經濟技術開發區管理委員會'],
  ['新荣经开区', '新榮經開區'],
  ['山西恒一律师事务所', '山西恆一律師事務所'],
  ['山西省司法厅', '山西省司法廳'],
  ['三晋先锋', '三晉先鋒'],
  ['学习强国', '學習強國'],
  ['习近平新时代中国特色社会主义思想', '習近平新時代中國特色社會主義思想'],
  ['党的二十届三中全会', '黨的二十屆三中全會'],
  ['《中国共产党纪律处分条例》', '《中國共產黨紀律處分條例》'],
  ['《中华人民共和国国家安全法》', '《中華人民共和國國家安全法》'],
  ['《工伤保险条例》', '《工傷保險條例》'],
  ['《保守国家秘密法》', '《保守國家秘密法》'],
  ['“亲”“清”政商关系', '“親”“清”政商關係'],
  ['“三重一大”制度', '“三重一大”制度'],
  ['中央八项规定精神', '中央八項規定精神'],
  ['法律顾问', '法律顧問'],
  ['人民协调委员会', '人民協調委員會'],
  ['矛盾纠纷', '矛盾糾紛'],
  ['微信公众号', '微信公眾號'],
  ['网络化', '網絡化'],
  ['悬挂横幅', '懸掛橫幅'],
  ['专业人才匮乏', '專業人才匱乏'],
  ['法律素养', '法律素養'],
  ['护航', '護航'],
  ['警示教育', '警示教育'],
];

describe('the traditional edition', () => {
  it(`writes ${TERMS.length} terms of the report in the Taiwan standard`, () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(40);
    const wrong = TERMS.filter(([simplified, traditional]) => toTraditionalText(simplified) !== traditional).map(
      ([simplified, traditional]) => `${simplified} → ${toTraditionalText(simplified)} (want ${traditional})`,
    );
    expect(wrong).toEqual([]);
  });

  it('converts the text and visible attributes of HTML, never code, data or markup', () => {
    const html = toTraditionalHtml(
      '<p title="开发区">开发区<a href="/2024/发" aria-label="干部">干部</a></p><script>var x = "开发区";</script>' +
        '<script type="application/json">{"发":"發"}</script><svg aria-label="二维码"><path d="M0 0"/></svg>',
    );
    expect(html).toContain('<p title="開發區">開發區<a href="/2024/发" aria-label="幹部">幹部</a></p>');
    expect(html).toContain('<script>var x = "开发区";</script>');
    expect(html).toContain('{"发":"發"}');
  });

  it('leaves text marked as simplified on purpose', () => {
    expect(toTraditionalHtml('<a lang="zh-CN" href="/">简体</a><span>简体</span>')).toBe('<a lang="zh-CN" href="/">简体</a><span>簡體</span>');
  });
});
