/**
 * 高对比度: the reader's choice of a high-contrast palette (text at 7:1 or more, underlined links, a thick
 * focus ring), kept in localStorage and put on <html data-contrast="high"> before the first paint, as the
 * text size is. tokens.css holds the palette for both colour schemes.
 */
export const CONTRAST_KEY = 'fzbg-contrast';
export const HIGH_CONTRAST = 'high';

/** The inline <head> script that applies the stored choice before the first paint; anything else stored is ignored. */
export const APPLY_STORED_CONTRAST =
  `try{if(localStorage.getItem(${JSON.stringify(CONTRAST_KEY)})===${JSON.stringify(HIGH_CONTRAST)})` +
  `document.documentElement.dataset.contrast=${JSON.stringify(HIGH_CONTRAST)}}catch{}`;
