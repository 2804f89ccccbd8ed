/**
 * What the brief asks of each workbook, checked on the files read back with ExcelJS. Rows are
 * found by content, not taken from layout.json, so these tests also check the layout facts.
 */
import type ExcelJS from "exceljs";
import {
  buildIntoTemp,
  filledColumns,
  layoutOf,
  merges,
  removeDir,
  sheetOf,
  text,
  value,
  type BuiltSeeds,
} from "./support";

let built: BuiltSeeds;
beforeAll(async () => {
  built = await buildIntoTemp();
}, 60_000);
afterAll(() => removeDir(built.dir));

/** First row (1-based) whose cell in `col` satisfies `test`. */
function findRow(ws: ExcelJS.Worksheet, col: number, test: (s: string) => boolean, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (test(text(ws, r, col))) return r;
  throw new Error(`No matching row in column ${col} of ${ws.name}.`);
}

function rowTexts(ws: ExcelJS.Worksheet, row: number, width: number): string[] {
  return Array.from({ length: width }, (_, i) => text(ws, row, i + 1));
}

function everyText(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
  return out;
}

describe("000-dalnerechensk.xlsx", () => {
  const ws = (): ExcelJS.Worksheet => sheetOf(built, "000-dalnerechensk.xlsx", "Дорожная карта");

  test("a merged two-part title, a blank row, the header", () => {
    expect(text(ws(), 1, 1)).toBe("«ДОРОЖНАЯ КАРТА»");
    expect(text(ws(), 2, 1)).toMatch(/^по переводу .* на период 2020\/2021 учебного года$/s);
    expect(merges(ws())).toEqual(expect.arrayContaining(["A1:G1", "A2:G2"]));
    expect(filledColumns(ws(), 3, 7)).toEqual([]);
    expect(rowTexts(ws(), 4, 7)).toEqual([
      "№ п\\п",
      "Мероприятие",
      "Задача",
      "Адресность\nмероприятия",
      "Срок",
      "Ответственные",
      "Ожидаемые результаты",
    ]);
    expect(ws().getCell("A4").font.bold).toBe(true);
  });

  test("11 items numbered as written, line breaks kept", () => {
    const numbers = Array.from({ length: 11 }, (_, i) => value(ws(), 5 + i, 1));
    expect(numbers).toEqual(["1.", "2.", "3.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", 10]);
    expect(filledColumns(ws(), 16, 7)).toEqual([]);
    expect(text(ws(), 7, 5)).toBe("До 23 сентября\n2020");
    expect(text(ws(), 11, 5)).toBe("Ноябрь- декабрь\n2020");
    expect(ws().getCell("B5").alignment.wrapText).toBe(true);
    expect(layoutOf(built, "000-dalnerechensk.xlsx", "Дорожная карта").tables[0].itemCount).toBe(11);
  });
});

describe("001-buinsk.xlsx", () => {
  const ws = (): ExcelJS.Worksheet => sheetOf(built, "001-buinsk.xlsx", "План");
  const header = (): number => findRow(ws(), 1, (s) => s === "№ п/п");

  test("approval block in E–G, bold merged title, blank row, 7-column header", () => {
    const approve = findRow(ws(), 5, (s) => s === "УТВЕРЖДАЮ");
    expect(merges(ws())).toContain(`E${approve}:G${approve}`);
    findRow(ws(), 5, (s) => s === "Н.А. Македонская");
    const title = findRow(ws(), 1, (s) => s.startsWith("ПЛАН («дорожная карта»)"));
    expect(text(ws(), title, 1)).toMatch(/в 2021-2022 учебном году$/);
    expect(ws().getCell(title, 1).font.bold).toBe(true);
    expect(merges(ws())).toContain(`A${title}:G${title}`);
    expect(header()).toBe(title + 2);
    expect(rowTexts(ws(), header(), 7)).toEqual([
      "№ п/п",
      "Мероприятия",
      "Школы, принимающие участие в проекте",
      "Сроки",
      "Ответственные",
      "Ожидаемый результат",
      "Отметка об исполнении",
    ]);
  });

  test("six sections merged over A:G, numbering restarting at 1 in each", () => {
    const starts = [
      "Организационно - управленческие решения",
      "Разработка нормативно-правового",
      "Повышение уровня",
      "Эффективное использование",
      "Работа с родительской общественностью",
      "Информационная открытость",
    ];
    for (const start of starts) {
      const r = findRow(ws(), 1, (s) => s.startsWith(start));
      expect(merges(ws())).toContain(`A${r}:G${r}`);
      expect(value(ws(), r + 1, 1)).toBe(1);
    }
  });

  test("rows split by page breaks are continuation rows with fragments only", () => {
    const fragments: [number, string][] = [
      [2, "3. Результаты участия школьников"],
      [2, "эффективный режим работы"],
      [4, "ии с планом МСОКО"],
      [2, "директоров и учителей школ"],
      [2, "грамотности обучающихся"],
      [3, "занятий. Работа по программе"],
      [3, "взрослых»)"],
    ];
    const layout = layoutOf(built, "001-buinsk.xlsx", "План").tables[0];
    expect(layout.continuations).toHaveLength(fragments.length);
    for (const [col, start] of fragments) {
      const r = findRow(ws(), col, (s) => s.startsWith(start), header() + 1);
      expect(text(ws(), r, 1)).toBe("");
      expect(text(ws(), r, 5)).toBe("");
      expect(layout.continuations.map((c) => c.row)).toContain(r);
    }
    const third = findRow(ws(), 2, (s) => s.startsWith("3. Результаты участия"));
    expect(value(ws(), third - 1, 1)).toBe(2);
  });

  test("status marks on items 1, 3, 5, 6, 7 of the first section only; signature below", () => {
    const first = header() + 1;
    const marks = Array.from({ length: 8 }, (_, i) => [value(ws(), first + 1 + i, 1), text(ws(), first + 1 + i, 7)]);
    expect(marks.filter(([, m]) => m !== "")).toEqual([
      [1, "выполнено"],
      [3, "выполнено"],
      [5, "выполнено"],
      [6, "выполнено"],
      [7, "в работе"],
    ]);
    const all = everyText(ws());
    expect(all.filter((t) => t === "выполнено")).toHaveLength(4);
    const sign = findRow(ws(), 1, (s) => s.startsWith("Начальник МКУ «Управление образования» ___"));
    expect(text(ws(), sign, 1)).toMatch(/Н\.А\. Македонская$/);
    expect(filledColumns(ws(), sign - 1, 7)).toEqual([]);
    expect(filledColumns(ws(), sign - 2, 7).length).toBeGreaterThan(0);
  });
});

describe("002-kislovodsk.xlsx", () => {
  const ws = (): ExcelJS.Worksheet => sheetOf(built, "002-kislovodsk.xlsx", "Лист1");
  const h = (): number => findRow(ws(), 1, (s) => s === "№ п/п");

  test("approval block, merged title, two-row merged header and a numbering row", () => {
    findRow(ws(), 6, (s) => s === "Утверждаю:");
    findRow(ws(), 6, (s) => s === "«25» августа 2020 г.");
    const title = findRow(ws(), 1, (s) => s.startsWith("«Дорожная карта» разработки"));
    expect(merges(ws())).toContain(`A${title}:H${title}`);
    const r = h();
    expect(merges(ws())).toEqual(
      expect.arrayContaining([`A${r}:A${r + 1}`, `B${r}:B${r + 1}`, `C${r}:D${r}`, `E${r}:G${r}`, `H${r}:H${r + 1}`]),
    );
    expect(text(ws(), r, 3)).toBe("Результат выполнения мероприятия");
    expect(text(ws(), r, 5)).toBe("Срок реализации, годы");
    expect(text(ws(), r, 8)).toBe("Исполнитель и соисполнители мероприятия");
    expect(rowTexts(ws(), r + 1, 8).slice(2, 7)).toEqual([
      "наименование",
      "плановое значение",
      "2020 г.",
      "2021 г.",
      "2022 г.",
    ]);
    expect(rowTexts(ws(), r + 2, 8).map((_, i) => value(ws(), r + 2, i + 1))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test("sections: number in A, text merged B:H", () => {
    for (const n of ["1.", "2.", "3.", "4."]) {
      const r = findRow(ws(), 1, (s) => s === n, h() + 3);
      expect(merges(ws())).toContain(`B${r}:H${r}`);
      expect(text(ws(), r, 2)).toMatch(/^Реализация мер, направленных на/);
    }
  });

  test("numbers as written, values as numbers or text, eight columns", () => {
    const numbers = (): string[] => {
      const out: string[] = [];
      for (let r = h() + 3; r <= ws().rowCount; r++) out.push(text(ws(), r, 1));
      return out;
    };
    expect(numbers()).toEqual(expect.arrayContaining(["1.1.", "1.2", "3.3.", "4.10"]));
    expect(numbers()).not.toContain("3.2");
    const row11 = findRow(ws(), 1, (s) => s === "1.1.");
    expect([4, 5, 6, 7].map((c) => value(ws(), row11, c))).toEqual([2, 2, 2, 2]);
    const row41 = findRow(ws(), 1, (s) => s === "4.1.");
    expect([4, 5, 6, 7].map((c) => value(ws(), row41, c))).toEqual(["1; 4", 0, "1; 2", "1; 2"]);
    const row47 = findRow(ws(), 1, (s) => s === "4.7");
    expect(value(ws(), row47, 4)).toBe("не менее 1");
    expect(value(ws(), row47, 6)).toBe("1 (май)");
    const row12 = findRow(ws(), 1, (s) => s === "1.2");
    expect(value(ws(), row12, 8)).toBe("ИМО (февраль)");
    const row13 = findRow(ws(), 1, (s) => s === "1.3");
    expect([4, 5, 6, 7, 8].map((c) => value(ws(), row13, c))).toEqual([2, 2, 2, 2, "ОО"]);
    for (let r = 1; r <= ws().rowCount; r++) expect(text(ws(), r, 9)).toBe("");
  });
});

describe("003-kansk.xlsx", () => {
  const ws = (): ExcelJS.Worksheet => sheetOf(built, "003-kansk.xlsx", "ШНОР");

  test("approval block, title, header, sections merged over A:F", () => {
    findRow(ws(), 5, (s) => s === "«Утверждаю»");
    const title = findRow(ws(), 1, (s) => s === "Дорожная карта по работе со ШНОР и ШНСУ (с дополнениями)");
    expect(merges(ws())).toContain(`A${title}:F${title}`);
    const h = findRow(ws(), 1, (s) => s === "Задача");
    expect(rowTexts(ws(), h, 6)).toEqual([
      "Задача",
      "Показатели выполнения",
      "Мероприятия",
      "Сроки",
      "Ответственные",
      "Форма предъявления",
    ]);
    for (const start of ["Реализация механизмов идентификации", "1. Профилактика", "2. Выявление", "3. Адресная поддержка"]) {
      const r = findRow(ws(), 1, (s) => s.startsWith(start));
      expect(merges(ws())).toContain(`A${r}:F${r}`);
    }
  });

  test("Задача and Показатели merged down each block; several activities in one cell", () => {
    const layout = layoutOf(built, "003-kansk.xlsx", "ШНОР").tables[0];
    const first = findRow(ws(), 1, (s) => s.startsWith("Создание условий на уровне каждой школы"));
    const next = findRow(ws(), 1, (s) => s.startsWith("2. Выявление"));
    expect(merges(ws())).toEqual(expect.arrayContaining([`A${first}:A${next - 1}`, `B${first}:B${next - 1}`]));
    expect(layout.verticalMerges).toHaveLength(6);
    expect(text(ws(), first, 3)).toMatch(/^1\. Сбор .*\n2\. Оформление .*\n3\. Анализ /s);
    const cont = findRow(ws(), 3, (s) => s === "оценочных процедур.");
    expect(filledColumns(ws(), cont, 6)).toEqual([3, 6]);
    const cont2 = findRow(ws(), 3, (s) => s === "экспертиза антирисковых документов.");
    expect(text(ws(), cont2, 5)).toBe("группа");
    expect(everyText(ws())).not.toContain("выполнено");
  });
});

describe("004-primorsky.xlsx", () => {
  const ws = (): ExcelJS.Worksheet => sheetOf(built, "004-primorsky.xlsx", "Приложение");

  test("the order's head, the appendix, the title, aim and tasks above the header", () => {
    const h = findRow(ws(), 1, (s) => s === "Период или контрольная точка");
    const above = Array.from({ length: h - 1 }, (_, i) => text(ws(), i + 1, 1) || text(ws(), i + 1, 4));
    const order = [/^МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nПРИМОРСКОГО КРАЯ$/, /^П Р И К А З$/, /^19 февраля 2021$/,
      /^Об утверждении «дорожной карты».*в Приморском крае в 2021 году$/s, /^Приложение к приказу$/,
      /^«Дорожная карта» по организации работы.*в Приморском крае в 2021 году$/, /^Цель: /, /^Задачи:$/,
      /^1\. принятие/, /^2\. развитие/, /^3\. организация/, /^4\. укрепление/];
    let at = 0;
    for (const re of order) {
      const found = above.findIndex((t, i) => i >= at && re.test(t));
      expect({ re: String(re), found: found >= 0 }).toEqual({ re: String(re), found: true });
      at = found + 1;
    }
    expect(rowTexts(ws(), h, 5)).toEqual([
      "Период или контрольная точка",
      "Мероприятие",
      "Ответственный исполнитель",
      "Ожидаемый результат",
      "Отметка о выполнении",
    ]);
    for (let n = 1; n <= 4; n++) {
      const r = findRow(ws(), 1, (s) => s.startsWith(`Задача ${n}.`), h);
      expect(merges(ws())).toContain(`A${r}:D${r}`);
    }
  });

  test("four deadlines are real dates, the others text; status marks", () => {
    const h = findRow(ws(), 1, (s) => s === "Период или контрольная точка");
    const dates: string[] = [];
    for (let r = h + 1; r <= ws().rowCount; r++) {
      const v = value(ws(), r, 1);
      if (v instanceof Date) {
        expect(ws().getCell(r, 1).numFmt).toBe("dd.mm.yyyy");
        dates.push(v.toISOString().slice(0, 10));
      }
    }
    expect([...new Set(dates)].sort()).toEqual(["2021-03-01", "2021-04-30", "2021-05-28", "2021-09-29"]);
    expect(findRow(ws(), 1, (s) => s === "29.10.2021", h)).toBeGreaterThan(h);
    const march = findRow(ws(), 1, (s) => s === "2021-03-01", h);
    expect(text(ws(), march, 5)).toBe("выполнено");
    expect(text(ws(), findRow(ws(), 1, (s) => s === "Март - июнь", h), 5)).toBe("");
    expect(text(ws(), findRow(ws(), 1, (s) => s === "31.03.2021", h), 5)).toBe("исполнено");
    const profile = findRow(ws(), 2, (s) => s === "профиля", h);
    expect(text(ws(), profile, 1)).toBe("");
    expect(value(ws(), profile - 1, 1)).toEqual(new Date(Date.UTC(2021, 3, 30)));
  });
});

describe("workbooks with several sheets or none", () => {
  const cells = (ws: ExcelJS.Worksheet): string[] => everyText(ws);

  test("005: copies of the 000 and 004 layouts, and a list of schools", () => {
    const book = built.books.get("005-two-sheets.xlsx");
    expect(book?.worksheets.map((w) => w.name)).toEqual(["Дорожная карта 2021", "План", "Школы"]);
    const copy000 = sheetOf(built, "005-two-sheets.xlsx", "Дорожная карта 2021");
    expect(cells(copy000)).toEqual(cells(sheetOf(built, "000-dalnerechensk.xlsx", "Дорожная карта")));
    const copy004 = sheetOf(built, "005-two-sheets.xlsx", "План");
    expect(merges(copy004)).toEqual(merges(sheetOf(built, "004-primorsky.xlsx", "Приложение")));
    const schools = sheetOf(built, "005-two-sheets.xlsx", "Школы");
    const h = findRow(schools, 1, (s) => s === "№");
    expect(rowTexts(schools, h, 5)).toEqual(["№", "Наименование ОО", "Директор", "Телефон", "Адрес"]);
    expect(text(schools, h + 1, 1)).toBe("1.");
    const list = layoutOf(built, "005-two-sheets.xlsx", "Школы").list;
    expect(list?.count).toBeGreaterThanOrEqual(12);
    for (let r = h + 1; r < h + 1 + (list?.count ?? 0); r++) {
      expect(text(schools, r, 4)).toMatch(/^8 \(\d{5}\) \d-\d{2}-\d{2}$/);
    }
  });

  test("006: table 000, three blank rows, a second title and the first section of 001", () => {
    const ws = sheetOf(built, "006-stacked.xlsx", "Лист1");
    const end000 = findRow(ws, 1, (s) => s === "10");
    for (let r = end000 + 1; r <= end000 + 3; r++) expect(filledColumns(ws, r, 7)).toEqual([]);
    expect(text(ws, end000 + 4, 1)).toBe("План мероприятий на 2021-2022 учебный год");
    const h = findRow(ws, 1, (s) => s === "№ п/п");
    expect(text(ws, h + 1, 1)).toBe("Организационно - управленческие решения");
    expect(cells(ws).some((t) => t.startsWith("Разработка нормативно-правового"))).toBe(false);
    expect(layoutOf(built, "006-stacked.xlsx", "Лист1").tables.map((t) => t.itemCount)).toEqual([11, 11]);
    const contacts = sheetOf(built, "006-stacked.xlsx", "Контакты");
    expect(rowTexts(contacts, 1, 4)).toEqual(["ФИО", "Должность", "Телефон", "E-mail"]);
    expect(text(contacts, 2, 4)).toMatch(/^[\w.]+@[\w.-]+$/);
  });

  test("007: only the list of schools", () => {
    const book = built.books.get("007-schools.xlsx");
    expect(book?.worksheets.map((w) => w.name)).toEqual(["Школы"]);
    expect(layoutOf(built, "007-schools.xlsx", "Школы").roadmap).toBe(false);
  });
});
