/**
 * Reads the content collections once per build and hands the assembled report model to pages.
 * The only module under src/lib that talks to Astro.
 */
import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { EDITIONS, SIMPLIFIED, type Edition } from '../editions/editions.ts';
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

async function loadReports(edition: Edition): Promise<SiteReport[]> {
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
  const assembled = assembleReports(reports, sections, edition.prefix);
  checkPlanAnswers(assembled);
  return assembled;
}

const cached = new Map<Edition, Promise<SiteReport[]>>();

/** Every report on the site, newest first, with the paths of the given edition. */
export function getReports(edition: Edition = SIMPLIFIED): Promise<SiteReport[]> {
  if (!cached.has(edition)) cached.set(edition, loadReports(edition));
  return cached.get(edition)!;
}

interface Route<Params, Props> {
  params: Params;
  props: Props;
}

/**
 * The static paths of a route in every edition: `make` lists the routes of one edition from that edition's
 * reports; each gets the edition's [...edition] parameter (pages read the edition from Astro.locals.route).
 */
export async function inEveryEdition<Params extends Record<string, string>, Props>(
  make: (reports: SiteReport[], edition: Edition) => Array<Route<Params, Props>>,
): Promise<Array<Route<Params & { edition: string | undefined }, Props>>> {
  const routes = [];
  for (const edition of EDITIONS) {
    for (const route of make(await getReports(edition), edition)) {
      routes.push({ params: { ...route.params, edition: edition.routeParam }, props: route.props });
    }
  }
  return routes;
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
