/** A form's fields with an example beside each, the errors at their fields and again in one summary at the top. */
import { bilingual, fill, h } from './dom.ts';
import type { Message } from './state.ts';

export interface FieldSpec {
  name: string;
  label: string;
  example?: string;
  value: string;
  type?: string;
  options?: readonly string[];
}

const idOf = (form: string, name: string) => `${form}-${name.replace(/\./g, '-')}`;

export function fieldsView(form: string, specs: readonly FieldSpec[]): Node[] {
  return specs.map((spec) => {
    const id = idOf(form, spec.name);
    const control =
      spec.type === 'checkbox'
        ? h('input', { id, name: spec.name, type: 'checkbox', checked: spec.value === 'true', 'aria-describedby': `${id}-error` })
        : spec.options
          ? h('select', { id, name: spec.name, 'aria-describedby': `${id}-example ${id}-error` }, ...spec.options.map((option) => h('option', { value: option, selected: option === spec.value }, option)))
          : h('input', { id, name: spec.name, value: spec.value, 'aria-describedby': `${id}-example ${id}-error` });
    return h(
      'div',
      { class: 'field', 'data-field': spec.name },
      h('label', { for: id }, spec.label),
      control,
      spec.example !== undefined && h('p', { class: 'example', id: `${id}-example` }, `例如：${spec.example}`),
      h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    );
  });
}

/** Shows each error at its field and all of them at the top; clears the rest. */
export function showErrors(formElement: HTMLFormElement, errors: ReadonlyArray<{ field: string } & (Message | { message: string })>): void {
  const summary = formElement.querySelector<HTMLElement>('.summary-errors');
  for (const field of formElement.querySelectorAll<HTMLElement>('.field')) {
    const mine = errors.filter((error) => error.field === field.dataset['field']);
    const slot = field.querySelector<HTMLElement>('.field-error')!;
    slot.hidden = mine.length === 0;
    fill(slot, ...mine.map((error) => ('chinese' in error ? bilingual(error) : error.message)));
    field.querySelector('input, select')?.setAttribute('aria-invalid', String(mine.length > 0));
  }
  if (!summary) return;
  summary.hidden = errors.length === 0;
  fill(
    summary,
    errors.length > 0 && h('p', {}, `有 ${errors.length} 处需要改正：`),
    h('ul', {}, ...errors.map((error) => h('li', {}, 'chinese' in error ? bilingual(error) : error.message))),
  );
}

/** The form's values by field name; a checkbox as true or false. */
export function formValues(formElement: HTMLFormElement): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const control of formElement.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    values[control.name] = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
  }
  return values;
}
