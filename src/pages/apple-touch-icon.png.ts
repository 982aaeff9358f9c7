/** The icon phones put on the home screen: public/icon.svg drawn at 180 × 180. */
import type { APIRoute } from 'astro';
import iconSvg from '../../public/icon.svg?raw';
import { renderPng } from '../lib/publishing/render-png.ts';
import { TOUCH_ICON_SIZE } from '../lib/publishing/icons.ts';

export const GET: APIRoute = async () => new Response(await renderPng(iconSvg, TOUCH_ICON_SIZE));
