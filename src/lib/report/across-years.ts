/**
 * Reading across years: the same section in another year (the year switch), the previous year's plans beside this
 * year's report, and two years set side by side by statutory part. Pure: it knows reports through the model and
 * their parts through the one classifier, findParts in parts.ts.
 */
import { ContentError, type PlanAnswer, type Report, type Section, type SubsectionHeading } from './model.ts';
import { findParts, partPlaceLabel, REQUIRED_PARTS, type FoundPart, type PartPlace, type RequiredPart, type SectionText } from './parts.ts';

/** What this module needs of a section's body: its subsection headings and its text as the classifier reads it. */
export interface OutlinedBody {
  subsections: SubsectionHeading[];
  outline: SectionText;
}

type AnyReport<Body extends OutlinedBody> = Report<unknown, Body>;

/** A place in a report that a reader can go to: 三（一）在强化法治意识上再下功夫 → 2024/3/#3-1 */
export interface PlaceLink {
  /** Its anchor in the report: 3-1 for a subsection, 3 for a whole section. */
  anchor: string;
  label: string;
  path: string;
}

/** A year in the year switch: where it leads, and whether it is the year being read. */
export interface YearLink {
  year: string;
  path: string;
  current: boolean;
}

const partsCache = new WeakMap<object, FoundPart[]>();

/** Where the report tells each required part, in REQUIRED_PARTS' order. */
export function partsOf<Body extends OutlinedBody>(report: AnyReport<Body>): FoundPart[] {
  let parts = partsCache.get(report);
  if (!parts) {
    parts = findParts(report.sections.map((section) => section.body.outline));
    partsCache.set(report, parts);
  }
  return parts;
}

/** The part a whole section tells, if any. */
function partOfSection<Body extends OutlinedBody>(report: AnyReport<Body>, number: number): RequiredPart | undefined {
  return partsOf(report).find(({ places }) => places.some((p) => p.section === number && p.subsection === undefined))?.part;
}

/**
 * The section of `other` that corresponds to `section` of `report`: the one with the same title, else the first
 * that tells the same required part. Numbers are no guide, as a year may add or drop a section.
 */
export function sameSectionIn<Body extends OutlinedBody>(
  report: AnyReport<Body>,
  section: Section<Body>,
  other: AnyReport<Body>,
): Section<Body> | undefined {
  const byTitle = other.sections.find((candidate) => candidate.title === section.title);
  if (byTitle) return byTitle;
  const part = partOfSection(report, section.number);
  if (!part) return undefined;
  return other.sections.find((candidate) => partOfSection(other, candidate.number) === part);
}

/** Every year, newest first, leading to the same section where that year has one, else to its report page. */
export function yearSwitchLinks<Body extends OutlinedBody>(
  reports: ReadonlyArray<AnyReport<Body>>,
  report: AnyReport<Body>,
  section?: Section<Body>,
): YearLink[] {
  return reports.map((other) => {
    const same = other === report ? section : section && sameSectionIn(report, section, other);
    return { year: other.year, path: same?.path ?? other.path, current: other === report };
  });
}

/** The report published before this one, if any (reports are newest first). */
export function previousReport<R extends { year: string }>(reports: readonly R[], report: R): R | undefined {
  return reports[reports.indexOf(report) + 1];
}

/** The places a part is told at, as links: a section's subsections (or the section, when it has none), or a subsection. */
function placeLinks<Body extends OutlinedBody>(report: AnyReport<Body>, place: PartPlace): PlaceLink[] {
  const section = report.sections.find((s) => s.number === place.section);
  if (!section) return [];
  const subsections = section.body.subsections;
  const link = (heading: SubsectionHeading) => ({ anchor: heading.id, label: heading.text, path: `${section.path}#${heading.id}` });
  if (place.subsection !== undefined) {
    const heading = subsections[place.subsection - 1];
    return heading ? [{ ...link(heading), label: partPlaceLabel(place) }] : [];
  }
  if (subsections.length > 0) return subsections.map(link);
  return [{ anchor: String(section.number), label: `${section.label}${section.title}`, path: section.path }];
}

const PLANS = REQUIRED_PARTS[3]!;

/** A report's plans for the next year: the subsections of the part the classifier finds as 下一年度主要安排. */
export function plansOf<Body extends OutlinedBody>(report: AnyReport<Body>): PlaceLink[] {
  const places = partsOf(report).find(({ part }) => part === PLANS)?.places ?? [];
  return places.flatMap((place) => placeLinks(report, place));
}

/** A place of this report by its anchor: 1-2 is section 1, subsection 2; 1 is section 1. */
function placeByAnchor<Body extends OutlinedBody>(report: AnyReport<Body>, anchor: string): PlaceLink | undefined {
  const [sectionNumber, subsection] = anchor.split('-').map(Number);
  const section = report.sections.find((s) => s.number === sectionNumber);
  if (!section) return undefined;
  if (subsection === undefined) return { anchor, label: `${section.label}${section.title}`, path: section.path };
  const heading = section.body.subsections[subsection - 1];
  if (!heading) return undefined;
  const title = section.body.outline.subsections[subsection - 1]?.title ?? heading.text;
  return { anchor, label: partPlaceLabel({ section: section.number, title, subsection }), path: `${section.path}#${heading.id}` };
}

/** A plan of the previous year with the parts of this year's report that staff said answer it. */
export interface TrackedPlan extends PlaceLink {
  answeredBy: PlaceLink[];
}

/** The previous year's plans, each with what answers it in this report; undefined for the first year. */
export function previousYearPlans<Body extends OutlinedBody>(
  reports: ReadonlyArray<AnyReport<Body>>,
  report: AnyReport<Body>,
): { report: AnyReport<Body>; plans: TrackedPlan[] } | undefined {
  const previous = previousReport(reports, report);
  if (!previous) return undefined;
  const plans = plansOf(previous).map((plan) => ({
    ...plan,
    answeredBy: report.answers.filter((a) => a.plan === plan.anchor).flatMap((a) => placeByAnchor(report, a.section) ?? []),
  }));
  return { report: previous, plans };
}

/** Stops the build when an `answers` entry names a plan or a section that does not exist. */
export function checkPlanAnswers<Body extends OutlinedBody>(reports: ReadonlyArray<AnyReport<Body>>): void {
  for (const report of reports) {
    if (report.answers.length === 0) continue;
    const previous = previousReport(reports, report);
    const plans = previous ? plansOf(previous).map((plan) => plan.anchor) : [];
    for (const answer of report.answers) answerError(report, previous, plans, answer);
  }
}

function answerError<Body extends OutlinedBody>(
  report: AnyReport<Body>,
  previous: AnyReport<Body> | undefined,
  plans: string[],
  { plan, section }: PlanAnswer,
): void {
  const fail = (chinese: string, english: string) => {
    throw new ContentError(report.filePath, 'answers', chinese, english);
  };
  if (!previous) {
    fail(
      `${report.year} 年之前没有报告，没有上年工作安排可以对应。请删除 answers。`,
      `There is no report before ${report.year}, so there are no plans to answer: remove answers.`,
    );
  } else if (!plans.includes(plan)) {
    fail(
      `plan: ${plan} 不是 ${previous.year} 年报告中的工作安排。可用的有：${plans.join('、') || '（无）'}（即上年报告中该安排网址 # 后的编号）。`,
      `plan: ${plan} is not one of the plans of the ${previous.year} report. Use one of: ${plans.join(', ') || '(none)'} (what follows # in the plan's address in last year's report).`,
    );
  } else if (!placeByAnchor(report, section)) {
    fail(
      `section: ${section} 在 ${report.year} 年报告中不存在。请写本年报告的章节或小节编号，如 1 或 1-2。`,
      `section: ${section} does not exist in the ${report.year} report. Write a section or subsection of this report, such as 1 or 1-2.`,
    );
  }
}

/** One statutory part in two years, oldest first: where each year tells it. */
export interface PartSideBySide {
  part: RequiredPart;
  years: Array<{ year: string; places: PlaceLink[] }>;
}

/** Two reports side by side by statutory part, oldest first; a part neither year tells is left out. */
export function partsSideBySide<Body extends OutlinedBody>(older: AnyReport<Body>, newer: AnyReport<Body>): PartSideBySide[] {
  const [olderParts, newerParts] = [partsOf(older), partsOf(newer)];
  return REQUIRED_PARTS.map((part, i) => ({
    part,
    years: [
      { year: older.year, places: olderParts[i]!.places.flatMap((place) => placeLinks(older, place)) },
      { year: newer.year, places: newerParts[i]!.places.flatMap((place) => placeLinks(newer, place)) },
    ],
  })).filter(({ years }) => years.some(({ places }) => places.length > 0));
}
