import {
  compareMunicipalities,
  consolidate,
  municipalityFromFileName,
  municipalitySortKey,
  municipalityKey,
  resolveMunicipality,
} from "../../../src/core/consolidate";
import { BASIC_COLUMNS, checkedTable, source } from "./fixtures";

function tableOf(municipality: string | null) {
  return checkedTable({ municipality, columns: BASIC_COLUMNS, rows: [] });
}

describe("municipalityFromFileName", () => {
  it.each([
    ["000-dalnerechensk.xlsx", "dalnerechensk"],
    ["seeds/003-kansk.xlsx", "kansk"],
    ["in/2021/05-Канск_УО.xlsx", "Канск УО"],
    ["C:\\Почта\\12 Буинский район.xlsx", "Буинский район"],
    ["№7 — Кисловодск.XLSX", "Кисловодск"],
    ["Лесозаводск", "Лесозаводск"],
    ["2021.xlsx", "2021"],
    ["Дорожная карта  г. Канска.xlsm", "Дорожная карта г. Канска"],
  ])("%s → %s", (file, expected) => {
    expect(municipalityFromFileName(file)).toBe(expected);
  });
});

describe("municipalityKey", () => {
  it("ignores case, ё, quotes and extra spaces", () => {
    expect(municipalityKey("  Г.  Канск ")).toBe(municipalityKey("г. канск"));
    expect(municipalityKey("Озёрный «городской» округ")).toBe(
      municipalityKey("озерный городской округ"),
    );
    expect(municipalityKey("г. Канск")).not.toBe(municipalityKey("Канский район"));
  });
});

describe("resolveMunicipality", () => {
  it("takes the user's choice over the title and the file name", () => {
    const s = source("05-kansk.xlsx", [tableOf("г. Канск")], "Канский район");
    expect(resolveMunicipality(s)).toEqual({
      name: "Канский район",
      source: "override",
      others: [],
    });
  });

  it("takes the name read from the titles, the most frequent first", () => {
    const s = source("x.xlsx", [
      tableOf("Приморский край"),
      tableOf("г. Канск"),
      tableOf("г. Канск"),
    ]);
    expect(resolveMunicipality(s)).toEqual({
      name: "г. Канск",
      source: "title",
      others: ["Приморский край"],
    });
  });

  it("counts two spellings of one name as one", () => {
    const s = source("x.xlsx", [tableOf("г. Канск"), tableOf("Г.  КАНСК")]);
    expect(resolveMunicipality(s).others).toEqual([]);
  });

  it("falls back to the file name when no title names a municipality", () => {
    const s = source("seeds/003-kansk.xlsx", [tableOf(null)]);
    expect(resolveMunicipality(s)).toEqual({ name: "kansk", source: "file-name", others: [] });
  });

  it("ignores a blank override", () => {
    const s = source("003-kansk.xlsx", [tableOf("г. Канск")], "   ");
    expect(resolveMunicipality(s).name).toBe("г. Канск");
  });
});

describe("municipality order", () => {
  it("sorts by the name without «г.», «город», «городской округ», «муниципальный район», «МО»", () => {
    const names = [
      "г. Канск",
      "Абанский муниципальный район",
      "городской округ Лесозаводск",
      "МО «Буинский район»",
      "город Ачинск",
      "Дальнереченский ГО",
      "Зеленогорск",
    ];
    expect([...names].sort(compareMunicipalities)).toEqual([
      "Абанский муниципальный район",
      "город Ачинск",
      "МО «Буинский район»",
      "Дальнереченский ГО",
      "Зеленогорск",
      "г. Канск",
      "городской округ Лесозаводск",
    ]);
  });

  it("keeps a name made only of such words, and the letters «г», «с» inside names", () => {
    expect(municipalitySortKey("Город")).toBe("город");
    expect(municipalitySortKey("г. Сочи")).toBe("сочи");
    expect(municipalitySortKey("с. Гора")).toBe("гора");
  });

  it("orders the consolidated municipalities so", () => {
    const m = consolidate(
      [source("a.xlsx", [tableOf("г. Канск")]), source("b.xlsx", [tableOf("Ачинский район")])],
      { asOf: "2022-01-15" },
    );
    expect(m.municipalities.map((s) => s.municipality)).toEqual(["Ачинский район", "г. Канск"]);
  });
});
