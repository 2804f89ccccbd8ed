import {
  snapshotsOfModelSheet,
  snapshotsOfSvodGrid,
} from "../../../../src/core/consolidate/changes";
import type { Grid } from "../../../../src/core/grid";
import type { RegionalColumn } from "../../../../src/core/consolidate";

const HEADERS = [
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
];
const KEYS = [
  "municipality",
  "section",
  "number",
  "activity",
  "deadline",
  "due",
  "responsible",
  "expectedResult",
  "status",
  "state",
  "remarks",
  "source",
];

const ROW = [
  "г. Канск",
  "Задача 1",
  "1.1",
  "Семинар",
  "Сентябрь 2021",
  "2021-09-30",
  "Иванов",
  "Проведён",
  "выполнено",
  "выполнено",
  "",
  "канск.xlsx, лист «План», строка 5",
];

const EXPECTED = {
  municipality: "г. Канск",
  section: "Задача 1",
  number: "1.1",
  activity: "Семинар",
  deadlineText: "Сентябрь 2021",
  due: "2021-09-30",
  state: "done",
  status: "выполнено",
};

describe("snapshotsOfModelSheet", () => {
  it("reads the model's «Свод» rows by column key", () => {
    const columns = KEYS.map((key, i): RegionalColumn => ({
      key,
      header: HEADERS[i],
      kind: key === "due" ? "date" : "text",
      width: 10,
      wrap: false,
    }));
    expect(snapshotsOfModelSheet(columns, [ROW])).toEqual([EXPECTED]);
  });
});

describe("snapshotsOfSvodGrid", () => {
  const grid = (cells: Grid["cells"]): Grid => ({
    sheet: "Свод",
    origin: { row: 1, col: 1 },
    cells,
    merges: [],
  });

  it("reads a «Свод» sheet read back from a workbook: real dates, a title line above", () => {
    const row = [...ROW];
    const cells: Grid["cells"] = [
      ["Свод дорожных карт муниципалитетов на 15.01.2022"],
      [],
      HEADERS,
      row.map((v, i) => (i === 5 ? new Date(Date.UTC(2021, 8, 30)) : v)),
      [],
    ];
    expect(snapshotsOfSvodGrid(grid(cells))).toEqual([EXPECTED]);
  });

  it("takes a due date typed by hand as dd.mm.yyyy, and an unknown state as unknown", () => {
    const row = ROW.map((v, i) => (i === 5 ? "30.09.2021" : i === 9 ? "на контроле" : v));
    expect(snapshotsOfSvodGrid(grid([HEADERS, row]))).toEqual([{ ...EXPECTED, state: null }]);
  });

  it("is null for a sheet that is not a «Свод»", () => {
    expect(
      snapshotsOfSvodGrid(
        grid([
          ["№", "Мероприятие", "Срок"],
          ["1", "Семинар", "Май"],
        ]),
      ),
    ).toBe(null);
  });
});
