/**
 * What the desk holds between requests: the year staged from the file staff dropped, with its 信息公开 facts,
 * the scan's confirmations and the review record, and what still stands in the way of publishing. Nothing of
 * it is written to content/ until 发布 (publish/publish.ts); the staged year lives in memory and in the preview.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { yearChanges, yearText, type YearChanges } from './content-changes.ts';
import { readDeskSettings } from './desk-settings.ts';
import { factsOf, withFacts, type Facts, type FieldError } from './disclosure-facts.ts';
import { importDocument, reportTexts, type ContentFile, type ImportedYear, type OriginalFile } from './import-adapter.ts';
import { Preview, type PreviewResult } from './preview.ts';
import { sha256 } from './publish/site-package.ts';
import { emptyReview, reviewProblems, reviewYaml, REVIEW_FILE, type ReviewProblem, type ReviewRecord } from './review-record.ts';
import { scanTexts, unresolvedHits, type SensitiveHit } from './sensitive-scan.ts';

export interface StagedYear {
  fileName: string;
  sha256: string;
  imported: ImportedYear;
  /** Whether content/ has the year already: publishing replaces it. */
  replacing: boolean;
  /** What publishing would change in a year content/ has. */
  changes?: YearChanges;
  facts: Facts;
  hits: SensitiveHit[];
  /** Hit id → the name of who confirmed it is meant to be public. */
  confirmations: Map<string, string>;
  review: ReviewRecord;
  /** The preview of the current facts, once built. */
  preview?: PreviewResult;
}

/** Why 发布 cannot be pressed yet, each in Chinese and English. */
export interface Blocker {
  chinese: string;
  english: string;
}

export class Desk {
  staged: StagedYear | undefined;
  readonly preview: Preview;
  readonly projectDir: string;

  constructor(projectDir: string) {
    this.projectDir = projectDir;
    this.preview = new Preview(projectDir);
  }

  get contentDir(): string {
    return path.join(this.projectDir, 'content');
  }

  /** Reads a dropped file with the importer; a refused file leaves what was staged before as it was. */
  async stage(bytes: Uint8Array, fileName: string, year?: string): Promise<StagedYear> {
    const imported = importDocument(bytes, fileName, year);
    const folder = path.join(this.contentDir, imported.summary.year);
    const replacing = existsSync(folder);
    const existing = replacing ? await this.yearFiles(folder) : [];
    // A corrected file keeps the facts and the review already entered for the same year.
    const same = this.staged?.imported.summary.year === imported.summary.year ? this.staged : undefined;
    const report = existing.find((file) => file.name === 'report.mdx');
    const staged: StagedYear = {
      fileName,
      sha256: sha256(bytes),
      imported,
      replacing,
      ...(replacing ? { changes: yearChanges(yearText(existing), yearText(imported.files)) } : {}),
      facts: same?.facts ?? (report ? factsOf(report.content) : {}),
      hits: scanTexts(reportTexts(imported.report)),
      confirmations: new Map(),
      review: same?.review ?? emptyReview(),
    };
    for (const hit of staged.hits) {
      const name = same?.confirmations.get(hit.id);
      if (name) staged.confirmations.set(hit.id, name);
    }
    this.staged = staged;
    void this.rebuildPreview();
    return staged;
  }

  private async yearFiles(folder: string): Promise<ContentFile[]> {
    const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx'));
    return Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(folder, name), 'utf8') })));
  }

  /** The year's files as they would be written: content files with the facts, and the original. */
  contentFiles(staged: StagedYear): Array<ContentFile | OriginalFile> {
    return [...withFacts(staged.imported.files, staged.facts), staged.imported.original];
  }

  /** What publishing writes: the content files and the review record. */
  publishFiles(staged: StagedYear): Array<ContentFile | OriginalFile> {
    return [...this.contentFiles(staged), { name: REVIEW_FILE, content: reviewYaml(staged.review, this.confirmedHits(staged)) }];
  }

  confirmedHits(staged: StagedYear): Array<{ label: string; match: string; name: string }> {
    return staged.hits.flatMap((hit) => {
      const name = staged.confirmations.get(hit.id);
      return name ? [{ label: hit.label, match: hit.match, name }] : [];
    });
  }

  rebuildPreview(): Promise<PreviewResult> | undefined {
    const staged = this.staged;
    if (!staged) return undefined;
    delete staged.preview;
    const result = this.preview.build(staged.imported.summary.year, this.contentFiles(staged));
    void result.then((value) => {
      if (this.staged === staged && this.preview.result() === result) staged.preview = value;
    });
    return result;
  }

  setFacts(facts: Facts): Promise<PreviewResult> | undefined {
    if (!this.staged) return undefined;
    this.staged.facts = facts;
    return this.rebuildPreview();
  }

  factErrors(): FieldError[] {
    return this.staged?.preview?.errors ?? [];
  }

  reviewProblems(): ReviewProblem[] {
    return this.staged ? reviewProblems(this.staged.review) : [];
  }

  /** Everything that keeps 发布 from being pressed, in the order staff meet it on the page. */
  async blockers(): Promise<Blocker[]> {
    const staged = this.staged;
    if (!staged) return [{ chinese: '还没有放入报告文件。', english: 'No report file has been dropped yet.' }];
    const blockers: Blocker[] = [];
    if (!staged.preview) blockers.push({ chinese: '预览正在生成。', english: 'The preview is being built.' });
    else if (!staged.preview.ok) {
      blockers.push(
        staged.preview.errors.length > 0
          ? { chinese: '信息公开事项有误，见上方说明。', english: 'The 信息公开 facts have mistakes, shown above.' }
          : { chinese: '预览生成失败，见预览处的说明。', english: 'The preview build failed; see the message at the preview.' },
      );
    }
    if (staged.imported.summary.unfinished.length > 0) {
      blockers.push({ chinese: `报告中仍有【待填写】：${staged.imported.summary.unfinished.join('，')}。请改正原文后重新放入。`, english: 'The report still says 【待填写】; correct the document and drop it again.' });
    }
    const open = unresolvedHits(staged.hits, staged.confirmations).length;
    if (open > 0) blockers.push({ chinese: `敏感信息检查还有 ${open} 处未处理。`, english: `${open} hit(s) of the sensitive-data scan are not dealt with yet.` });
    if (reviewProblems(staged.review).length > 0) blockers.push({ chinese: '审核记录尚未填写完整。', english: 'The review record is not complete.' });
    if (!(await readDeskSettings(this.projectDir)).siteUrl) {
      blockers.push({ chinese: '尚未设置网站地址（在“设置”中填写一次即可）。', english: 'The site address is not set (enter it once under 设置).' });
    }
    return blockers;
  }
}
