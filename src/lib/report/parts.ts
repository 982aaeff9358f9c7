/**
 * The five parts 《法治政府建设与责任落实督察工作规定》第二十五条 asks of an annual report, written once, and
 * where a report tells each of them. The new-year skeleton lays the parts out as sections, the importer's
 * summary lists them as a checklist, and the site can find a part of a published report (its plans for the
 * next year, say) from its sections' titles and text. Pure: it knows sections only by number, title and text.
 */
import { sectionLabel, subsectionLabel } from './numbering.ts';

export interface RequiredPart {
  /** The part as the regulation words it. */
  name: string;
  /** The part as a section title in a new year's skeleton. */
  title: string;
  /** What the regulation asks for, as guidance to whoever writes the part. */
  guidance: string;
  /** The part in English, for bilingual messages. */
  english: string;
  /** The usual phrasings of the part in a section or subsection title. */
  pattern: RegExp;
  /** Reports often tell this part in a paragraph, not under a heading of its own: its text is searched too. */
  toldInText?: boolean;
}

const MEASURES: RequiredPart = {
  name: '上一年度推进法治政府建设的主要举措和成效',
  title: '主要举措和成效',
  guidance:
    '上一年度推进法治政府建设的主要举措和成效。每个方面写一个小标题（## 开头，不写“（一）”，网站自动编号），下面写正文段落。',
  english: 'the main measures and results',
  pattern: /举措|成效|成绩|做法|措施|主要工作|工作情况|工作开展|进展|基本情况|推进情况/,
};

export const REQUIRED_PARTS: readonly RequiredPart[] = [
  MEASURES,
  {
    name: '上一年度推进法治政府建设存在的不足和原因',
    title: '存在的不足和原因',
    guidance: '上一年度推进法治政府建设存在的不足和原因。每条不足写一个小标题（## 开头），下面写原因分析。',
    english: 'the shortcomings and their causes',
    pattern: /不足|存在的?(主要)?问题|问题(和|与|及)|差距|短板|薄弱/,
  },
  {
    name: '上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
    title: '党政主要负责人履行推进法治建设第一责任人职责情况',
    guidance: '上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。',
    english: 'how the principal leaders fulfilled their duty as first responsible persons for the rule of law',
    pattern: /第一责任人|主要负责人|主要领导|党政(主要)?负责/,
    toldInText: true,
  },
  {
    name: '下一年度推进法治政府建设的主要安排',
    title: '下一年度工作安排',
    guidance: '下一年度推进法治政府建设的主要安排。每项安排写一个小标题（## 开头），下面写具体措施。',
    english: "next year's plans",
    pattern:
      /下一步|下一年|下年度|明年|来年|今后|(\d{4}|[〇○零一二三四五六七八九]{4})年.{0,8}(安排|打算|计划|思路|目标)|工作安排|工作计划|工作打算|工作思路|主要安排|工作设想/,
  },
  {
    name: '其他需要报告的情况',
    title: '其他需要报告的情况',
    guidance: '其他需要报告的情况。没有需要报告的其他情况时，可删除本文件。',
    english: 'anything else to report',
    pattern: /其他(需要|应当|应)?(报告|说明)|其他(事项|情况)|需要报告的(其他)?(事项|情况)/,
  },
];

/** A section of a report as the classifier sees it: its number, title, text and subsections. */
export interface SectionText {
  /** 1 for 一、 */
  number: number;
  title: string;
  /** The section's paragraphs before its first subsection. */
  text: string;
  subsections: readonly { title: string; text: string }[];
}

/** Where a part is told: a section, or one of its subsections (numbered from 1). */
export interface PartPlace {
  section: number;
  title: string;
  subsection?: number;
}

export interface FoundPart {
  part: RequiredPart;
  /** In the report's order; empty when the report does not seem to tell the part. */
  places: PartPlace[];
}

/** 一、主要工作成效, or 一（三）强化第一责任人职责 for a subsection. */
export function partPlaceLabel(place: PartPlace): string {
  return place.subsection === undefined
    ? `${sectionLabel(place.section)}${place.title}`
    : `${sectionLabel(place.section).slice(0, -1)}${subsectionLabel(place.subsection)}${place.title}`;
}

/** Sections, else subsections, whose title uses the part's phrasing; else, where allowed, the first text that does. */
function placesOf(part: RequiredPart, sections: readonly SectionText[]): PartPlace[] {
  const bySection = sections.filter((s) => part.pattern.test(s.title)).map((s) => ({ section: s.number, title: s.title }));
  if (bySection.length > 0) return bySection;
  const bySubsection = sections.flatMap((s) =>
    s.subsections.flatMap((sub, i) =>
      part.pattern.test(sub.title) ? [{ section: s.number, title: sub.title, subsection: i + 1 }] : [],
    ),
  );
  if (bySubsection.length > 0 || part.toldInText !== true) return bySubsection;
  for (const s of sections) {
    if (part.pattern.test(s.text)) return [{ section: s.number, title: s.title }];
    const i = s.subsections.findIndex((sub) => part.pattern.test(sub.text));
    if (i !== -1) return [{ section: s.number, title: s.subsections[i]!.title, subsection: i + 1 }];
  }
  return [];
}

/**
 * Where a report tells each required part, in REQUIRED_PARTS' order. A section named for one of the other
 * parts is never counted as measures; when no section title names the measures, as in reports whose sections
 * are named by theme (一、坚持党的领导…，二、深化“放管服”改革…), the measures are the sections before the
 * first one that tells another part.
 */
export function findParts(sections: readonly SectionText[]): FoundPart[] {
  const others = REQUIRED_PARTS.filter((part) => part !== MEASURES).map((part) => ({
    part,
    places: placesOf(part, sections),
  }));
  const claimed = new Set(others.flatMap((found) => found.places.filter((p) => p.subsection === undefined).map((p) => p.section)));
  const unclaimed = sections.filter((s) => !claimed.has(s.number));
  const named = unclaimed.filter((s) => MEASURES.pattern.test(s.title));
  const firstOther = Math.min(...claimed);
  const thematic = unclaimed.filter((s) => s.number < firstOther);
  const measures = (named.length > 0 ? named : thematic).map((s) => ({ section: s.number, title: s.title }));
  return [{ part: MEASURES, places: measures }, ...others];
}
