/**
 * Reads the content collections once per build, renders each entry once, and hands the assembled report model,
 * the same for both editions, to pages. The only module under src/lib that talks to Astro.
 */
import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { EDITIONS } from '../editions/editions.ts';
import { mdxOutline, mdxPlainText } from './mdx-text.ts';
import { findOriginal } from './original.ts';
import { assembleReports, type Report, type Section, type SubsectionHeading } from './model.ts';
import type { MarkedFigure } from './figures.ts';
import type { SectionText } from './parts.ts';
import { checkPlanAnswers } from './across-years.ts';

type RenderedContent = Awaited<ReturnType<typeof render>>['Content'];

export interface ReportOpening {
  Content: RenderedContent;
  /** The opening paragraph as plain text, for the page description. */
  text: string;
}

export interface SectionBody {
  Content: RenderedContent;
  subsections: SubsectionHeading[];
  /** The section's words as plain text, for what needs them rather than its pages (search folding). */
  text: string;
  /** Its 数说 figures, as marked in its text by rehypeFigures. */
  figures: MarkedFigure[];
  /** Its title and text split by subsection, as the classifier of the required parts reads them. */
  outline: SectionText;
}

export type SiteReport = Report<ReportOpening, SectionBody>;
export type SiteSection = Section<SectionBody>;

/** content/2024/1.mdx → 2024 */
function yearOf(entry: CollectionEntry<'reports' | 'sections'>): string {
  return (entry.filePath ?? entry.id).split('/').at(-2) ?? '';
}

async function loadReports(): Promise<SiteReport[]> {
  const [reportEntries, sectionEntries] = await Promise.all([getCollection('reports'), getCollection('sections')]);
  const reports = await Promise.all(
    reportEntries.map(async (entry) => ({
      title: entry.data.title,
      issuers: entry.data.issuer,
      date: entry.data.date,
      answers: entry.data.answers,
      year: yearOf(entry),
      filePath: entry.filePath ?? entry.id,
      disclosure: {
        indexNumber: entry.data.indexNumber,
        topic: entry.data.topic,
        documentNumber: entry.data.documentNumber,
        published: entry.data.published,
      },
      original: findOriginal(path.dirname(entry.filePath ?? entry.id), yearOf(entry)),
      opening: { Content: (await render(entry)).Content, text: mdxPlainText(entry.body ?? '') },
    })),
  );
  const sections = await Promise.all(
    sectionEntries.map(async (entry) => {
      const { Content, headings, remarkPluginFrontmatter } = await render(entry);
      return {
        ...entry.data,
        year: yearOf(entry),
        filePath: entry.filePath ?? entry.id,
        body: {
          Content,
          subsections: headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
          text: mdxPlainText(entry.body ?? ''),
          figures: (remarkPluginFrontmatter['figures'] ?? []) as MarkedFigure[],
          outline: { number: entry.data.number, title: entry.data.title, ...mdxOutline(entry.body ?? '') },
        },
      };
    }),
  );
  const assembled = assembleReports(reports, sections);
  checkPlanAnswers(assembled);
  return assembled;
}

let loaded: Promise<SiteReport[]> | undefined;

/** Every report on the site, newest first. Its paths are free of editions: pages link them with Astro.locals.route.href. */
export function getReports(): Promise<SiteReport[]> {
  loaded ??= loadReports();
  return loaded;
}

interface Route<Params, Props> {
  params: Params;
  props: Props;
}

/**
 * The static paths of a route in every edition: `make` lists the routes from the reports, and each is made once
 * per edition with the edition's [...edition] parameter (pages read the edition from Astro.locals.route).
 */
export async function inEveryEdition<Params extends Record<string, string>, Props>(
  make: (reports: SiteReport[]) => Array<Route<Params, Props>>,
): Promise<Array<Route<Params & { edition: string | undefined }, Props>>> {
  const routes = make(await getReports());
  return EDITIONS.flatMap((edition) =>
    routes.map((route) => ({ params: { ...route.params, edition: edition.routeParam }, props: route.props })),
  );
}

/** The routes of a page that exists once per edition (home, search). */
export const editionRoutes = () => inEveryEdition((reports) => [{ params: {}, props: { reports } }]);

/** The routes of a page that exists once per report (whole text, poster). */
export const reportRoutes = () =>
  inEveryEdition((reports) => reports.map((report) => ({ params: { year: report.year }, props: { report } })));

/** The routes of a page that exists once per section (section page, its poster). */
export const sectionRoutes = () =>
  inEveryEdition((reports) =>
    reports.flatMap((report) =>
      report.sections.map((section) => ({
        params: { year: report.year, section: String(section.number) },
        props: { report, section },
      })),
    ),
  );
