/** The desk's state as the server sends it (src/desk/server/desk-state.ts); types only, erased when served. */
export interface Message {
  chinese: string;
  english: string;
}

export interface ParagraphPlace {
  section: number;
  anchor?: string;
  words: string;
}

export interface Summary {
  format: string;
  year: string;
  title: string;
  issuers: string[];
  date?: string;
  opening: number;
  sections: Array<{ label: string; title: string; subsections: number; paragraphs: number; characters: number }>;
  paragraphs: number;
  tables: number;
  characters: number;
  parts: Array<{ name: string; english: string; places: string[] }>;
  dropped: string[];
  warnings: Array<Message & { place?: ParagraphPlace }>;
  unfinished: string[];
}

export interface Hit {
  id: string;
  label: string;
  where: string;
  match: string;
  before: string;
  after: string;
  confirmedBy: string;
}

export interface ReviewStage {
  name: string;
  date: string;
}

export interface Review {
  stages: Record<string, ReviewStage>;
  secrecy: ReviewStage & { confirmed: boolean };
}

export interface Changes {
  sectionsAdded: string[];
  sectionsRemoved: string[];
  sectionsRetitled: Array<{ before: string; after: string }>;
  paragraphs: Array<{ section: number; kind: 'added' | 'removed' | 'changed'; before?: string; after?: string }>;
  counts: { added: number; removed: number; changed: number };
}

export interface Staged {
  fileName: string;
  summary: Summary;
  replacing: boolean;
  changes?: Changes;
  facts: Record<string, string>;
  factErrors: Array<Message & { field: string }>;
  preview?: { ok: boolean; ms: number; output: string };
  hits: Hit[];
  review: Review;
  reviewProblems: Array<Message & { field: string }>;
}

export interface DeskState {
  firstRun: boolean;
  siteUrl: string;
  years: string[];
  previewOrigin: string;
  maxUploadMb: number;
  forms: {
    facts: Array<{ field: string; label: string; example: string }>;
    stages: Array<{ key: string; name: string }>;
    site: Array<{ field: string; label: string }>;
    columnTypes: string[];
    publishSteps: Array<{ key: string; name: string; english: string }>;
  };
  siteFields: Record<string, string>;
  lastPublish?: { time: string; year: string; package: { file: string; sha256: string; manifest: string; files: number } };
  staged?: Staged;
  blockers: Message[];
}
