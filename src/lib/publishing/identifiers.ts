/**
 * Where the footer's identifiers lead. By convention the ICP record number links to the MIIT record
 * lookup and the public-security record number to the MPS one; contact details open the phone or mail app.
 * These are outbound links a reader may follow, not resources the page loads.
 */

export const ICP_LOOKUP = 'https://beian.miit.gov.cn/';
export const PUBLIC_SECURITY_LOOKUP = 'https://beian.mps.gov.cn/#/query/webSearch';

/** 晋公网安备14020002000001号 → the MPS lookup of 14020002000001; undefined when no number can be read. */
function publicSecurityLookup(record: string): string | undefined {
  const code = /\d{10,}/.exec(record)?.[0];
  return code ? `${PUBLIC_SECURITY_LOOKUP}?code=${code}` : undefined;
}

/** The link of one identifier in the footer, or undefined when it is shown as plain text. */
export function identifierLink(key: string, value: string): string | undefined {
  switch (key) {
    case 'icpRecord':
      return ICP_LOOKUP;
    case 'publicSecurityRecord':
      return publicSecurityLookup(value);
    case 'phone':
      return `tel:${value.replace(/[^\d+]/g, '')}`;
    case 'email':
      return `mailto:${value.trim()}`;
    default:
      return undefined;
  }
}
