/** The desk's API, asked as only its own page can: with the token the desk wrote into the page. */
const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')?.content ?? '';

export interface DeskMessage {
  chinese: string;
  english: string;
}

/** An answer that is not a success, with the desk's message and any problems at fields. */
export class DeskError extends Error {
  readonly message_: DeskMessage;
  readonly problems: Array<{ field: string; message: string }>;

  constructor(message: DeskMessage, problems: Array<{ field: string; message: string }> = []) {
    super(message.chinese);
    this.message_ = message;
    this.problems = problems;
  }
}

async function answer(response: Response): Promise<unknown> {
  const value = (await response.json()) as { error?: DeskMessage; problems?: Array<{ field: string; message: string }> };
  if (!response.ok) throw new DeskError(value.error ?? { chinese: '发布台出错。', english: 'The desk failed.' }, value.problems);
  return value;
}

export async function getState(path = '/api/state'): Promise<unknown> {
  return answer(await fetch(path, { cache: 'no-store' }));
}

export async function postJson(path: string, body: unknown): Promise<unknown> {
  return answer(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: JSON.stringify(body) }));
}

export async function postFile(file: File): Promise<unknown> {
  const response = await fetch(`/api/stage?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-desk-token': token },
    body: file,
  });
  return answer(response);
}

/** The publish: its progress, one JSON object a line, handed on as it arrives. */
export async function postPublish(onLine: (line: Record<string, unknown>) => void): Promise<void> {
  const response = await fetch('/api/publish', { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: '{}' });
  if (!response.ok || !response.body) {
    await answer(response);
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') onLine(JSON.parse(line) as Record<string, unknown>);
  }
}
