/**
 * 数说: the counts a report's text gives (12次, 4名, 230余册, 20周年), each with a short label taken from its own
 * clause (理论中心组学习 12次). Pure and conservative: a number is taken only when a measure word follows it and
 * nothing makes its meaning doubtful; years, dates, ordinals (第3项), list numbers (1.), ranges (3至5次),
 * approximations (约200人) and numbers inside 《》 titles or “” names (“30条”措施) are left out, and so is a figure
 * whose label would be empty or too long to be short.
 */

/** A figure found in a paragraph: where its count is, so that the page can mark it, and what the card shows. */
export interface FigureInText {
  /** Offsets of the count in the paragraph, its measure word included: 12次 */
  start: number;
  end: number;
  /** The count with its measure word, digits half-width: 10余次 */
  value: string;
  /** What was counted, from the count's clause: 理论中心组学习 */
  label: string;
}

/** Measure words after which a number counts something; longer ones first, so 人次 wins over 人. */
const MEASURE = '人次|场次|周年|万元|亿元|%|％|次|名|册|本|件|场|份|家|个|项|期|篇|条|部|起|户|批|所|处|人|元|张|套|台|轮|堂|课';

const COUNT = new RegExp(
  `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)(余|多)?(万|亿)?(${MEASURE})`,
  'g',
);

/** Right before a count: an ordinal, a range or an approximation, whose number is not a plain count. */
const DOUBTFUL_BEFORE = /(第|[0-9０-９][-－~～至到]|约|近|超过|超|逾|不少于|不足|不到|多达|将近|大约)$/;
/** Right after a count: an approximation (200人以上), or a duration (3个月, 3个工作日). */
const DOUBTFUL_AFTER = /^(以上|以下|左右|上下|月|年|工作日|小时|天)/;

/** Where a clause ends: a label never reaches past these (they do not count inside 《》 titles). */
const CLAUSE_BREAK = /[，,。；;：:！!？?、\n]/;

/** Words that open a clause without saying what was counted: 全年累计开展理论中心组学习 → 理论中心组学习. */
const LEADING_FILLER = /^(全年|年内|今年|本年度|累计|共计|合计|总计|共|先后|相继|持续|开展了?|组织了?|进行了?|参加了?|举办了?|召开了?|完成了?|共有|其中|同时|另外|此外)/;
/** Words that end a clause before its count: 参与企业达15家 → 参与企业. */
const TRAILING_FILLER = /(达到|达|共计|合计|总计|累计|共|为|有)$/;
/** Words inside a label after a count that carry no meaning of their own: 班子成员进行了年终述法 → 班子成员年终述法. */
const INNER_FILLER = /进行了|进行/g;
/** A short verb before a title says less than the title: 下发《监督建议书》 → 《监督建议书》. */
const VERB_BEFORE_TITLE = /^[^《》]{1,4}(?=《)/;
/** A clause that adds up items listed before it (集中学习、专题研讨共10次): the count is not the last item's. */
const TOTAL = /共|合计|总计|累计/;

/** A label longer than this is not short: the figure is left out rather than cut. */
export const LABEL_LIMIT = 16;

/** The ranges of the 《》 titles in a text, ends included. */
function titleRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/《[^《》]*》/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** The ranges of the “” names in a text (“三重一大”, “30条”): a number there names something rather than counting it. */
function nameRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/“[^“”]*”/g)].map((match) => [match.index, match.index + match[0].length]);
}

const inside = (ranges: Array<[number, number]>, at: number) => ranges.some(([from, to]) => at > from && at < to);

/** Where the clause holding the offset starts and ends. */
function clauseAround(text: string, titles: Array<[number, number]>, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !(CLAUSE_BREAK.test(text[start - 1]!) && !inside(titles, start - 1))) start -= 1;
  let end = to;
  while (end < text.length && !(CLAUSE_BREAK.test(text[end]!) && !inside(titles, end))) end += 1;
  return [start, end];
}

function stripRepeatedly(text: string, pattern: RegExp): string {
  let current = text;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(pattern, '');
  }
  return current;
}

/** 《甲》《乙》 told as 《甲》等 when the label would otherwise be too long. */
function shortenTitles(label: string): string {
  return label.length <= LABEL_LIMIT ? label : label.replace(/(《[^《》]*》)(《[^《》]*》)+/g, '$1等');
}

/** The label of a count, from the words before it in its clause, or after it when it opens the clause. */
function labelOf(before: string, after: string): string | undefined {
  const lead = stripRepeatedly(stripRepeatedly(before, LEADING_FILLER), TRAILING_FILLER);
  let label: string;
  if (lead !== '') {
    // 学习贯彻习近平法治思想强化行政执法能力建设等专题培训: what was counted is what follows 等.
    const afterList = lead.lastIndexOf('等');
    label = afterList > 0 && afterList < lead.length - 1 ? lead.slice(afterList + 1) : lead;
    label = label.replace(VERB_BEFORE_TITLE, '');
  } else {
    label = stripRepeatedly(after, LEADING_FILLER).replace(INNER_FILLER, '');
  }
  label = shortenTitles(label.trim());
  // One character (在3个方面 → 在) says nothing about what was counted.
  return label.length < 2 || label.length > LABEL_LIMIT ? undefined : label;
}

const HALF_WIDTH_DIGIT = (text: string) =>
  text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The figures of one paragraph, in the order they appear. */
export function figuresInText(text: string): FigureInText[] {
  const titles = titleRanges(text);
  const names = nameRanges(text);
  const figures: FigureInText[] = [];
  for (const match of text.matchAll(COUNT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (inside(titles, start) || inside(names, start)) continue;
    if (DOUBTFUL_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (DOUBTFUL_AFTER.test(text.slice(end))) continue;
    const [clauseStart, clauseEnd] = clauseAround(text, titles, start, end);
    const before = text.slice(clauseStart, start);
    if (text[clauseStart - 1] === '、' && TOTAL.test(before)) continue;
    const label = labelOf(before, text.slice(end, clauseEnd));
    if (label === undefined) continue;
    figures.push({ start, end, value: HALF_WIDTH_DIGIT(match[0]), label });
  }
  return figures;
}

/** A figure as marked in a section's text by rehypeFigures and handed to the pages. */
export interface MarkedFigure {
  value: string;
  label: string;
  /** The figure's own anchor on the section and whole-report pages: 1-2-f1 */
  anchor: string;
  /** The anchor of the subsection it is in (1-2), or of the section when it comes before any subsection. */
  place: string;
}

/** A figure on a report's card: where its sentence is, on its section's page. */
export interface ReportFigure {
  value: string;
  label: string;
  /** 2024/1/#1-1-f2, in the report's edition */
  path: string;
}

/** A report's figures in reading order, each with the path of its sentence. */
export function reportFigures(sections: ReadonlyArray<{ path: string; body: { figures: MarkedFigure[] } }>): ReportFigure[] {
  return sections.flatMap((section) =>
    section.body.figures.map((figure) => ({ value: figure.value, label: figure.label, path: `${section.path}#${figure.anchor}` })),
  );
}
