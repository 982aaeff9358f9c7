/**
 * The parts 《法治政府建设与责任落实督察工作规定》第二十五条 asks of an annual report, written once: the new-year
 * skeleton lays them out as sections, and the importer checks a document for them.
 */
export interface RequiredPart {
  /** The part as a section title in a new year's skeleton. */
  title: string;
  /** What the regulation asks for, as guidance to whoever writes the part. */
  guidance: string;
  /** The part in English, for bilingual messages. */
  english: string;
  /** The usual phrasings of the part in a section title. */
  pattern: RegExp;
  /** Reports often tell this part in a subsection or a paragraph rather than in a section of its own. */
  anywhere?: boolean;
}

export const REQUIRED_PARTS: readonly RequiredPart[] = [
  {
    title: '主要举措和成效',
    guidance:
      '上一年度推进法治政府建设的主要举措和成效。每个方面写一个小标题（## 开头，不写“（一）”，网站自动编号），下面写正文段落。',
    english: 'the main measures and results',
    pattern: /成效|举措|措施|主要工作|工作情况|进展/,
  },
  {
    title: '存在的不足和原因',
    guidance: '上一年度推进法治政府建设存在的不足和原因。每条不足写一个小标题（## 开头），下面写原因分析。',
    english: 'the shortcomings and their causes',
    pattern: /不足|问题|差距|短板/,
  },
  {
    title: '党政主要负责人履行推进法治建设第一责任人职责情况',
    guidance: '上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。',
    english: 'how the principal leaders fulfilled their duty as first responsible persons for the rule of law',
    pattern: /第一责任人|主要负责人|主要领导/,
    anywhere: true,
  },
  {
    title: '下一年度工作安排',
    guidance: '下一年度推进法治政府建设的主要安排。每项安排写一个小标题（## 开头），下面写具体措施。',
    english: "next year's plans",
    pattern: /下一步|下一年|明年|\d{4}年.{0,6}(安排|打算|计划|思路)|工作安排|工作计划|工作打算/,
  },
];

/** The required parts that neither a section title nor, where allowed, the report's text mentions. */
export function missingParts(sectionTitles: readonly string[], allText: string): RequiredPart[] {
  const titles = sectionTitles.join('\n');
  return REQUIRED_PARTS.filter(
    (part) => !part.pattern.test(titles) && !(part.anywhere === true && part.pattern.test(allText)),
  );
}
