/**
 * Conversational filler: the words residents wrap around what they look for (有没有法律顾问, 普法覆盖面不够,
 * 干部法律素养差). They never carry the topic, so the query drops them before looking anything up. This is
 * the one list; tests/unit/search/filler.test.ts checks each entry.
 *
 * Entries of two or more characters are cut wherever they stand: none of them is part of a word the reports
 * use. A single character is dropped only when the word segmenter finds it standing alone, because inside a
 * word it means something else (了 in 了解, 差 in 差距, 有 in 有效).
 */
export const FILLER: readonly string[] = [
  // Questions
  '为什么', '怎么样', '怎么办', '有没有', '是不是', '是什么', '什么', '哪些', '哪个', '哪家', '哪里', '哪儿',
  '如何', '怎么', '怎样', '是否', '多少次', '多少个', '多少名', '多少', '请问', '几次', '有无',
  // Judgements that say how the reader feels about the topic, not what it is
  '不够', '不好', '不行', '不足够', '太少', '很差', '咋样',
  // Asking for information
  '情况介绍', '相关内容', '有关内容', '介绍一下', '一下',
  // Particles and function words, only standing alone
  '哪', '吗', '呢', '吧', '啊', '呀', '了', '的', '地', '得', '和', '与', '及', '或', '是', '有', '在', '几',
  '差', '啥', '咋', '要',
];

/** Punctuation of a question, cut like filler. */
export const QUESTION_MARKS = ['？', '?'];
