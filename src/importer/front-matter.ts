/**
 * The front matter of a year's content files, written with `yaml` and read back through the schemas the build
 * uses (src/lib/report/schema.ts): one home for the shape of report.mdx and <n>.mdx outside the build. Values
 * are plain Chinese where YAML allows it, as staff write them by hand, and quoted only where YAML needs it.
 */
import { Document, isMap, isScalar, parseDocument } from 'yaml';
import { formatChineseDate } from '../lib/report/dates.ts';
import { frontMatterProblems, reportSchema, type ReportFrontMatter } from '../lib/report/schema.ts';
import { PLACEHOLDER } from '../lib/report/unfinished.ts';
import * as messages from './messages.ts';
import { ImportError } from './source.ts';

/** What report.mdx says about the report; the date is ISO, or unknown until staff fill it in. */
export interface ReportIdentity {
  title: string;
  /** In the order of the signature; none when the document names none. */
  issuers: string[];
  date: string | undefined;
  documentNumber?: string | undefined;
}

/**
 * The date a report stands under until staff write its own: the last day of its year, marked 【待填写】 in a YAML
 * comment, so that the file builds for a preview and a publication build refuses it (src/lib/report/unfinished.ts).
 */
const UNKNOWN_DATE_NOTE = `${PLACEHOLDER}请改为报告的落款日期`;
const unknownDate = (year: string): string => `${year}年12月31日`;

/** No folding of long titles, no reflowing: a line of the file is a line staff can find. */
const WRITE_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

const fenced = (document: Document): string => `---\n${document.toString(WRITE_OPTIONS)}---`;

/** report.mdx's front matter: title, issuer (one as a value, several as a list), date, 文号 when there is one. */
export function reportFrontMatter(year: string, identity: ReportIdentity): string {
  const [only, ...more] = identity.issuers;
  const document = new Document({
    title: identity.title,
    issuer: only === undefined ? PLACEHOLDER : more.length === 0 ? only : identity.issuers,
    date: identity.date ? formatChineseDate(identity.date) : unknownDate(year),
    ...(identity.documentNumber ? { documentNumber: identity.documentNumber } : {}),
  });
  if (!identity.date) {
    const date = isMap(document.contents) ? document.contents.get('date', true) : undefined;
    if (isScalar(date)) date.comment = ` ${UNKNOWN_DATE_NOTE}`;
  }
  return fenced(document);
}

/** <n>.mdx's front matter. */
export function sectionFrontMatter(number: number, title: string): string {
  return fenced(new Document({ number, title }));
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The YAML between a file's --- lines, parsed; a file that has none, or broken YAML, is an ImportError naming it. */
function frontMatterData(text: string, file: string): unknown {
  const yaml = FENCE.exec(text)?.[1];
  if (yaml === undefined) throw new ImportError(messages.noFrontMatter(file));
  const document = parseDocument(yaml);
  const [error] = document.errors;
  if (error) throw new ImportError(messages.badFrontMatterYaml(file, error.message));
  return document.toJS();
}

/** report.mdx's front matter, checked as the build checks it. */
export function readReportFrontMatter(text: string, file: string): ReportFrontMatter {
  const result = reportSchema.safeParse(frontMatterData(text, file));
  if (!result.success) throw new ImportError(messages.badFrontMatter(file, frontMatterProblems(result.error)));
  return result.data;
}

