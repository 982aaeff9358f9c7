/**
 * The script of the 阅读设置 buttons (src/components/ReadingSettings.astro), written out terse because every page
 * carries it inline: it shows the buttons, marks the pressed ones, and on a press sets <html data-…> named by the
 * button and stores it. 高对比度 is a switch: pressed again, it goes off.
 */
import { CONTRAST_KEY } from './contrast.ts';
import { TEXT_SIZE_KEY } from './text-size.ts';

const STORAGE_KEYS = { textSize: TEXT_SIZE_KEY, contrast: CONTRAST_KEY };

export const SETTINGS_BUTTONS =
  `(()=>{const s=document.currentScript.previousElementSibling,d=document.documentElement.dataset,k=${JSON.stringify(STORAGE_KEYS)},` +
  `p=()=>s.querySelectorAll('[name]').forEach(b=>b.setAttribute('aria-pressed',d[b.name]===b.value));` +
  `d.textSize||='standard';p();s.hidden=false;` +
  `s.addEventListener('click',e=>{const{name:n,value:v}=e.target.closest('[name]')??{};if(!n)return;` +
  `d[n]=n==='contrast'&&d[n]===v?'':v;try{localStorage.setItem(k[n],d[n])}catch{}p()})})()`;
