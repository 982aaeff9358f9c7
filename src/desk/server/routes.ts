/** The desk's API: each action the page can take, answered with the desk's whole state (desk-state.ts). */
import { execFile } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Desk } from '../desk.ts';
import { checkSiteUrl, readDeskSettings, writeDeskSettings } from '../desk-settings.ts';
import { factsFromInput } from '../disclosure-facts.ts';
import { ImportError } from '../import-adapter.ts';
import { publish, PublishError, type Progress } from '../publish/publish.ts';
import { reviewFromInput } from '../review-record.ts';
import { writeSiteFields } from '../site-settings-form.ts';
import { deskState } from './desk-state.ts';
import { DeskRequestError, MAX_UPLOAD_BYTES, readBody, readJson, sendJson } from './http.ts';

const run = promisify(execFile);

export interface ApiRequest {
  method: string;
  url: URL;
  request: IncomingMessage;
  response: ServerResponse;
  previewOrigin: string;
}

const notStaged = () => new DeskRequestError(409, '请先放入报告文件。', 'Drop a report file first.');

/** One publish at a time. */
let publishing = false;

async function publishStaged(desk: Desk, response: ServerResponse): Promise<void> {
  const staged = desk.staged;
  if (!staged) throw notStaged();
  const blockers = await desk.blockers();
  if (blockers.length > 0 || publishing) {
    throw new DeskRequestError(409, `还不能发布：${blockers.map((b) => b.chinese).join('')}`, `Cannot publish yet: ${blockers.map((b) => b.english).join(' ')}`);
  }
  publishing = true;
  // Progress as it happens, one JSON object a line, ending with the outcome.
  response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  const send = (value: unknown) => response.write(`${JSON.stringify(value)}\n`);
  try {
    const entry = await publish(
      {
        projectDir: desk.projectDir,
        year: staged.imported.summary.year,
        files: desk.publishFiles(staged),
        siteUrl: (await readDeskSettings(desk.projectDir)).siteUrl ?? '',
        review: staged.review,
        confirmedHits: desk.confirmedHits(staged),
        source: { file: staged.fileName, sha256: staged.sha256 },
      },
      (progress: Progress) => send({ progress }),
    );
    desk.staged = undefined;
    await desk.preview.clear();
    send({ published: entry });
  } catch (error) {
    const failure =
      error instanceof PublishError
        ? { step: error.step, chinese: error.chinese, english: error.english, output: error.output }
        : { step: 'write', chinese: `发布失败：${String(error)}`, english: `Publishing failed: ${String(error)}`, output: '' };
    send({ failed: failure });
  } finally {
    publishing = false;
    response.end();
  }
}

/** npm run report:new, as the command line runs it: the desk adds no second way of starting a year. */
async function startEmptyYear(desk: Desk, year: string): Promise<void> {
  const script = path.join(desk.projectDir, 'src', 'cli', 'new-report.ts');
  try {
    await run(process.execPath, [script, year], { cwd: desk.projectDir });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    const [chinese = stderr, ...english] = stderr.split('\n').filter((line) => line.trim() !== '').slice(1);
    throw new DeskRequestError(400, chinese, english.join(' ') || chinese);
  }
}

export async function handleApi(desk: Desk, { method, url, request, response, previewOrigin }: ApiRequest): Promise<void> {
  const route = `${method} ${url.pathname}`;
  const answer = async () => sendJson(response, 200, await deskState(desk, previewOrigin));
  switch (route) {
    case 'GET /api/state':
      return answer();
    case 'GET /api/preview':
      await desk.preview.result();
      return answer();
    case 'POST /api/stage': {
      const bytes = await readBody(request, MAX_UPLOAD_BYTES);
      const name = path.basename(url.searchParams.get('name') ?? '');
      try {
        await desk.stage(bytes, name, url.searchParams.get('year') || undefined);
      } catch (error) {
        if (error instanceof ImportError) throw new DeskRequestError(422, error.chinese, error.english);
        throw error;
      }
      return answer();
    }
    case 'POST /api/facts': {
      const input = await readJson(request);
      if (!desk.staged) throw notStaged();
      await desk.setFacts(factsFromInput(input));
      return answer();
    }
    case 'POST /api/confirm': {
      const input = await readJson(request);
      const staged = desk.staged;
      if (!staged) throw notStaged();
      const id = String(input['id'] ?? '');
      const name = String(input['name'] ?? '').trim();
      if (!staged.hits.some((hit) => hit.id === id)) throw new DeskRequestError(404, '没有这一处检查结果。', 'No such hit.');
      if (name === '') staged.confirmations.delete(id);
      else staged.confirmations.set(id, name);
      return answer();
    }
    case 'POST /api/review': {
      const input = await readJson(request);
      if (!desk.staged) throw notStaged();
      desk.staged.review = reviewFromInput(input);
      return answer();
    }
    case 'POST /api/publish':
      return publishStaged(desk, response);
    case 'POST /api/desk-settings': {
      const checked = checkSiteUrl(String((await readJson(request))['siteUrl'] ?? ''));
      if (!('siteUrl' in checked)) throw new DeskRequestError(400, checked.chinese, checked.english);
      await writeDeskSettings(desk.projectDir, checked);
      return answer();
    }
    case 'POST /api/site-settings': {
      const problems = await writeSiteFields(desk.projectDir, await readJson(request));
      if (problems.length > 0) {
        sendJson(response, 400, { error: { chinese: '网站设置有误，没有保存。', english: 'The site settings are wrong and were not saved.' }, problems });
        return;
      }
      return answer();
    }
    case 'POST /api/new-year': {
      const year = String((await readJson(request))['year'] ?? '');
      await startEmptyYear(desk, year);
      return answer();
    }
    default:
      sendJson(response, 404, { error: { chinese: '没有这个操作。', english: 'No such action.' } });
  }
}
