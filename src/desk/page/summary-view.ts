/** What the importer read from the dropped file: everything the command line's summary shows. */
import { bilingual, h } from './dom.ts';
import { showInPreview } from './preview-view.ts';
import type { Changes, Summary } from './state.ts';

const row = (label: string, value: string | Node) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));

export function summaryView(fileName: string, summary: Summary): Node[] {
  const identity = h(
    'table',
    { class: 'identity' },
    row('文件', `${fileName}（${summary.format}）`),
    row('年份', summary.year),
    row('标题', summary.title),
    row('发布机构', summary.issuers.length > 0 ? summary.issuers.join('、') : '未找到'),
    row('成文日期', summary.date ?? '未找到'),
    row('开头段落', `${summary.opening} 段`),
    row('全文', `${summary.paragraphs} 段${summary.tables > 0 ? `，${summary.tables} 个表格` : ''}，${summary.characters} 字`),
  );
  const sections = h(
    'table',
    { class: 'sections' },
    h('caption', {}, `章节（${summary.sections.length}）`),
    h('tr', {}, h('th', { scope: 'col' }, '章节'), h('th', { scope: 'col' }, '小标题'), h('th', { scope: 'col' }, '段落'), h('th', { scope: 'col' }, '字数')),
    ...summary.sections.map((s) =>
      h('tr', {}, h('td', {}, `${s.label}${s.title}`), h('td', {}, String(s.subsections)), h('td', {}, String(s.paragraphs)), h('td', {}, String(s.characters))),
    ),
  );
  const parts = h(
    'ul',
    { class: 'parts', 'aria-label': '法定内容' },
    ...summary.parts.map((part) =>
      part.places.length > 0
        ? h('li', { class: 'found' }, `✓ ${part.name}：${part.places.join('；')}`)
        : h('li', { class: 'missing' }, `✗ ${part.name}：未找到`),
    ),
  );
  const dropped =
    summary.dropped.length > 0 &&
    h('details', { class: 'dropped' }, h('summary', {}, `已去掉的网页内容（${summary.dropped.length} 行）`), h('ul', {}, ...summary.dropped.map((line) => h('li', {}, line))));
  const warnings =
    summary.warnings.length > 0 &&
    h(
      'div',
      { class: 'warnings' },
      h('h4', {}, `请核对（${summary.warnings.length}）`),
      h(
        'ol',
        {},
        ...summary.warnings.map((warning) => {
          const item = h('li', {}, bilingual(warning));
          if (warning.place) {
            const place = warning.place;
            const link = h('a', { href: '#preview', class: 'to-paragraph' }, '在预览中查看这一段');
            link.addEventListener('click', (event) => {
              event.preventDefault();
              showInPreview(place);
            });
            item.append(' ', link);
          }
          return item;
        }),
      ),
    );
  const unfinished =
    summary.unfinished.length > 0 && h('p', { class: 'problem' }, `仍有【待填写】：${summary.unfinished.join('，')}。请在原文中补全后重新放入。`);
  return [identity, sections, h('h4', {}, '法定内容（《法治政府建设与责任落实督察工作规定》第二十五条）'), parts, dropped, warnings, unfinished].filter(
    (node): node is HTMLElement => node instanceof HTMLElement,
  );
}

/** What replacing the published year would change, before anything is written. */
export function changesView(year: string, changes: Changes): Node[] {
  const { counts } = changes;
  const kinds = { added: '新增', removed: '删去', changed: '改动' } as const;
  return [
    h('p', {}, `${year} 年的报告已经发布过。发布这个文件将替换它：新增 ${counts.added} 段，删去 ${counts.removed} 段，改动 ${counts.changed} 段。`),
    ...changes.sectionsAdded.map((title) => h('p', { class: 'added' }, `新增章节：${title}`)),
    ...changes.sectionsRemoved.map((title) => h('p', { class: 'removed' }, `删去章节：${title}`)),
    ...changes.sectionsRetitled.map(({ before, after }) => h('p', {}, `章节改名：${before} → ${after}`)),
    h(
      'ol',
      { class: 'diff' },
      ...changes.paragraphs.map((change) =>
        h(
          'li',
          { class: change.kind },
          h('strong', {}, `${kinds[change.kind]}（${change.section === 0 ? '开头' : `第 ${change.section} 章`}）`),
          change.before !== undefined && h('del', {}, change.before),
          change.after !== undefined && h('ins', {}, change.after),
        ),
      ),
    ),
  ];
}
