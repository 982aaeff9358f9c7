/** What a build printed, read as the warnings and errors someone must act on. */

export interface BuildMessage {
  /** WARN or ERROR; '' for a line on stderr that no logger prefix introduced (console.warn, a stack trace). */
  level: string;
  /** The logger's label, e.g. publication-checks or vite; '' when there is none. */
  source: string;
  /** The message, its continuation lines included. */
  text: string;
}

const LOGGED = /^(?:\d{2}:\d{2}:\d{2} )?(?:\[(WARN|ERROR)\] )?(?:\[([^\]]+)\] )?(.*)$/;
const TIMESTAMPED = /^\d{2}:\d{2}:\d{2} /;

/**
 * Every warning and error a build printed. Astro's logger writes warnings to stdout, among the progress lines,
 * and errors to stderr: on stdout a [WARN] or [ERROR] line starts a message and the lines after it without a
 * timestamp continue it; on stderr every line counts, so that nothing printed there escapes.
 */
export function buildMessages({ stdout, stderr }: { stdout: string; stderr: string }): BuildMessage[] {
  const messages: BuildMessage[] = [];
  const read = (text: string, everyLine: boolean) => {
    let current: BuildMessage | undefined;
    for (const line of text.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
      const [, level = '', source = '', rest = ''] = LOGGED.exec(line) ?? [];
      if (TIMESTAMPED.test(line) || level !== '') {
        current = level !== '' || everyLine ? { level, source, text: rest } : undefined;
        if (current) messages.push(current);
      } else if (line.trim() === '') {
        continue;
      } else if (current) {
        current.text += `\n${line}`;
      } else if (everyLine) {
        current = { level: '', source: '', text: line };
        messages.push(current);
      }
    }
  };
  read(stdout, false);
  read(stderr, true);
  return messages;
}
