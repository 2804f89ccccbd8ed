/** Activity numbers as written: "1", "1.", "1.2", "3.3.", "IV." */
const NUMBERING = /^\s*(\d{1,4}(\.\d{1,3}){0,3}\.?|[IVX]{1,5}\.?)\s*$/;

export function isNumberingText(text: string): boolean {
  return NUMBERING.test(text);
}
