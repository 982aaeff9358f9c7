/**
 * npm run desk [-- --port 4400]
 * Starts the staff desk on this computer, prints its address and opens it in the browser where the system can.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startDesk } from './server/desk-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, 'no-open': { type: 'boolean', default: false } } });

/** The system's own way of opening an address, where there is one; without it, the printed address is enough. */
function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

const desk = await startDesk({ projectDir: process.cwd(), port: Number(values.port) });
console.log(`发布台已启动，请在浏览器中打开 The desk is running at:\n\n  ${desk.url}\n\n用完后在这里按 Ctrl+C 关闭。Press Ctrl+C here to stop it.`);
if (!values['no-open']) openInBrowser(desk.url);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void desk.close().then(() => process.exit(0));
  });
}
