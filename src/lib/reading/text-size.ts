/**
 * The reader's choice of text size, for older readers (适老化): kept in localStorage under one key and
 * put on <html data-text-size> by a tiny script in <head> before the first paint. global.css sets
 * the font size for each value; 'standard' is the default and needs no attribute.
 */
export const TEXT_SIZE_KEY = 'fzbg-text-size';

export const TEXT_SIZES = [
  { value: 'standard', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'x-large', label: '特大' },
] as const;

/** The inline <head> script that applies a stored size before the first paint; anything else stored is ignored. */
export const APPLY_STORED_TEXT_SIZE =
  `try{const s=localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)});` +
  `if(${JSON.stringify(TEXT_SIZES.map((size) => size.value))}.includes(s))document.documentElement.dataset.textSize=s}catch{}`;
