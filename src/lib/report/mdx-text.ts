/**
 * The words of an MDX entry as plain text, for page descriptions, the feed and search folding: comments
 * (the guidance in a new year's skeleton) dropped, the importer's escapes undone, Markdown marks removed.
 * Pages themselves always render the MDX; this is only for places that need text.
 */
export function mdxPlainText(source: string): string {
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A section's MDX as text split at its subsection headings (## …): what comes before the first, then each subsection. */
export function mdxOutline(source: string): { text: string; subsections: Array<{ title: string; text: string }> } {
  const [lead = '', ...rest] = source.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').split(/^##[ \t]+(.*)$/m);
  const subsections: Array<{ title: string; text: string }> = [];
  for (let i = 0; i < rest.length; i += 2) subsections.push({ title: mdxPlainText(rest[i]!), text: mdxPlainText(rest[i + 1] ?? '') });
  return { text: mdxPlainText(lead), subsections };
}
