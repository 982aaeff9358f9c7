/**
 * Reading across years: where the same section is in another year's report, for the year switch. Pure: it knows
 * reports only through the model.
 */
import type { Report, Section } from './model.ts';

/** A year in the year switch: where it leads, and whether it is the year being read. */
export interface YearLink {
  year: string;
  path: string;
  current: boolean;
}

/**
 * The section of `other` that corresponds to `section`: the one with the same title. Numbers are no guide, as a
 * year may add or drop a section (a 第一责任人 section of its own moves the plans from 三、 to 四、).
 */
export function sameSectionIn<Body>(section: Section<Body>, other: Report<unknown, Body>): Section<Body> | undefined {
  return other.sections.find((candidate) => candidate.title === section.title);
}

/** Every year, newest first, leading to the same section where that year has one, else to its report page. */
export function yearSwitchLinks<Body>(
  reports: ReadonlyArray<Report<unknown, Body>>,
  year: string,
  section?: Section<Body>,
): YearLink[] {
  return reports.map((report) => ({
    year: report.year,
    path: report.year === year ? (section?.path ?? report.path) : ((section && sameSectionIn(section, report)?.path) ?? report.path),
    current: report.year === year,
  }));
}
