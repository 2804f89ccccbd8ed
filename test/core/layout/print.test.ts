import { regionalPrint, REGIONAL_TITLE } from "../../../src/core/consolidate";
import { headerFooterSections, headerFooterText, tablePrint } from "../../../src/core/layout/print";

describe("headerFooterSections", () => {
  it("splits Excel's code at &L, &C and &R, keeping the other codes in their section", () => {
    expect(headerFooterSections('&L&"Arial,Bold"Свод&CСтраница &P из &N&R&D')).toEqual({
      left: '&"Arial,Bold"Свод',
      center: "Страница &P из &N",
      right: "&D",
    });
  });

  it("gives text before any mark to the centre, as Excel does, and joins a section given twice", () => {
    expect(headerFooterSections("Страница &P")).toEqual({
      left: "",
      center: "Страница &P",
      right: "",
    });
    expect(headerFooterSections("&Lа&Rб&Lв")).toEqual({ left: "ав", center: "", right: "б" });
    expect(headerFooterSections("")).toEqual({ left: "", center: "", right: "" });
  });

  it("never takes an escaped ampersand for a mark: «R&D», «&&L» stay text", () => {
    const title = headerFooterText("R&D &Lab");
    expect(title).toBe("R&&D &&Lab");
    expect(headerFooterSections(`&L${title}`)).toEqual({ left: title, center: "", right: "" });
  });
});

describe("regionalPrint", () => {
  it("prints a regional sheet under its title, or under the workbook's name and its own", () => {
    const titled = regionalPrint({
      name: "Свод",
      title: { title: "Свод на 01.12.2026", subtitle: "", legend: [] },
    });
    expect(titled).toEqual(tablePrint("Свод на 01.12.2026", 4));
    expect(titled).toMatchObject({
      landscape: true,
      fitToWidth: 1,
      titleRows: { top: 4, bottom: 4 },
    });
    expect(regionalPrint({ name: "Сводка" }).header).toBe(
      `&L&"Arial,Bold"${REGIONAL_TITLE}: Сводка`,
    );
  });
});
