/** The settings page: the site's address (the desk's setting), content/site.yaml, and an empty new year. */
import { DeskError, postJson } from './api.ts';
import { byId, fill } from './dom.ts';
import { fieldsView, formValues, showErrors } from './forms.ts';
import type { DeskState } from './state.ts';

const EXAMPLES: Record<string, string> = {
  name: '××经济技术开发区法治政府建设年度报告',
  column: '法治政府建设年度报告',
  siteIdCode: '1402000001',
  icpRecord: '晋ICP备12345678号',
  publicSecurityRecord: '晋公网安备14020002000001号',
  phone: '0352-1234567',
  email: 'name@example.gov.cn',
};

export function renderSettings(state: DeskState): void {
  byId('first-run').hidden = !state.firstRun;
  byId<HTMLFormElement>('site-url-form').querySelector<HTMLInputElement>('input[name="siteUrl"]')!.value = state.siteUrl;
  const form = byId<HTMLFormElement>('site-settings-form');
  fill(
    form.querySelector('.fields')!,
    ...fieldsView(
      'site',
      state.forms.site.map((f) => ({
        name: f.field,
        label: `${f.label}（${f.field}）`,
        value: state.siteFields[f.field] ?? '',
        ...(EXAMPLES[f.field] ? { example: EXAMPLES[f.field] } : {}),
        ...(f.field === 'columnType' ? { options: state.forms.columnTypes } : {}),
      })),
    ),
  );
}

/** Wires the settings forms: each saves, then the page shows the desk's new state or the problems at their fields. */
export function wireSettings(apply: (value: unknown) => void, fail: (error: unknown) => void): void {
  const submit = (id: string, path: string, body: (form: HTMLFormElement) => unknown) => {
    const form = byId<HTMLFormElement>(id);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      postJson(path, body(form))
        .then((value) => {
          showErrors(form, []);
          apply(value);
        })
        .catch((error: unknown) => {
          if (error instanceof DeskError && error.problems.length > 0) showErrors(form, error.problems);
          fail(error);
        });
    });
  };
  submit('site-url-form', '/api/desk-settings', (form) => formValues(form));
  submit('site-settings-form', '/api/site-settings', (form) => formValues(form));
  submit('new-year-form', '/api/new-year', (form) => formValues(form));
}
