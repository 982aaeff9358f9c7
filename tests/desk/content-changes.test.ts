import { describe, expect, it } from 'vitest';
import { yearChanges, yearText } from '../../src/desk/content-changes.ts';

const section = (number: number, title: string, ...paragraphs: string[]) => ({
  name: `${number}.mdx`,
  content: `---\nnumber: ${number}\ntitle: ${title}\n---\n\n{/* 说明 */}\n\n${paragraphs.join('\n\n')}\n`,
});

describe('what a publish changes in a year', () => {
  it('counts a paragraph replaced in place as changed, and others as added or removed', () => {
    const before = yearText([section(1, '一', '甲。', '乙。', '丙。')]);
    const after = yearText([section(1, '一', '甲。', '乙改。', '丙。', '丁。')]);
    const changes = yearChanges(before, after);
    expect(changes.counts).toEqual({ added: 1, removed: 0, changed: 1 });
    expect(changes.paragraphs).toEqual([
      { section: 1, kind: 'changed', before: '乙。', after: '乙改。' },
      { section: 1, kind: 'added', after: '丁。' },
    ]);
  });

  it('names sections added, removed and retitled, and ignores MDX comments', () => {
    const before = yearText([section(1, '一', '甲。'), section(2, '二', '乙。')]);
    const after = yearText([section(1, '壹', '甲。'), section(3, '三', '丙。')]);
    const changes = yearChanges(before, after);
    expect(changes.sectionsAdded).toEqual(['三']);
    expect(changes.sectionsRemoved).toEqual(['二']);
    expect(changes.sectionsRetitled).toEqual([{ before: '一', after: '壹' }]);
    expect(changes.counts).toEqual({ added: 1, removed: 1, changed: 0 });
  });
});
