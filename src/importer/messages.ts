/**
 * Every message the importer and its commands give staff, in Chinese and English, in one place. Each is a
 * function of what it names (the file, the paragraph, an excerpt of the text), so the wording of a
 * message is written once and the code that raises it only says which one.
 */
import type { FrontMatterProblem } from '../lib/report/schema.ts';

export interface Message {
  chinese: string;
  english: string;
}

const message = (chinese: string, english: string): Message => ({ chinese, english });

/** The first words of a paragraph, enough for staff to find it. */
export function excerpt(text: string, length = 30): string {
  return text.length > length ? `${text.slice(0, length)}……` : text;
}

const USAGE = '用法 usage: npm run report:import -- <报告.docx|报告.txt> [--year 2025] [--force] [--confirm-kind]';

// Reading the file.
export const noFileGiven = (): Message => message(`请给出一个要导入的文件。${USAGE}`, `Give one file to import. ${USAGE}`);
export const badYearOption = (value: string): Message =>
  message(
    `--year 应是四位年份，例如 --year 2025，而不是“${value}”。`,
    `--year takes a four-digit year such as 2025, not "${value}".`,
  );
export const unreadableFile = (file: string): Message =>
  message(`找不到或无法读取文件 ${file}。请检查路径。`, `Cannot find or read the file ${file}. Check the path.`);
export const emptyDocx = (file: string): Message =>
  message(`${file} 是空文件。请重新导出 Word 文档。`, `${file} is empty. Export the Word document again.`);
export const emptyText = (file: string): Message =>
  message(`${file} 是空文件。请确认选对了文件。`, `${file} is empty. Check that it is the right file.`);
export const oldOrProtectedDoc = (file: string): Message =>
  message(
    `${file} 是旧版 .doc 文件或加了密码的文档。请在 Word 或 WPS 中“另存为” .docx 格式（不设密码）后再导入。`,
    `${file} is an old .doc file or a password-protected document. Save it as .docx (without a password) in Word or WPS, then import that.`,
  );
export const notADocx = (file: string): Message =>
  message(
    `${file} 不是有效的 Word .docx 文件（可能是改了扩展名的其他文件，或文件已损坏）。请在 Word 或 WPS 中打开原文，“另存为” .docx 后再导入；也可以另存为纯文本 .txt 导入。`,
    `${file} is not a valid Word .docx file (perhaps another kind of file renamed, or a damaged one). Open the original in Word or WPS and save it as .docx, or as plain text .txt, then import that.`,
  );
export const notPlainText = (file: string): Message =>
  message(
    `${file} 不是纯文本文件。Word 文档请保存为 .docx 后导入，或在 Word/WPS 中“另存为”纯文本 .txt。`,
    `${file} is not a plain-text file. Save a Word document as .docx and import that, or save it as plain text .txt from Word or WPS.`,
  );
const LIMITS = (file: string, text: string): [string, string] => [
  `能导入的文件最大 ${file}，其中的文字（.docx 解压后的 XML 部分合计，或纯文本文件本身）最多 ${text}`,
  `The largest file accepted is ${file}, and the most text read out of it (the XML parts of a .docx unpacked, together, or a text file itself) ${text}`,
];
export const fileTooLarge = (file: string, limits: { file: string; text: string }): Message => {
  const [chinese, english] = LIMITS(limits.file, limits.text);
  return message(
    `${file} 太大，没有读取：${chinese}。请确认选对了文件；报告很长时，可以另存为纯文本 .txt 后导入。`,
    `${file} is too large and was not read. ${english}. Check that it is the right file; a very long report can be saved as plain text .txt and imported.`,
  );
};
export const textTooLarge = (file: string, limits: { file: string; text: string }): Message => {
  const [chinese, english] = LIMITS(limits.file, limits.text);
  return message(
    `${file} 解压后的内容超过上限，已停止读取（这通常是损坏或恶意构造的文件，正常报告远小于此）：${chinese}。请在 Word 或 WPS 中打开原文，“另存为” .docx 后再导入。`,
    `${file} unpacks to more than the limit, so reading it was stopped (usually a damaged or maliciously made file: a real report is far smaller). ${english}. Open the original in Word or WPS, save it as .docx again, and import that.`,
  );
};
/** A problem found inside a file, prefixed with the file's name. */
export const inFile = (file: string, problem: Message): Message =>
  message(`文件 ${file}：${problem.chinese}`, `File ${file}: ${problem.english}`);

// Reading the report out of the document.
export const markupInText = (paragraph: number, text: string, markup: string): Message =>
  message(
    `第 ${paragraph} 段（“${text.trim().slice(0, 20)}……”）含有网页代码 ${markup}。报告正文不应含有代码：请在原文档中删除它后重新导入；如确需在正文中写出尖括号，请改用全角的〈〉。`,
    `Paragraph ${paragraph} ("${text.trim().slice(0, 20)}…") contains web markup, ${markup}. A report has no code in it: delete it from the document and import again; if angle brackets are really meant, write them full-width: 〈〉.`,
  );
export const noText = (): Message =>
  message('文件中没有任何文字。请确认选对了文件。', 'The file has no text in it. Check that it is the right file.');
export const noSectionHeadings = (): Message =>
  message(
    '找不到“一、”“二、”这样的章节标题，无法识别报告结构。请确认每一章的标题单独成段，并以“一、”“二、”……开头。',
    'No section headings such as 一、 and 二、 were found, so the report has no structure to import. Make sure each section heading is a paragraph of its own starting with 一、, 二、, …',
  );
export const secretDocument = (paragraph: number, mark: string): Message =>
  message(
    `第 ${paragraph} 段是密级标志“${mark}”：这份文件不能公开（《法治政府建设与责任落实督察工作规定》第二十四条：除涉及党和国家秘密的以外，报告应当向社会公开），没有导入。请向发文机关索取可以公开的文本。`,
    `Paragraph ${paragraph} is a classification mark, "${mark}": this document may not be made public (the 督察工作规定, article 24, publishes reports except those touching state secrets), so it was not imported. Ask the issuing office for the text that may be published.`,
  );
export const noTitle = (): Message =>
  message(
    '找不到报告标题：第一段应是标题，例如“新荣经济技术开发区2025年法治政府建设年度报告”。',
    'No title found: the first paragraph should be the report title, e.g. 新荣经济技术开发区2025年法治政府建设年度报告.',
  );
export const noYear = (title: string): Message =>
  message(
    `无法从标题“${title}”看出年份。请在命令后加上年份，例如 --year 2025。`,
    `Cannot tell the year from the title "${title}". Give it after the command, e.g. --year 2025.`,
  );

// Warnings: the report was imported, but staff should check something.
export const convertedFromTraditional = (): Message =>
  message(
    '文档是繁体字，已转换为简体字（并去掉了拼音注音），请逐句核对。',
    'The document is in traditional characters; it was converted to simplified ones (and pinyin glosses removed). Check it sentence by sentence.',
  );
export const titleWithoutReport = (title: string): Message =>
  message(
    `标题“${title}”中没有“报告”二字，请核对第一行是否是报告标题。`,
    `The title "${title}" does not contain 报告; check that the first line is the report's title.`,
  );
export const yearDiffersFromTitle = (given: string, inTitle: string): Message =>
  message(
    `指定的年份 ${given} 与标题中的年份 ${inTitle} 不一致，将按 ${given} 年导入。`,
    `The year given, ${given}, differs from the year in the title, ${inTitle}; importing as ${given}.`,
  );
export const headingBeforeFirstSection = (text: string): Message =>
  message(
    `第一章之前的段落“${excerpt(text)}”像是小标题或编号条目，无法归入任何一章，已作为开头段落保留，请核对。`,
    `The paragraph "${excerpt(text)}" before the first section looks like a heading or numbered item that belongs to no section; it was kept in the opening. Check it.`,
  );
export const noOpening = (): Message =>
  message('没有找到标题和第一章之间的开头段落。', 'No opening paragraph was found between the title and the first section.');
export const textAfterDate = (text: string | undefined): Message =>
  message(
    `落款日期之后的“${excerpt(text ?? '表格')}”不是报告正文，未导入。`,
    `"${excerpt(text ?? 'a table')}" after the date that closes the report is not part of it and was left out.`,
  );
export const attachmentsLeftOut = (names: string[]): Message =>
  message(
    `原文有附件 ${names.length} 项（${names.map((name) => excerpt(name, 20)).join('；')}），网站只发布报告正文，附件和附件说明都未发布；原文件已一并保存。附件需要公开的，请另行发布。`,
    `The document has ${names.length} attachment(s); the site publishes the report's text only, so neither they nor the list of them were published. The original file is kept. Publish an attachment separately if it is to be public.`,
  );
export const dateUnderTitleDiffers = (signatureDate: string): Message =>
  message(
    `标题下的日期与落款日期不同，采用落款日期 ${signatureDate}。`,
    `The date under the title differs from the signature's; using the signature's, ${signatureDate}.`,
  );
export const noIssuer = (): Message =>
  message(
    '报告末尾没有找到落款（发布机构），请在 report.mdx 的 issuer 中填写。',
    'No signature (the issuer) was found at the end of the report; fill in issuer in report.mdx.',
  );
export const noDate = (): Message =>
  message(
    '没有找到落款日期（如“2025年12月5日”），请在 report.mdx 的 date 中填写。',
    'No date (such as 2025年12月5日) was found at the end of the report; fill in date in report.mdx.',
  );
/** A numbering gap: `where` names the list in Chinese and English, `previous` is undefined at its start. */
export const numberingGap = (
  where: { chinese: string; english: string },
  label: (n: number) => string,
  previous: number | undefined,
  next: number,
  expected: number,
): Message =>
  message(
    `${where.chinese}编号不连续：${previous !== undefined ? `${label(previous)}之后` : '开头'}是${label(next)}，应为${label(expected)}。`,
    `${where.english} numbering has a gap: ${label(next)} comes ${previous !== undefined ? `after ${label(previous)}` : 'first'}, ${label(expected)} was expected.`,
  );
export const sectionNumbering = (): Message => message('章节', 'Section');
export const subsectionNumbering = (section: string): Message => message(`“${section}”的小标题`, 'Subsection');
export const itemNumbering = (section: string): Message => message(`“${section}”中条目`, 'Item');
export const emptySection = (title: string): Message =>
  message(`章节“${title}”下面没有任何内容。`, `The section "${title}" has nothing under it.`);
export const subsectionsNumberedAs = (style: string): Message =>
  message(
    `文档中没有“（一）”，第二级标题用“${style}”编号，已作为小标题导入（网站上编号为（一）（二）……），请核对。`,
    `The document has no （一）: its second-level headings are numbered ${style}, and were imported as subsections (numbered （一）（二）… on the site). Check.`,
  );

export const differentReportKind = (title: string, kind: string): Message =>
  message(
    `这份文件是《${title}》，是${kind}，不是法治政府建设年度报告。两种年度报告常在同一周发布，请确认没有拿错文件。`,
    `This document, ${title}, is a report of another kind (${kind}), not an annual report on building a law-based government. Offices often publish both in the same week: check that it is the right file.`,
  );

// Writing content/.
export const yearExists = (folder: string, year: string): Message =>
  message(
    `${folder} 已经存在，没有改动任何文件。若要用新文档替换 ${year} 年的报告，请在命令末尾加上 --force。`,
    `${folder} already exists; nothing was changed. To replace the ${year} report with this document, add --force to the command.`,
  );
export const noFrontMatter = (file: string): Message =>
  message(
    `${file} 开头没有用 --- 括起的字段（title、issuer、date……），请按其他年份的 report.mdx 补上。`,
    `${file} does not start with its fields (title, issuer, date…) between --- lines: add them as in another year's report.mdx.`,
  );
export const badFrontMatterYaml = (file: string, problem: string): Message =>
  message(`${file} 开头的字段格式有误（YAML）：${problem}`, `The fields at the top of ${file} are not valid YAML: ${problem}`);
export const badFrontMatter = (file: string, problems: FrontMatterProblem[]): Message =>
  message(
    `${file} 开头的字段有误：${problems.map((p) => `${p.field}：${p.chinese}`).join('；')}`,
    `The fields at the top of ${file} are wrong: ${problems.map((p) => `${p.field}: ${p.english}`).join('; ')}`,
  );
// What the commands print.
export const confirmOtherKind = (): Message =>
  message(
    '没有写入任何文件。如果确实要把它作为法治政府建设年度报告发布，请在命令末尾加上 --confirm-kind 再运行一次。',
    'Nothing was written. If it really is to be published as the annual report on building a law-based government, run the command again with --confirm-kind at the end.',
  );
export const importFailed = (contentFolder: string): Message =>
  message(`导入失败，${contentFolder}/ 没有任何改动。`, `Import failed; ${contentFolder}/ was not changed.`);
export const written = (folder: string, names: string[]): Message =>
  message(`已写入 ${folder}/（${names.join('、')}）`, `Written: ${folder}/ (${names.join(', ')})`);
export const originalKept = (file: string): Message =>
  message(`原文 ${file}（与导入的文件逐字节相同）`, `Original: ${file} (byte for byte the file imported)`);
export const mustFillIn = (places: string[]): Message =>
  message(`发布前必须填写：${places.join('，')}`, `To be filled in before publishing: ${places.join(', ')}`);
export const afterImport = (): Message =>
  message(
    '下一步：请核对上面的警告，然后运行 npm run build 并用 npm run preview 预览。',
    'Next: check the warnings above, then run npm run build and look at it with npm run preview.',
  );
export const created = (folder: string, names: string[]): Message =>
  message(`已创建 ${folder}/（${names.join('、')}）`, `Created: ${folder}/ (${names.join(', ')})`);
export const guidanceComments = (): Message =>
  message(
    '每个文件开头的 {/* … */} 注释是填写说明，不会发布。',
    'The {/* … */} comments at the top of each file are guidance and are not published.',
  );
export const nothingChanged = (): Message => message('没有改动任何文件。', 'Nothing was changed.');
/** A message as the commands print it: the Chinese, then the English under it. */
export const printed = (shown: Message): string => `${shown.chinese}\n${shown.english}`;
export const badNewYear = (): Message =>
  message('请给出四位年份，例如 npm run report:new -- 2025', 'Give a four-digit year, e.g. npm run report:new -- 2025');
