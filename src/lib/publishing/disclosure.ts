/**
 * The 信息公开 facts table of a report, as government sites head a published document: 索引号, 主题分类, 发布机构,
 * 成文日期, 发布日期, 文号, in that order, each only when it is known. The same data gives PubDate (page-meta.ts).
 */
import { formatChineseDate, formatPublicationTime, type PublicationTime } from '../report/dates.ts';
import { issuersInOneLine, type DisclosureRecord } from '../report/model.ts';

export interface DisclosureFact {
  label: string;
  value: string;
  /** For a date: the machine-readable form, for <time datetime>. */
  datetime?: string | undefined;
}

/** The labels, as the table shows them. */
export const DISCLOSURE_LABELS = {
  indexNumber: '索引号',
  topic: '主题分类',
  issuers: '发布机构',
  signed: '成文日期',
  published: '发布日期',
  documentNumber: '文号',
} as const;

export interface DisclosedReport {
  issuers: readonly string[];
  /** ISO date of signature (成文日期) */
  date: string;
  disclosure: DisclosureRecord;
}

/** 2024-12-10T09:30, or 2024-12-10 without a time: valid in <time datetime>. */
export const publicationDatetime = ({ date, time }: PublicationTime): string => (time === undefined ? date : `${date}T${time}`);

export function disclosureFacts({ issuers, date, disclosure }: DisclosedReport): DisclosureFact[] {
  const { indexNumber, topic, documentNumber, published } = disclosure;
  const facts: Array<DisclosureFact | undefined> = [
    indexNumber === undefined ? undefined : { label: DISCLOSURE_LABELS.indexNumber, value: indexNumber },
    topic === undefined ? undefined : { label: DISCLOSURE_LABELS.topic, value: topic },
    { label: DISCLOSURE_LABELS.issuers, value: issuersInOneLine(issuers) },
    { label: DISCLOSURE_LABELS.signed, value: formatChineseDate(date), datetime: date },
    published === undefined
      ? undefined
      : { label: DISCLOSURE_LABELS.published, value: formatPublicationTime(published), datetime: publicationDatetime(published) },
    documentNumber === undefined ? undefined : { label: DISCLOSURE_LABELS.documentNumber, value: documentNumber },
  ];
  return facts.filter((fact) => fact !== undefined);
}
