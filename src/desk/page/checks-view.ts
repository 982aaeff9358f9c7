/** The facts form, the sensitive-data scan and the review record of the staged year. */
import { postJson } from './api.ts';
import { byId, fill, h } from './dom.ts';
import { fieldsView, formValues, showErrors } from './forms.ts';
import type { DeskState, Staged } from './state.ts';

export function renderFacts(state: DeskState, staged: Staged): void {
  const form = byId<HTMLFormElement>('facts-form');
  const fields = form.querySelector('.fields')!;
  if (!fields.hasChildNodes()) {
    fill(fields, ...fieldsView('facts', state.forms.facts.map((f) => ({ name: f.field, label: `${f.label}（${f.field}）`, example: f.example, value: staged.facts[f.field] ?? '' }))));
  }
  showErrors(form, staged.factErrors);
}

export function renderScan(staged: Staged, apply: (value: unknown) => void): void {
  const body = byId('scan').querySelector('.body')!;
  if (staged.hits.length === 0) {
    fill(body, h('p', {}, '全文中没有发现身份证号、手机号码、银行卡号、电子邮箱或密级标志。'));
    return;
  }
  const open = staged.hits.filter((hit) => !hit.confirmedBy).length;
  fill(
    body,
    h('p', {}, `发现 ${staged.hits.length} 处，还有 ${open} 处未处理。请逐处核对：不应公开的，请在原文中改正后重新放入文件；确属应当公开的，请填写确认人姓名。`),
    h(
      'ol',
      { class: 'hits' },
      ...staged.hits.map((hit) => {
        const name = h('input', { name: 'confirmedBy', value: hit.confirmedBy, 'aria-label': `确认“${hit.match}”可以公开的人的姓名` }) as HTMLInputElement;
        const button = h('button', { type: 'submit' }, hit.confirmedBy ? '更新确认' : '确认可以公开');
        const form = h('form', { class: 'confirm' }, name, button);
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          void postJson('/api/confirm', { id: hit.id, name: name.value }).then(apply);
        });
        return h(
          'li',
          { class: hit.confirmedBy ? 'confirmed' : 'open', 'data-hit': hit.id },
          h('strong', {}, `${hit.label}（${hit.where}）`),
          h('q', {}, `…${hit.before}`, h('mark', {}, hit.match), `${hit.after}…`),
          hit.confirmedBy ? h('p', {}, `已由 ${hit.confirmedBy} 确认可以公开。`) : false,
          form,
        );
      }),
    ),
  );
}

export function renderReview(state: DeskState, staged: Staged, showProblems: boolean): void {
  const form = byId<HTMLFormElement>('review-form');
  const fields = form.querySelector('.fields')!;
  if (!fields.hasChildNodes()) {
    const { review } = staged;
    fill(
      fields,
      ...state.forms.stages.flatMap((stage) =>
        fieldsView('review', [
          { name: `${stage.key}.name`, label: `${stage.name}人`, value: review.stages[stage.key]?.name ?? '', example: '姓名' },
          { name: `${stage.key}.date`, label: `${stage.name}日期`, value: review.stages[stage.key]?.date ?? '', example: '2025年12月8日' },
        ]),
      ),
      ...fieldsView('review', [
        { name: 'secrecy.name', label: '保密审查人', value: review.secrecy.name, example: '姓名' },
        { name: 'secrecy.date', label: '保密审查日期', value: review.secrecy.date, example: '2025年12月8日' },
        { name: 'secrecy.confirmed', label: '经保密审查，报告中没有不宜公开的内容', value: String(review.secrecy.confirmed), type: 'checkbox' },
      ]),
    );
  }
  showErrors(form, showProblems ? staged.reviewProblems : []);
}

/** The review form's values as the record the server reads. */
export function reviewInput(form: HTMLFormElement): unknown {
  const values = formValues(form);
  const stage = (key: string) => ({ name: values[`${key}.name`], date: values[`${key}.date`] });
  return {
    stages: { first: stage('first'), second: stage('second'), final: stage('final') },
    secrecy: { ...stage('secrecy'), confirmed: values['secrecy.confirmed'] === true },
  };
}
