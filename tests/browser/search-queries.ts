/**
 * The search quality suite: what residents type, and the subsection that must come first. Each expected
 * answer was read off the report, not off the search. A query found failing later joins this list.
 * `expect` is the anchor of the subsection (1-3 = 一、 section, （三） subsection), or 'opening' for the
 * report's opening paragraph on /2024/.
 */
export interface SuiteQuery {
  query: string;
  expect: string;
  kind:
    | 'word'
    | 'phrase'
    | 'question'
    | 'number'
    | 'traditional'
    | 'several words'
    | 'quoted'
    | 'unspaced words'
    | 'paraphrase'
    | 'pasted';
}

export const SEARCH_SUITE: SuiteQuery[] = [
  { query: '法律顾问', expect: '1-3', kind: 'word' },
  { query: '普法宣传', expect: '2-3', kind: 'word' },
  { query: '工伤保险条例', expect: '1-3', kind: 'word' },
  { query: '人民协调委员会', expect: '1-3', kind: 'word' },
  { query: '安全生产', expect: '1-3', kind: 'word' },
  { query: '第一议题', expect: '1-1', kind: 'word' },
  { query: '三重一大', expect: '1-2', kind: 'word' },
  { query: '八项规定', expect: '1-2', kind: 'word' },
  { query: '监督建议书', expect: '1-2', kind: 'word' },
  { query: '纪企直通', expect: '1-2', kind: 'word' },
  { query: '亲清政商关系', expect: '1-2', kind: 'phrase' },
  { query: '清风护航', expect: '1-2', kind: 'word' },
  { query: '警示教育', expect: '1-2', kind: 'word' },
  { query: '律师事务所', expect: '1-3', kind: 'word' },
  { query: '恒一律师事务所', expect: '1-3', kind: 'word' },
  { query: '行政执法大讲堂', expect: '1-3', kind: 'phrase' },
  { query: '国家安全法', expect: '1-3', kind: 'word' },
  { query: '人人讲安全', expect: '1-3', kind: 'phrase' },
  { query: '人人讲安全 个个会应急', expect: '1-3', kind: 'several words' },
  { query: '矛盾纠纷', expect: '1-3', kind: 'word' },
  { query: '悬挂横幅', expect: '2-3', kind: 'phrase' },
  { query: '人才匮乏', expect: '2-2', kind: 'phrase' },
  { query: '法律素养', expect: '2-2', kind: 'word' },
  { query: '理论联系实际', expect: '2-1', kind: 'phrase' },
  { query: '补短板', expect: '3-1', kind: 'phrase' },
  { query: '非公组织', expect: '3-1', kind: 'word' },
  { query: '微信公众号', expect: '3-3', kind: 'word' },
  { query: '自媒体', expect: '3-3', kind: 'word' },
  { query: '公平正义', expect: '3-3', kind: 'word' },
  { query: '岗位职责', expect: '3-2', kind: 'word' },
  { query: '法律手段', expect: '3-2', kind: 'word' },
  { query: '用法活动', expect: '3-2', kind: 'phrase' },
  { query: '党纪学习教育', expect: '1-2', kind: 'phrase' },
  { query: '纪律处分条例', expect: '1-2', kind: 'word' },
  { query: '民主集中制', expect: '1-2', kind: 'word' },
  { query: '反腐败', expect: '1-2', kind: 'word' },
  { query: '招投标', expect: '1-2', kind: 'word' },
  { query: '保守国家秘密法', expect: '1-1', kind: 'word' },
  { query: '学习强国', expect: '1-1', kind: 'word' },
  { query: '年终述法', expect: '1-1', kind: 'phrase' },
  { query: '省委巡视', expect: '1-1', kind: 'phrase' },
  { query: '营商环境', expect: '1-1', kind: 'word' },
  { query: '重大决策', expect: '1-3', kind: 'word' },
  { query: '规范性文件', expect: '1-3', kind: 'word' },
  { query: '法治环境', expect: '1-3', kind: 'word' },
  { query: '信息化', expect: '2-3', kind: 'word' },
  { query: '显著成效', expect: 'opening', kind: 'phrase' },
  { query: '依法履职', expect: 'opening', kind: 'word' },
  { query: '法律專業人才', expect: '2-2', kind: 'traditional' },
  { query: '法律顧問', expect: '1-3', kind: 'traditional' },
  { query: '黨紀', expect: '1-2', kind: 'traditional' },
  { query: '國家安全法', expect: '1-3', kind: 'traditional' },
  { query: '工傷保險條例', expect: '1-3', kind: 'traditional' },
  { query: '微信公眾號', expect: '3-3', kind: 'traditional' },
  { query: '普法宣傳', expect: '2-3', kind: 'traditional' },
  { query: '監督建議書', expect: '1-2', kind: 'traditional' },
  { query: '著力補短板', expect: '3-1', kind: 'traditional' },
  { query: '12次', expect: '1-1', kind: 'number' },
  { query: '１２次', expect: '1-1', kind: 'number' },
  { query: '17次', expect: '1-1', kind: 'number' },
  { query: '8次', expect: '1-2', kind: 'number' },
  { query: '10余次', expect: '1-3', kind: 'number' },
  { query: '230余册', expect: '1-3', kind: 'number' },
  { query: '20周年', expect: '1-3', kind: 'number' },
  { query: '开发区聘请了哪家律师事务所', expect: '1-3', kind: 'question' },
  { query: '有哪些普法宣传方式', expect: '2-3', kind: 'question' },
  { query: '如何提升法治能力', expect: '3-2', kind: 'question' },
  { query: '工伤保险条例宣传了吗', expect: '1-3', kind: 'question' },
  { query: '开展了多少次理论中心组学习', expect: '1-1', kind: 'question' },
  { query: '法律顾问 合同', expect: '1-3', kind: 'several words' },
  { query: '普法 微信', expect: '3-3', kind: 'several words' },
  { query: '宪法 岗位职责', expect: '3-2', kind: 'several words' },
  { query: '警示教育 护航', expect: '1-2', kind: 'several words' },
  { query: '"人民协调委员会"', expect: '1-3', kind: 'quoted' },
  { query: '“第一议题”', expect: '1-1', kind: 'quoted' },
  { query: '"三晋先锋"', expect: '1-1', kind: 'quoted' },

  // Several words typed without spaces, apart in the text
  { query: '自媒体普法', expect: '3-3', kind: 'unspaced words' },
  { query: '法律顾问合同', expect: '1-3', kind: 'unspaced words' },
  { query: '警示教育护航', expect: '1-2', kind: 'unspaced words' },
  { query: '宪法岗位职责', expect: '3-2', kind: 'unspaced words' },
  { query: '横幅普法资料', expect: '2-3', kind: 'unspaced words' },
  { query: '微信公众号普法', expect: '3-3', kind: 'unspaced words' },
  { query: '律师事务所合同', expect: '1-3', kind: 'unspaced words' },
  { query: '招投标整治', expect: '1-2', kind: 'unspaced words' },
  { query: '安全生产手册', expect: '1-3', kind: 'unspaced words' },
  { query: '工伤保险纪念活动', expect: '1-3', kind: 'unspaced words' },
  { query: '执法人员素养', expect: '2-2', kind: 'unspaced words' },
  { query: '行政审批企业服务', expect: '3-3', kind: 'unspaced words' },
  { query: '个人自学集体学习', expect: '3-1', kind: 'unspaced words' },
  { query: '入企宣传', expect: '1-3', kind: 'unspaced words' },
  { query: '党员干部观摩学习', expect: '1-2', kind: 'unspaced words' },
  { query: '专题研讨党纪', expect: '1-2', kind: 'unspaced words' },

  // Questions wrapped in conversational filler
  { query: '有没有法律顾问', expect: '1-3', kind: 'question' },
  { query: '自媒体普法怎么做', expect: '3-3', kind: 'question' },
  { query: '普法覆盖面不够', expect: '2-3', kind: 'question' },
  { query: '开展了几次警示教育', expect: '1-2', kind: 'question' },
  { query: '领导班子有没有述法', expect: '1-1', kind: 'question' },
  { query: '下发了多少份监督建议书', expect: '1-2', kind: 'question' },
  { query: '普法宣传方式为什么要创新', expect: '2-3', kind: 'question' },
  { query: '如何化解矛盾纠纷', expect: '1-3', kind: 'question' },
  { query: '开发区怎么处理矛盾纠纷', expect: '1-3', kind: 'question' },
  { query: '有哪些平台学习法律知识', expect: '1-1', kind: 'question' },
  { query: '法律顾问是哪家律师事务所', expect: '1-3', kind: 'question' },
  { query: '工伤保险条例实施多少周年了', expect: '1-3', kind: 'question' },
  { query: '巡视反馈的问题整改了吗', expect: '1-1', kind: 'question' },
  { query: '请问非公组织怎么学法', expect: '3-1', kind: 'question' },
  { query: '法治队伍力量怎么样', expect: '2-2', kind: 'question' },

  // The reader's own words, sharing the report's distinctive word
  { query: '干部法律素养差', expect: '2-2', kind: 'paraphrase' },
  { query: '普法形式太单一', expect: '2-3', kind: 'paraphrase' },
  { query: '法律人才不够', expect: '2-2', kind: 'paraphrase' },
  { query: '缺少法律专业人员', expect: '2-2', kind: 'paraphrase' },
  { query: '网络普法不足', expect: '2-3', kind: 'paraphrase' },
  { query: '职工合法权益怎么保障', expect: '1-3', kind: 'paraphrase' },
  { query: '领导干部带头学法', expect: '1-1', kind: 'paraphrase' },
  { query: '矛盾纠纷调解', expect: '1-3', kind: 'paraphrase' },
  { query: '国家安全法宣传册', expect: '1-3', kind: 'paraphrase' },
  { query: '合同审查把关', expect: '1-3', kind: 'paraphrase' },

  // Half-sentences pasted from the report
  { query: '运用法治思维分析问题和解决问题的能力还需提高', expect: '2-1', kind: 'pasted' },
  { query: '现有普法宣传以悬挂横幅', expect: '2-3', kind: 'pasted' },
  { query: '行政执法人员的法律素养、专业知识与工作要求还有一定差距', expect: '2-2', kind: 'pasted' },
  { query: '扩大普法工作的覆盖面和影响力', expect: '3-3', kind: 'pasted' },
  { query: '聘请山西恒一律师事务所担任法律顾问', expect: '1-3', kind: 'pasted' },
  { query: '持续释放高压信号', expect: '1-2', kind: 'pasted' },
  { query: '机关党支部和非公组织跟进学', expect: '3-1', kind: 'pasted' },
  { query: '每一个环节都彰显法治力量', expect: '3-3', kind: 'pasted' },
  { query: '把法治建设、党风廉政建设等与业务工作一起部署', expect: '1-1', kind: 'pasted' },
  { query: '维护企业及职工合法权益', expect: '1-3', kind: 'pasted' },
  { query: '较为单一，覆盖面不广', expect: '2-3', kind: 'pasted' },
  { query: '增加与开发区密切相关的法律法规', expect: '3-2', kind: 'pasted' },
  { query: '全面推动学法工作进展', expect: '3-1', kind: 'pasted' },
  { query: '法律相关专业人员数量偏少', expect: '2-2', kind: 'pasted' },
  { query: '科学统筹安排开发区各项工作', expect: 'opening', kind: 'pasted' },
  { query: '对法律法规学习不够深入', expect: '2-1', kind: 'pasted' },

  // Traditional characters
  { query: '自媒體普法', expect: '3-3', kind: 'traditional' },
  { query: '幹部法律素養差', expect: '2-2', kind: 'traditional' },
  { query: '有沒有法律顧問', expect: '1-3', kind: 'traditional' },
  { query: '規範性文件', expect: '1-3', kind: 'traditional' },
  { query: '人民協調委員會', expect: '1-3', kind: 'traditional' },
  { query: '營商環境', expect: '1-1', kind: 'traditional' },
  { query: '紀律處分條例', expect: '1-2', kind: 'traditional' },
  { query: '學習強國', expect: '1-1', kind: 'traditional' },
  { query: '矛盾糾紛怎麼化解', expect: '1-3', kind: 'traditional' },
];

/** Queries none of whose words occur in the report: they must find nothing. */
export const NO_RESULT_QUERIES = ['qwerty', '区块链', '疫情防控', '招商引资', 'ABC123', 'ＡＢＣ１２３'];

/**
 * Topics the report does not cover, each sharing a word with it (法律, 行政, 安全, 保险, 社会, 工作…): they must
 * find nothing, although that word alone occurs in the report.
 */
export const ABSENT_TOPICS = [
  '诉讼',
  '行政诉讼',
  '医疗保障',
  '医疗保险',
  '法律援助',
  '有没有法律援助',
  '社会治安',
  '环境保护',
  '食品安全',
  '交通安全',
  '行政复议',
  '行政处罚',
  '法律文书',
  '知识产权',
  '养老保险',
  '信访工作',
  '企业破产',
  '教育收费',
  '公共卫生',
  '法律职业资格考试',
];
