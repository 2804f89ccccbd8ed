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
        "Доля выполненных в срок": 0.5,
        "Главные замечания": "просрочено: 1\nне указан ответственный: 1\nнеопределённый срок: 1",
        "Проблемы с файлами": "",
        "Имена файлов": "a.xlsx",
      },
      expect.objectContaining({
        Муниципалитет: "г. Канск",
        Мероприятия: 4,
        Просрочено: 3,
        Выполнено: 1,
        "Доля выполненных в срок": 0.25,
        "Главные замечания": "просрочено: 3",
      }),
      expect.objectContaining({
        Муниципалитет: "lesozavodsk",
        Файлы: 1,
        Таблицы: 0,
        Мероприятия: 0,
        "Доля выполненных в срок": null,
        "Проблемы с файлами": "07-lesozavodsk.xls: Файл в старом формате Excel 97–2003 (.xls).",
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
      "муниципалитетов: 3; не прочитано файлов: 1",
      "по состоянию на 15.01.2022",
    ]);
    expect(model.totals).toMatchObject({ files: 3, unreadableFiles: 1, activities: 7 });
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
      "Имена файлов": "kansk-may.xlsx\nkansk-june.xlsx",
    });
    expect(remarks(model)[0]).toEqual({
      Муниципалитет: "г. Канск",
      Файл: "kansk-may.xlsx, kansk-june.xlsx",
      Лист: "",
      Строка: null,
      Столбец: "",
      Код: "duplicate-municipality",
      Важность: "предупреждение",
      Замечание: "несколько файлов",
      Сообщение:
        "От муниципалитета «г. Канск» получено несколько файлов (kansk-may.xlsx, kansk-june.xlsx): проверьте, не дубль ли это; мероприятия всех файлов включены в свод",
    });
    // Both files' activities are there, each with its own source.
    expect(svod(model).map((r) => String(r["Источник"]).split(",")[0])).toEqual([
      "kansk-may.xlsx",
      "kansk-june.xlsx",
      "kansk-june.xlsx",
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

  it("lists a workbook without a roadmap and a municipality that sent nothing", () => {
    const model = consolidate([source("school-list.xlsx", [])], {
      asOf: AS_OF,
      expected: ["school-list", "Дальнереченский городской округ", " "],
    });
    expect(summary(model).map((r) => [r["Муниципалитет"], r["Проблемы с файлами"]])).toEqual([
      ["Дальнереченский городской округ", "Файл от муниципалитета не получен"],
      [
        "school-list",
        "school-list.xlsx: В файле не найдена дорожная карта: нет таблицы с графами вроде «Мероприятие», «Срок», «Ответственные»",
      ],
    ]);
    expect(remarks(model).map((r) => [r["Код"], r["Важность"]])).toEqual([
      ["not-reported", "ошибка"],
      ["no-roadmap", "ошибка"],
    ]);
  });

  it("notes a file whose tables name different municipalities", () => {
    const primorsky = checkedTable({
      municipality: "Приморский край",
      columns: BASIC_COLUMNS,
      rows: [],
    });
    const model = consolidate([source("005.xlsx", [kansk(1, 0), primorsky])], { asOf: AS_OF });
    const mixed = remarks(model).find((r) => r["Код"] === "mixed-municipality");
    expect(mixed?.["Сообщение"]).toBe(
      "Таблицы файла называют разные муниципалитеты (г. Канск, Приморский край); все мероприятия отнесены к «г. Канск»",
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
        Муниципалитет: "lesozavodsk",
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
