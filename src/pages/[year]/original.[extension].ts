/** The report's original document, byte for byte as it was received: /2024/original.docx (see report/original.ts). */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { getReports } from '../../lib/report/collections.ts';
import type { OriginalDocument } from '../../lib/report/model.ts';

export async function getStaticPaths() {
  return (await getReports()).flatMap(({ year, original }) =>
    original === undefined ? [] : [{ params: { year, extension: original.path.split('.').at(-1)! }, props: { original } }],
  );
}

export const GET: APIRoute<{ original: OriginalDocument }> = async ({ props }) => new Response(await readFile(props.original.file));
