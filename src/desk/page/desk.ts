/**
 * The desk's page: drop a file, read what the importer found, look at the preview, fill in the facts, deal
 * with the scan, record the review, publish. Every action goes to the desk's server, which answers with its
 * whole state; the page draws that state and keeps nothing of its own.
 */
import { DeskError, getState, postFile, postJson } from './api.ts';
import { bilingual, byId, fill } from './dom.ts';
import { formValues } from './forms.ts';
import { renderFacts, renderReview, renderScan, reviewInput } from './checks-view.ts';
import { renderPreview } from './preview-view.ts';
import { renderPublish } from './publish-view.ts';
import { renderSettings, wireSettings } from './settings-view.ts';
import type { DeskState } from './state.ts';
import { changesView, summaryView } from './summary-view.ts';

let state: DeskState | undefined;
let reviewSubmitted = false;
let stagedFile = '';

function showMessage(error: unknown): void {
  const slot = byId('desk-message');
  slot.hidden = false;
  fill(slot, error instanceof DeskError ? bilingual(error.message_) : String(error));
}

function clearMessage(): void {
  byId('desk-message').hidden = true;
}

function showView(): void {
  const wanted = state?.firstRun ? 'settings' : location.hash === '#settings' ? 'settings' : 'publish-desk';
  for (const view of document.querySelectorAll<HTMLElement>('.view')) view.hidden = view.id !== wanted;
}

function render(next: DeskState): void {
  state = next;
  showView();
  renderSettings(next);
  byId('max-size').textContent = `${next.maxUploadMb} MB`;
  const staged = next.staged;
  byId('staged').hidden = !staged;
  const last = byId('last-publish');
  last.hidden = !next.lastPublish || Boolean(staged);
  if (next.lastPublish) {
    fill(last.querySelector('.body')!, `${next.lastPublish.year} 年报告，${new Date(next.lastPublish.time).toLocaleString('zh-CN')} 发布；压缩包 ${next.lastPublish.package.file}`);
  }
  if (!staged) return;
  if (stagedFile !== `${staged.fileName}:${staged.summary.title}`) {
    // A new file: its forms start from what the desk holds for it.
    stagedFile = `${staged.fileName}:${staged.summary.title}`;
    for (const id of ['facts-form', 'review-form']) fill(byId(id).querySelector('.fields')!);
    reviewSubmitted = false;
  }
  fill(byId('summary').querySelector('.body')!, ...summaryView(staged.fileName, staged.summary));
  const changes = byId('changes');
  changes.hidden = !staged.changes;
  if (staged.changes) fill(changes.querySelector('.body')!, ...changesView(staged.summary.year, staged.changes));
  renderPreview(next.previewOrigin, staged);
  renderFacts(next, staged);
  renderScan(staged, apply);
  renderReview(next, staged, reviewSubmitted);
  renderPublish(next, () => void refresh());
}

function apply(value: unknown): void {
  clearMessage();
  render(value as DeskState);
  // While the preview is being built, wait for it and draw again.
  if ((value as DeskState).staged && !(value as DeskState).staged?.preview) {
    void getState('/api/preview').then((after) => render(after as DeskState), showMessage);
  }
}

async function refresh(): Promise<void> {
  apply(await getState());
}

async function stage(file: File): Promise<void> {
  clearMessage();
  try {
    apply(await postFile(file));
  } catch (error) {
    showMessage(error);
  }
}

function wire(): void {
  const zone = byId('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void stage(file);
  });
  const input = byId<HTMLInputElement>('file-input');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void stage(file);
    input.value = '';
  });
  byId<HTMLFormElement>('facts-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void postJson('/api/facts', formValues(event.currentTarget as HTMLFormElement)).then(apply, showMessage);
  });
  byId<HTMLFormElement>('review-form').addEventListener('submit', (event) => {
    event.preventDefault();
    reviewSubmitted = true;
    void postJson('/api/review', reviewInput(event.currentTarget as HTMLFormElement)).then(apply, showMessage);
  });
  wireSettings(apply, showMessage);
  window.addEventListener('hashchange', showView);
}

wire();
void refresh().catch(showMessage);
