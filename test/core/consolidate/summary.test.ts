import { consolidate, type SourceFile } from "../../../src/core/consolidate";
import { BASIC_COLUMNS, OVERDUE, buinsk, checkedTable, finding, source } from "./fixtures";
import { remarks, sheetNamed, summary, svod } from "./helpers";

const AS_OF = "2022-01-15";

function kansk(overdue: number, done: number): ReturnType<typeof checkedTable> {
  return checkedTable({
    municipality: "г. Канск",
    columns: BASIC_COLUMNS,
    rows: [
      ...Array.from({ length: overdue }, (_, i) => ({
        values: [`${i + 1}.`, `Просроченное ${i}`, "Май 2021", "УО", "План", null],
        state: "overdue" as const,
        findings: [OVERDUE()],
      })),
      ...Array.from({ length: done }, (_, i) => ({
        values: [`${overdue + i + 1}.`, `Выполненное ${i}`, "Май 2021", "УО", "План", "выполнено"],
        state: "done" as const,
      })),
    ],
  });
}

const unreadable: SourceFile = {
  file: "07-lesozavodsk.xls",
  error: { code: "legacy-xls", message: "Файл в старом формате Excel 97–2003 (.xls)." },
  tables: [],
};

describe("Сводка", () => {
  it("has one row per municipality with its counts, in alphabetical order, and totals", () => {
    const model = consolidate(
      [source("b.xlsx", [kansk(3, 1)]), source("a.xlsx", [buinsk()]), unreadable],
      { asOf: AS_OF },
    );
    expect(summary(model)).toEqual([
      {
        Муниципалитет: "Буинский муниципальный район",
        Файлы: 1,
        Таблицы: 1,
        Мероприятия: 3,
        Просрочено: 1,
        Выполнено: 1,
        "Скоро срок": 0,
        Неполные: 1,
        "Выполнено из наступивших": 0.5,
        "Главные замечания": "просрочено: 1\nне указан ответственный: 1\nнеопределённый срок: 1",
        "Проблемы с файлами": "",
        "Имена файлов": "a.xlsx",
      },
      expect.objectContaining({
        Муниципалитет: "г. Канск",
        Мероприятия: 4,
        Просрочено: 3,
        Выполнено: 1,
        "Выполнено из наступивших": 0.25,
        "Главные замечания": "просрочено: 3",
      }),
    ]);
    expect(sheetNamed(model, "Сводка").totals).toEqual([
      "Итого",
      3,
      2,
      7,
      4,
      2,
      0,
      1,
      2 / 6,
      `замечаний: ${sheetNamed(model, "Замечания").rows.length}`,
      "муниципалитетов: 2; не прочитано файлов: 1\nфайлы, не включённые в свод (1):\n07-lesozavodsk.xls — Файл в старом формате Excel 97–2003 (.xls).",
      "по состоянию на 15.01.2022",
    ]);
    // An unreadable file is no municipality: not a row, not counted, but a file read.
    expect(model.totals).toMatchObject({
      files: 3,
      unreadableFiles: 1,
      activities: 7,
      municipalities: 2,
    });
    expect(model.files.map((f) => [f.role, f.municipalities])).toEqual([
      ["municipal", ["г. Канск"]],
      ["municipal", ["Буинский муниципальный район"]],
      ["unreadable", []],
    ]);
  });

  it("flags two files from one municipality instead of silently merging them", () => {
    const model = consolidate(
      [source("kansk-may.xlsx", [kansk(1, 0)]), source("kansk-june.xlsx", [kansk(0, 2)])],
      { asOf: AS_OF },
    );
    const [row] = summary(model);
    expect(row).toMatchObject({
      Муниципалитет: "г. Канск",
      Файлы: 2,
      Мероприятия: 3,
      "Проблемы с файлами": "2 файла от одного муниципалитета: проверьте, не дубль ли",
      // In the order of their names, whatever the order they came in.
      "Имена файлов": "kansk-june.xlsx\nkansk-may.xlsx",
    });
    expect(remarks(model)[0]).toEqual({
      Муниципалитет: "г. Канск",
      Файл: "kansk-june.xlsx, kansk-may.xlsx",
      Лист: "",
      Строка: null,
      Столбец: "",
      Код: "duplicate-municipality",
      Важность: "предупреждение",
      Замечание: "несколько файлов",
      Сообщение:
        "От муниципалитета «г. Канск» получено несколько файлов (kansk-june.xlsx, kansk-may.xlsx): проверьте, не дубль ли это; мероприятия всех файлов включены в свод",
    });
    // Both files' activities are there, each with its own source.
    expect(svod(model).map((r) => String(r["Источник"]).split(",")[0])).toEqual([
      "kansk-june.xlsx",
      "kansk-june.xlsx",
      "kansk-may.xlsx",
    ]);
  });

  it("lets the user's choice of municipality separate or join files", () => {
    const model = consolidate(
      [source("1.xlsx", [kansk(1, 0)], "Канский район"), source("2.xlsx", [kansk(1, 0)])],
      { asOf: AS_OF },
    );
    expect(summary(model).map((r) => r["Муниципалитет"])).toEqual(["г. Канск", "Канский район"]);
    expect(model.files.map((f) => f.municipalitySource)).toEqual(["override", "title"]);
  });

  it("lists a workbook without a roadmap among the files, not as a municipality", () => {
    const model = consolidate([source("school-list.xlsx", []), source("a.xlsx", [buinsk()])], {
      asOf: AS_OF,
      expected: ["Дальнереченский городской округ", " "],
    });
    expect(summary(model).map((r) => [r["Муниципалитет"], r["Проблемы с файлами"]])).toEqual([
      ["Буинский муниципальный район", ""],
      ["Дальнереченский городской округ", "Файл от муниципалитета не получен"],
    ]);
    expect(model.totals).toMatchObject({ municipalities: 2, files: 2, notRoadmapFiles: 1 });
    expect(String(sheetNamed(model, "Сводка").totals![10])).toContain(
      "school-list.xlsx — В файле не найдена дорожная карта",
    );
    const own = remarks(model).filter((r) =>
      ["not-reported", "no-roadmap"].includes(r["Код"] as string),
    );
    expect(own.map((r) => [r["Муниципалитет"], r["Код"], r["Важность"]])).toEqual([
      ["Дальнереченский городской округ", "not-reported", "ошибка"],
      ["", "no-roadmap", "ошибка"],
    ]);
  });

  it("skips a regional workbook of ours given as an input: listed, never counted", () => {
    const ours: SourceFile = { file: "свод-май.xlsx", error: null, tables: [], ownOutput: true };
    const model = consolidate([ours, source("a.xlsx", [buinsk()])], { asOf: AS_OF });
    expect(summary(model).map((r) => r["Муниципалитет"])).toEqual(["Буинский муниципальный район"]);
    expect(model.totals).toMatchObject({ municipalities: 1, files: 1, skippedFiles: 1 });
    expect(model.files[0]).toMatchObject({ role: "own-output", municipalities: [] });
    expect(String(sheetNamed(model, "Сводка").totals![10])).toContain(
      "свод-май.xlsx — Это региональный свод, составленный программой",
    );
    expect(remarks(model).at(-1)).toMatchObject({ Файл: "свод-май.xlsx", Код: "own-output" });
  });

  it("counts each table of a file under the municipality of its own title", () => {
    const primorsky = checkedTable({
      municipality: "Приморский край",
      columns: BASIC_COLUMNS,
      rows: [
        {
          values: ["1.", "Краевое", "Май 2021", "УО", "План", "выполнено"],
          state: "done" as const,
        },
      ],
    });
    const untitled = kansk(0, 1);
    untitled.table.municipality = null;
    const model = consolidate([source("005.xlsx", [kansk(2, 0), primorsky, untitled])], {
      asOf: AS_OF,
    });
    expect(summary(model).map((r) => [r["Муниципалитет"], r["Мероприятия"], r["Таблицы"]])).toEqual(
      [
        ["г. Канск", 3, 2],
        ["Приморский край", 1, 1],
      ],
    );
    expect(model.files[0]).toMatchObject({
      municipality: "г. Канск",
      municipalities: ["г. Канск", "Приморский край"],
      activities: 4,
    });
    expect(svod(model).map((r) => r["Муниципалитет"])).toEqual([
      "г. Канск",
      "г. Канск",
      "г. Канск",
      "Приморский край",
    ]);
    const mixed = remarks(model).find((r) => r["Код"] === "mixed-municipality");
    expect(mixed?.["Сообщение"]).toBe(
      "В файле таблицы разных муниципалитетов (г. Канск, Приморский край): мероприятия каждой таблицы отнесены к муниципалитету из её заголовка",
    );
  });
});

describe("Замечания", () => {
  it("lists every finding with its municipality, location, code, severity and message", () => {
    const table = buinsk();
    table.findings.push({ ...finding("no-status-column"), row: null });
    const model = consolidate([source("001.xlsx", [table]), unreadable], { asOf: AS_OF });
    expect(remarks(model)).toEqual([
      {
        Муниципалитет: "Буинский муниципальный район",
        Файл: "001.xlsx",
        Лист: "План",
        Строка: null,
        Столбец: "",
        Код: "no-status-column",
        Важность: "сведения",
        Замечание: "нет графы отметки об исполнении",
        Сообщение:
          "В таблице нет графы «Отметка об исполнении»: выполненные мероприятия не отличить от просроченных",
      },
      expect.objectContaining({
        Строка: 6,
        Столбец: "C",
        Код: "overdue",
        Важность: "ошибка",
        Замечание: "просрочено",
      }),
      expect.objectContaining({ Строка: 7, Столбец: "D", Код: "missing-responsible" }),
      expect.objectContaining({ Строка: 7, Столбец: "C", Код: "vague-deadline" }),
      {
        Муниципалитет: "",
        Файл: "07-lesozavodsk.xls",
        Лист: "",
        Строка: null,
        Столбец: "",
        Код: "legacy-xls",
        Важность: "ошибка",
        Замечание: "файл не прочитан",
        Сообщение: "Файл в старом формате Excel 97–2003 (.xls).",
      },
    ]);
    expect(model.totals.findings).toBe(5);
  });
});
