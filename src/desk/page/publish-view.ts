/** The 发布 button, which says why it cannot be pressed yet, and the progress of each step once it is. */
import { postPublish } from './api.ts';
import { bilingual, byId, fill, h } from './dom.ts';
import type { DeskState } from './state.ts';

let running = false;

export function renderPublish(state: DeskState, reload: () => void): void {
  if (running) return;
  const body = byId('publish').querySelector('.body')!;
  const blocked = state.blockers.length > 0;
  const button = h('button', { type: 'button', id: 'publish-button', class: 'primary', disabled: blocked, 'aria-describedby': 'publish-reasons' }, '发布');
  const reasons = blocked
    ? h('div', { id: 'publish-reasons' }, h('p', {}, '现在还不能发布，因为：'), h('ul', {}, ...state.blockers.map((b) => h('li', {}, bilingual(b)))))
    : h('p', { id: 'publish-reasons' }, `一切就绪。按“发布”将写入 content/${state.staged?.summary.year ?? ''}/、生成网站并打包，地址：${state.siteUrl}`);
  const progress = h('ol', { class: 'progress', 'aria-live': 'polite' });
  button.addEventListener('click', () => {
    running = true;
    button.setAttribute('disabled', '');
    const items = new Map(state.forms.publishSteps.map((step) => [step.key, h('li', { 'data-step': step.key, 'data-status': 'waiting' }, step.name)]));
    fill(progress, ...items.values());
    const outcome = h('div', { class: 'outcome', role: 'status' });
    body.append(outcome);
    void postPublish((line) => {
      const step = line['progress'] as { step: string; status: string; detail?: string } | undefined;
      if (step) {
        const item = items.get(step.step);
        item?.setAttribute('data-status', step.status);
        if (item && step.detail) item.append(h('span', { class: 'detail' }, `：${step.detail}`));
      }
      const failed = line['failed'] as { step: string; chinese: string; english: string; output: string } | undefined;
      if (failed) {
        items.get(failed.step)?.setAttribute('data-status', 'failed');
        fill(outcome, h('p', { class: 'problem' }, bilingual(failed)), failed.output ? h('pre', {}, failed.output) : false);
      }
      const published = line['published'] as { year: string; package: { file: string; sha256: string; manifest: string } } | undefined;
      if (published) {
        fill(
          outcome,
          h('p', { class: 'done' }, `${published.year} 年报告已发布到 dist/。请把下面的压缩包上传到网站服务器并解压：`),
          h('p', {}, h('code', {}, published.package.file)),
          h('p', {}, `SHA-256：`, h('code', {}, published.package.sha256)),
          h('p', {}, `文件清单（每个文件的 SHA-256）：`, h('code', {}, published.package.manifest)),
        );
      }
    })
      .catch((error: unknown) => fill(outcome, h('p', { class: 'problem' }, String(error))))
      .finally(() => {
        running = false;
        const done = h('button', { type: 'button' }, '完成');
        done.addEventListener('click', reload);
        outcome.append(done);
      });
  });
  fill(body, button, reasons, progress);
}
