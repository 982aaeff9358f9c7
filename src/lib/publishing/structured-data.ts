/** schema.org data for search engines: each report is a Report published by its GovernmentOrganizations. */

export interface ReportFacts {
  title: string;
  /** Absolute URL of the report page. */
  url: string;
  /** Absolute URL of the whole text. */
  fullTextUrl: string;
  /** One office, or several for a joint report, in the order of the signature. */
  issuers: string[];
  /** ISO date, 2024-12-05 */
  date: string;
  description: string;
  /** The language of the page the data stands on: zh-CN, or zh-Hant in the traditional edition. */
  language: string;
}

export function reportStructuredData(report: ReportFacts): Record<string, unknown> {
  const issuers = report.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.title,
    headline: report.title,
    url: report.url,
    mainEntityOfPage: report.url,
    datePublished: report.date,
    inLanguage: report.language,
    description: report.description,
    author: issuers,
    publisher: issuers,
    hasPart: { '@type': 'WebPage', name: '全文', url: report.fullTextUrl },
  };
}

/** JSON for a <script type="application/ld+json"> element: '<' escaped so that the text can never close it. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
