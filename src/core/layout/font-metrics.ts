/**
 * How wide characters are: the advance widths of Liberation Sans (metric-compatible with
 * Arial, which LibreOffice draws Arial with), regular and bold, in thousandths of an em, for
 * the characters roadmaps are written in — Latin, Cyrillic and the punctuation Russian text
 * uses. Read from the font files (hmtx through cmap); a character outside them counts as wide.
 */

/** U+0020–U+007E. */
const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** U+0410–U+044F: А–я. */
const CYRILLIC_REGULAR = [
  667, 656, 667, 542, 677, 667, 923, 604, 719, 719, 583, 656, 833, 722, 778, 719, 667, 722, 611,
  635, 760, 667, 740, 667, 917, 938, 792, 885, 656, 719, 1010, 722, 556, 573, 531, 365, 583, 556,
  669, 458, 559, 559, 438, 583, 688, 552, 556, 542, 556, 500, 458, 500, 823, 500, 573, 521, 802,
  823, 625, 719, 521, 510, 750, 542,
];
const CYRILLIC_BOLD = [
  722, 719, 722, 567, 712, 667, 904, 626, 719, 719, 610, 702, 833, 722, 778, 719, 667, 722, 611,
  622, 854, 667, 730, 703, 1005, 1019, 870, 979, 719, 711, 1031, 719, 556, 618, 615, 417, 635, 556,
  709, 497, 615, 615, 500, 635, 740, 604, 611, 604, 611, 556, 490, 556, 875, 556, 615, 581, 833,
  844, 729, 854, 615, 552, 854, 583,
];
/** Ё, ё and the punctuation of Russian text: [regular, bold]. */
const OTHERS: Record<number, [number, number]> = {
  0x401: [667, 669], // Ё
  0x451: [556, 556], // ё
  0xa0: [278, 278], // no-break space
  0xab: [556, 556], // «
  0xbb: [556, 556], // »
  0xb0: [400, 400], // °
  0xb7: [333, 333], // ·
  0x2013: [556, 556], // –
  0x2014: [1000, 1000], // —
  0x2019: [222, 278], // ’
  0x201c: [333, 500], // “
  0x201d: [333, 500], // ”
  0x201e: [333, 500], // „
  0x2026: [1000, 1000], // …
  0x2116: [1073, 1115], // №
};
/** A character we have no width for: as wide as the widest letters (Ш, Ю, M). */
const UNKNOWN = 1000;

/** Widths of code points below TABLE_SIZE, regular and bold, in em. */
const TABLE_SIZE = 0x460;

function table(ascii: number[], cyrillic: number[], bold: 0 | 1): Float64Array {
  const out = new Float64Array(TABLE_SIZE).fill(UNKNOWN / 1000);
  ascii.forEach((w, i) => (out[0x20 + i] = w / 1000));
  cyrillic.forEach((w, i) => (out[0x410 + i] = w / 1000));
  for (const [code, widths] of Object.entries(OTHERS)) {
    if (Number(code) < TABLE_SIZE) out[Number(code)] = widths[bold] / 1000;
  }
  // A tab shows as a few spaces at most.
  out[0x09] = (4 * ascii[0]) / 1000;
  return out;
}

const REGULAR = table(ASCII_REGULAR, CYRILLIC_REGULAR, 0);
const BOLD = table(ASCII_BOLD, CYRILLIC_BOLD, 1);

/** Widths in em of the code points below WIDTH_TABLE_SIZE, for a loop to index directly. */
export function widthTable(bold: boolean): Float64Array {
  return bold ? BOLD : REGULAR;
}
export const WIDTH_TABLE_SIZE = TABLE_SIZE;

/** Width of one character in em (Arial's metrics). */
export function charWidthEm(code: number, bold: boolean): number {
  if (code < TABLE_SIZE) return (bold ? BOLD : REGULAR)[code];
  const other = OTHERS[code];
  return other ? other[bold ? 1 : 0] / 1000 : UNKNOWN / 1000;
}

/** The widest character a text can hold for our purposes (the fast path's bound), in em. */
export const WIDEST_EM = 1.12;
