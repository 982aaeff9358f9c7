/**
 * What the search index holds: one record per subsection of the report text (and one for each report's
 * opening), taken from the built pages, so that a result is the subsection a reader wants, with its anchor.
 * Only what is inside [data-pagefind-body] counts; navigation, footers and contents never do.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export interface SearchRecord {
  /** Page URL with the subsection's anchor: /2024/1/#1-3 */
  url: string;
  /** The subsection's heading on the first line, so that its words are found too, then its text. */
  content: string;
  meta: {
    /** （三）在尊法普法中营造法治环境 */
    title: string;
    /** 一、主要工作成效; empty for a report's opening. */
    section: string;
    /** 新荣经济技术开发区2024年法治政府建设年度报告 */
    report: string;
    year: string;
  };
}

/** Text of an element as a reader sees it, leaving out parts marked data-pagefind-ignore. */
function visibleText(element: Element): string {
  const copy = structuredClone(element);
  for (const ignored of selectAll('[data-pagefind-ignore]', copy)) ignored.children = [];
  return toText(copy).replace(/\s+/g, ' ').trim();
}

/** The records of one built page; none when the page carries no report text. */
export function searchRecordsOfPage(tree: Root, pageUrl: string): SearchRecord[] {
  const body = select('[data-pagefind-body]', tree);
  if (!body) return [];
  const report = String(body.properties['dataReportTitle'] ?? '');
  const year = String(body.properties['dataReportYear'] ?? '');
  const heading = select('h1', body);
  const headingText = heading ? visibleText(heading) : '';
  const text = select('.report-text', body);
  if (!text) return [];

  const records: SearchRecord[] = [];
  let current: SearchRecord = {
    url: pageUrl,
    content: `${headingText}\n`,
    meta: { title: headingText, section: report === headingText ? '' : headingText, report, year },
  };
  const flush = () => {
    current.content = current.content.trim();
    if (current.content !== current.meta.title) records.push(current);
  };
  for (const child of text.children) {
    if (child.type !== 'element') continue;
    const subsectionHeading = child.tagName === 'h2' ? child : select(':scope > h2[id]', child);
    if (subsectionHeading) {
      flush();
      const title = visibleText(subsectionHeading);
      current = {
        url: `${pageUrl}#${String(subsectionHeading.properties['id'])}`,
        content: `${title}\n`,
        meta: { title, section: headingText, report, year },
      };
      continue;
    }
    current.content += `${visibleText(child)}\n`;
  }
  flush();
  return records;
}
