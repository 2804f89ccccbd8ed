import {
  isBuiltInDateFormat,
  isDateFormatCode,
} from "../../../../src/hosts/file/xlsx/number-format";

describe("isDateFormatCode", () => {
  it.each([
    "dd.mm.yyyy",
    "DD.MM.YYYY", // LibreOffice writes codes in upper case
    "YYYY",
    "d mmmm yyyy",
    "[$-419]d mmmm yyyy\\ \\г\\.;@",
    "h:mm",
    "[h]:mm:ss",
    "[mm]:ss",
    "mm:ss.0",
    "yyyy\\-mm\\-dd",
    'dd/mm/yyyy" г."',
    "m/d/yy h:mm AM/PM",
  ])("%s is a date or time", (code) => expect(isDateFormatCode(code)).toBe(true));

  it.each([
    "General",
    "general",
    "0",
    "0.00",
    "#,##0.00",
    "0.00E+00",
    "0%",
    "@",
    '#,##0.00"р."',
    '_-* #,##0.00\\ _₽_-;\\-* #,##0.00\\ _₽_-;_-* "-"??\\ _₽_-;_-@_-',
    '0" шт."',
    "[Red]0.00;[Blue]-0.00",
    "0\\h", // an escaped letter is text
    "# ?/?",
  ])("%s is a number", (code) => expect(isDateFormatCode(code)).toBe(false));
});

describe("isBuiltInDateFormat", () => {
  it("knows the built-in date and time ids", () => {
    const dates = Array.from({ length: 60 }, (_, i) => i).filter(isBuiltInDateFormat);
    expect(dates).toEqual([
      14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50,
      51, 52, 53, 54, 55, 56, 57, 58,
    ]);
  });
});
