import { changesSheet, compareMonths } from "../../../../src/core/consolidate/changes";
import { snap } from "./fixtures";

describe("changesSheet", () => {
  const before = [
    snap({ number: "1" }),
    snap({
      number: "2",
      activity: "Мониторинг результатов всероссийских проверочных работ",
      state: "overdue",
    }),
    snap({ municipality: "Буинский муниципальный район" }),
  ];
  const after = [
    snap({ number: "1", deadlineText: "Декабрь 2021", due: "2021-12-31" }),
    snap({
      number: "2",
      activity: "Мониторинг результатов всероссийских проверочных работ",
      state: "done",
      status: "исполнено",
    }),
  ];
  const { changes } = compareMonths(before, after);

  it("writes one row per change with what was and what is", () => {
    const sheet = changesSheet(changes, "ru");
    expect(sheet.name).toBe("Изменения");
    expect(sheet.columns.map((c) => c.header)).toEqual([
      "Муниципалитет",
      "Изменение",
      "Раздел",
      "№",
      "Мероприятие",
      "Было",
      "Стало",
      "Срок был",
      "Срок стал",
    ]);
    expect(sheet.rows.map((r) => r.slice(0, 2).concat(r.slice(3, 4), r.slice(5)))).toEqual([
      [
        "г. Канск",
        "срок перенесён",
        "1",
        "Сентябрь 2021",
        "Декабрь 2021",
        "2021-09-30",
        "2021-12-31",
      ],
      [
        "г. Канск",
        "выполнено",
        "2",
        "просрочено",
        "выполнено (исполнено)",
        "2021-09-30",
        "2021-09-30",
      ],
      [
        "Буинский муниципальный район",
        "нет данных за месяц",
        "",
        "",
        "в прошлом месяце прислал дорожную карту, в этом файл не получен",
        null,
        null,
      ],
    ]);
  });

  it("names the kinds in English with --lang en", () => {
    const sheet = changesSheet(changes, "en");
    expect(sheet.rows.map((r) => r[1])).toEqual([
      "deadline postponed",
      "newly done",
      "no data this month",
    ]);
  });
});
