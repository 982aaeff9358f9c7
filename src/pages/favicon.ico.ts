/** /favicon.ico, for browsers and tools that ask for it by that name: public/icon.svg at 32 × 32. */
import type { APIRoute } from 'astro';
import iconSvg from '../../public/icon.svg?raw';
import { renderPng } from '../lib/publishing/render-png.ts';
import { FAVICON_SIZE, icoWithPng } from '../lib/publishing/icons.ts';

export const GET: APIRoute = async () => new Response(icoWithPng(await renderPng(iconSvg, FAVICON_SIZE), FAVICON_SIZE));
