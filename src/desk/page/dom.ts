/** Building the page's elements from data: text is always set as text, never as markup. */
type Child = Node | string | undefined | false;

export function h(tag: string, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Replaces an element's content. */
export function fill(element: Element, ...children: Child[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string => child !== undefined && child !== false));
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** A message in Chinese with its English below, as every message of the desk is given. */
export const bilingual = (message: { chinese: string; english: string }): HTMLElement =>
  h('span', { class: 'bilingual' }, message.chinese, h('span', { class: 'english', lang: 'en' }, message.english));
