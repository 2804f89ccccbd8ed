import { consolidate } from "../../../src/core/consolidate";
import { BASIC_COLUMNS, OVERDUE, buinsk, checkedTable, finding, source } from "./fixtures";
import { sheetNamed, svod } from "./helpers";

const AS_OF = "2022-01-15";

describe("Свод", () => {
  it("has one row per activity with the canonical columns", () => {
    const model = consolidate([source("001-buinsk.xlsx", [buinsk()])], { asOf: AS_OF });
    const sheet = sheetNamed(model, "Свод");
    expect(sheet.columns.map((c) => c.header)).toEqual([
      "Муниципалитет",
      "Раздел",
      "№",
      "Мероприятие",
      "Срок (как указан)",
      "Срок (дата)",
      "Ответственные",
      "Ожидаемый результат",
      "Отметка об исполнении",
      "Состояние",
      "Замечания",
      "Источник",
    ]);
    expect(sheet.columns.find((c) => c.header === "Срок (дата)")?.kind).toBe("date");
    expect(svod(model)).toEqual([
      {
        Муниципалитет: "Буинский муниципальный район",
        Раздел: "Организационно-управленческие решения",
        "№": "1.",
        Мероприятие: "Создание рабочей группы",
        "Срок (как указан)": "Сентябрь 2021",
        "Срок (дата)": "2021-09-30",
        Ответственные: "Иванов А.А.",
        "Ожидаемый результат": "Приказ",
        "Отметка об исполнении": "выполнено",
        Состояние: "выполнено",
        Замечания: "",
        Источник: "001-buinsk.xlsx, лист «План», строка 5",
      },
      expect.objectContaining({
        "№": "2.",
        Состояние: "просрочено",
        Замечания: "Срок прошёл 31.10.2021 (просрочено на 76 дней), отметки о выполнении нет",
      }),
      expect.objectContaining({
        "№": "3.",
        Ответственные: "",
        "Срок (дата)": null,
        Состояние: "без срока",
        // Errors before warnings.
        Замечания:
          "Не указан ответственный\nСрок «По графику» не позволяет проверить своевременность: укажите месяц или дату",
      }),
    ]);
  });

  it("adds a column per other role present anywhere, and 'Прочее' for columns with no role", () => {
    const kansk = checkedTable({
      sheet: "ШНОР",
      columns: [
        ["Задача", "task"],
        ["Показатели выполнения", "indicator"],
        ["Мероприятия", "activity"],
        ["Сроки", "deadline"],
        ["Форма предъявления", "evidence"],
        ["Примечание", "other"],
        ["", "other"],
      ],
      rows: [
        {
          values: [
            "Создание условий",
            "Доля ОО",
            "Сбор информации",
            "Март 2022",
            "Справка",
            "см. письмо",
            7,
          ],
        },
      ],
    });
    const model = consolidate([source("kansk.xlsx", [buinsk()]), source("x.xlsx", [kansk])], {
      asOf: AS_OF,
    });
    const headers = sheetNamed(model, "Свод").columns.map((c) => c.header);
    expect(headers.slice(12)).toEqual(["Задача", "Показатели", "Форма предъявления", "Прочее"]);
    const row = svod(model).find((r) => r["Мероприятие"] === "Сбор информации");
    expect(row).toMatchObject({
      Задача: "Создание условий",
      Показатели: "Доля ОО",
      "Форма предъявления": "Справка",
      Прочее: "Примечание: см. письмо\nСтолбец G: 7",
      Ответственные: "",
    });
    // Buinsk's rows get empty cells in the columns its table does not have.
    expect(svod(model).find((r) => r["№"] === "1.")).toMatchObject({ Задача: "", Прочее: "" });
  });

  it("writes several columns of one role as 'header: value' lines (year columns)", () => {
    const kislovodsk = checkedTable({
      columns: [
        ["№ п/п", "number"],
        ["Наименование задачи/мероприятия", "activity"],
        ["Срок реализации, годы / 2020 г.", "deadline"],
        ["Срок реализации, годы / 2021 г.", "deadline"],
        ["Срок реализации, годы / 2022 г.", "deadline"],
        ["Исполнитель", "responsible"],
      ],
      rows: [{ values: ["1.1.", "Мониторинг", 2, 0, "1; 2", "УО"], due: "2022-12-31" }],
    });
    const [row] = svod(consolidate([source("002.xlsx", [kislovodsk])], { asOf: AS_OF }));
    expect(row["Срок (как указан)"]).toBe(
      "Срок реализации, годы / 2020 г.: 2\nСрок реализации, годы / 2021 г.: 0\nСрок реализации, годы / 2022 г.: 1; 2",
    );
    expect(row["Срок (дата)"]).toBe("2022-12-31");
  });

  it("shows real dates as dd.mm.yyyy text in text columns and keeps the due date as a date", () => {
    const t = checkedTable({
      columns: BASIC_COLUMNS,
      rows: [
        {
          values: [4, "Совещание", new Date(Date.UTC(2021, 2, 1)), "Министерство", true, null],
          due: "2021-03-01",
        },
      ],
    });
    const [row] = svod(consolidate([source("004.xlsx", [t])], { asOf: AS_OF }));
    expect(row).toMatchObject({
      "№": "4",
      "Срок (как указан)": "01.03.2021",
      "Срок (дата)": "2021-03-01",
      "Ожидаемый результат": "ИСТИНА",
    });
  });

  it("takes the number read from the activity when the table has no number column", () => {
    const t = checkedTable({
      columns: BASIC_COLUMNS.slice(1),
      rows: [{ values: ["1.2 Подготовка", "Май 2022", "УО", "План", null], number: "1.2" }],
    });
    expect(svod(consolidate([source("a.xlsx", [t])], { asOf: AS_OF }))[0]["№"]).toBe("1.2");
  });

  it("names every sheet row of an activity split by a page break", () => {
    const t = checkedTable({
      columns: BASIC_COLUMNS,
      rows: [
        { values: ["1.", "Первое", "Май 2022", "УО", "План", null], continuations: 1 },
        { values: ["2.", "Второе", "Май 2022", "УО", "План", null] },
      ],
    });
    const rows = svod(consolidate([source("a.xlsx", [t])], { asOf: AS_OF }));
    expect(rows.map((r) => r["Источник"])).toEqual([
      "a.xlsx, лист «Лист1», строки 4–5",
      "a.xlsx, лист «Лист1», строка 6",
    ]);
  });

  it("names a Word document's table «таблица N», not a sheet", () => {
    const t = checkedTable({
      sheet: "Таблица 2",
      columns: BASIC_COLUMNS,
      rows: [
        { values: ["1.", "Первое", "Май 2022", "УО", "План", null], continuations: 1 },
        { values: ["2.", "Второе", "Май 2022", "УО", "План", null] },
      ],
    });
    const doc = { ...source("план.docx", [t]), format: "docx" as const };
    expect(svod(consolidate([doc], { asOf: AS_OF })).map((r) => r["Источник"])).toEqual([
      "план.docx, таблица 2, строки 4–5",
      "план.docx, таблица 2, строка 6",
    ]);
    // The same table from a workbook keeps its sheet's name.
    const sheet = { ...source("план.xlsx", [t]), format: "xlsx" as const };
    expect(svod(consolidate([sheet], { asOf: AS_OF }))[1]["Источник"]).toBe(
      "план.xlsx, лист «Таблица 2», строка 6",
    );
  });

  describe("sections", () => {
    const withSections = () =>
      checkedTable({
        columns: BASIC_COLUMNS,
        rows: [
          { kind: "section", values: [null, "Реализация механизмов идентификации ШНОР"] },
          {
            kind: "section",
            values: ["1.", "Профилактика учебной неуспешности"],
            section: "Профилактика учебной неуспешности",
          },
          { values: ["1.", "Сбор информации", "Май 2022", "УО", "План", null] },
          { kind: "section", values: ["2.", "Выявление рисков"], section: "2. Выявление рисков" },
          { values: ["1.", "Анкетирование", "Май 2022", "УО", "План", null] },
          { kind: "section", values: ["Работа с родителями"] },
        ],
      });

    it("keeps a section's number written in its own cell, and heads items with the chain of sections above them", () => {
      const rows = svod(consolidate([source("a.xlsx", [withSections()])], { asOf: AS_OF }));
      expect(rows.map((r) => r["Раздел"])).toEqual([
        "Реализация механизмов идентификации ШНОР / 1. Профилактика учебной неуспешности",
        "2. Выявление рисков",
      ]);
    });

    it("reports a trailing section without activities instead of dropping its text", () => {
      const model = consolidate([source("a.xlsx", [withSections()])], { asOf: AS_OF });
      const found = sheetNamed(model, "Замечания").rows.filter(
        (r) => r[8] === "section-without-activities",
      );
      expect(found).toEqual([
        [
          "a",
          "a.xlsx",
          "Лист1",
          9,
          "",
          "сведения",
          "раздел без мероприятий",
          "Раздел без мероприятий: «Работа с родителями»",
          "section-without-activities",
        ],
      ]);
    });
  });

  it("counts activities in = rows out, across files and tables", () => {
    const a = buinsk();
    const b = checkedTable({
      columns: BASIC_COLUMNS,
      rows: [
        {
          values: ["1.", "X", "Май 2022", "УО", "План", null],
          state: "overdue",
          findings: [OVERDUE()],
        },
      ],
    });
    const model = consolidate([source("a.xlsx", [a, b]), source("b.xlsx", [buinsk()], "Другой")], {
      asOf: AS_OF,
    });
    const items = [a, b, buinsk()].flatMap((t) => t.rows).filter((r) => r.row.kind !== "section");
    expect(sheetNamed(model, "Свод").rows).toHaveLength(items.length);
    expect(model.totals.activities).toBe(items.length);
  });

  it("cuts a text longer than Excel's cell limit and says so in 'Замечания'", () => {
    const long = "а".repeat(40_000);
    const t = checkedTable({
      columns: BASIC_COLUMNS,
      rows: [{ values: ["1.", long, "Май 2022", "Б".repeat(32_767), "План", null] }],
    });
    const model = consolidate([source("a.xlsx", [t])], { asOf: AS_OF });
    const [row] = svod(model);
    expect(String(row["Мероприятие"]).length).toBe(32_767);
    expect(String(row["Мероприятие"])).toMatch(/…\[обрезано, см\. исходный файл\]$/);
    // Exactly at the limit: kept whole.
    expect(row["Ответственные"]).toBe("Б".repeat(32_767));
    const cut = sheetNamed(model, "Замечания").rows.filter((r) => r[8] === "text-truncated");
    expect(cut).toHaveLength(1);
    expect(cut[0][7]).toMatch(/^Текст графы «Мероприятие» длиннее 32767 знаков/);
  });

  it("keeps formula-like text as the same text", () => {
    const texts = ["=1+1", '=HYPERLINK("http://x","y")', "+7 (423) 000-00-00", "-5", "@SUM(A1)"];
    const t = checkedTable({
      columns: BASIC_COLUMNS,
      rows: texts.map((x) => ({ values: ["1.", x, x, x, x, x] })),
    });
    const rows = svod(consolidate([source("a.xlsx", [t])], { asOf: AS_OF }));
    expect(rows.map((r) => r["Мероприятие"])).toEqual(texts);
    expect(rows.map((r) => r["Отметка об исполнении"])).toEqual(texts);
  });

  it("renders messages in English on request, keeping the Russian sheet layout", () => {
    const model = consolidate([source("a.xlsx", [buinsk()])], { asOf: AS_OF, lang: "en" });
    expect(svod(model)[1]["Замечания"]).toBe(
      "The deadline 31.10.2021 has passed (76 days overdue) and the activity is not marked as done",
    );
    expect(sheetNamed(model, "Свод").columns[0].header).toBe("Муниципалитет");
  });

  it("rejects a malformed as-of date with a clear message", () => {
    expect(() => consolidate([], { asOf: "15.01.2022" })).toThrow(
      "asOf: ожидается дата ГГГГ-ММ-ДД, получено «15.01.2022»",
    );
  });

  it("sets widths within bounds and wraps long text", () => {
    const t = checkedTable({
      columns: BASIC_COLUMNS,
      rows: [
        {
          values: ["1.", "Длинное ".repeat(30), "Май", "УО", "План", null],
          findings: [finding("missing-deadline")],
        },
      ],
    });
    const cols = sheetNamed(consolidate([source("a.xlsx", [t])], { asOf: AS_OF }), "Свод").columns;
    const byHeader = Object.fromEntries(cols.map((c) => [c.header, c]));
    // A long activity wraps within the width the sheet can print at (svod.ts, maxWidth).
    expect(byHeader["Мероприятие"]).toMatchObject({ width: 45, wrap: true });
    // A header word is never broken: the column is at least as wide as it is, bold.
    expect(byHeader["Ответственные"].width).toBeGreaterThan("Ответственные".length);
    expect(byHeader["№"]).toMatchObject({ wrap: false });
    expect(byHeader["№"].width).toBeGreaterThanOrEqual(6);
    expect(byHeader["Срок (дата)"]).toMatchObject({ width: 12, wrap: false });
  });
});
