/**
 * The preview: the built site in two frames, a phone's width and a desktop's, and links to each of its pages.
 * A warning's link opens the paragraph's page with the words marked by the site's own highlighter (the
 * ?highlight= a search result's link carries), scrolled to its subsection.
 */
import { byId, fill, h } from './dom.ts';
import type { ParagraphPlace, Staged } from './state.ts';

let origin = '';
let year = '';

function load(path: string): void {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('#preview iframe')) frame.src = `${origin}${path}`;
}

/** Opens the page of a paragraph in both frames, with its words marked. */
export function showInPreview(place: ParagraphPlace): void {
  const page = place.section === 0 ? `/${year}/` : `/${year}/${place.section}/`;
  load(`${page}?highlight=${encodeURIComponent(place.words)}${place.anchor ? `#${place.anchor}` : ''}`);
  byId('preview').scrollIntoView();
}

export function previewView(previewOrigin: string, staged: Staged): Node[] {
  origin = previewOrigin;
  year = staged.summary.year;
  const status = !staged.preview
    ? h('p', { class: 'status', 'aria-live': 'polite' }, '正在用网站自己的构建生成预览，请稍候……')
    : staged.preview.ok
      ? h('p', { class: 'status', 'aria-live': 'polite' }, `预览已生成（用时 ${(staged.preview.ms / 1000).toFixed(1)} 秒），与发布后的网页相同。`)
      : h('div', { class: 'problem' }, h('p', {}, '预览生成失败，请按下面的提示改正：'), h('pre', {}, staged.preview.output));
  if (!staged.preview?.ok) return [status];
  const pages: Array<[string, string]> = [
    ['报告页', `/${year}/`],
    ...staged.summary.sections.map((s, i): [string, string] => [`${s.label}${s.title}`, `/${year}/${i + 1}/`]),
    ['全文', `/${year}/full/`],
    ['繁體版', `/hant/${year}/`],
  ];
  const links = h('ul', { class: 'preview-links' });
  for (const [label, path] of pages) {
    const link = h('a', { href: `${origin}${path}`, target: 'preview-desktop' }, label);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      load(path);
    });
    links.append(h('li', {}, link));
  }
  links.append(
    h('li', {}, h('a', { href: `${origin}/${year}/full/`, target: '_blank', rel: 'noopener' }, '打印版式（在新窗口打开全文，按“打印本页”或 Ctrl+P 查看）')),
  );
  const frames = h(
    'div',
    { class: 'frames' },
    h('figure', { class: 'phone' }, h('iframe', { title: '预览：手机宽度', name: 'preview-phone', src: `${origin}/${year}/` }), h('figcaption', {}, '手机（375 像素宽）')),
    h('figure', { class: 'desktop' }, h('iframe', { title: '预览：电脑宽度', name: 'preview-desktop', src: `${origin}/${year}/` }), h('figcaption', {}, '电脑（1280 像素宽，缩小显示）')),
  );
  return [status, links, frames];
}

export function renderPreview(previewOrigin: string, staged: Staged): void {
  const body = byId('preview').querySelector('.body')!;
  // Keep the frames where staff are reading while nothing about the preview changed.
  const key = `${staged.preview?.ok}:${staged.preview?.ms}`;
  if (body.getAttribute('data-key') === key) return;
  body.setAttribute('data-key', key);
  fill(body, ...previewView(previewOrigin, staged));
}
