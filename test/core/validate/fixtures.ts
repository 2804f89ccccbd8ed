/**
 * Hand-built RoadmapTables shaped like the seed roadmaps, following src/core/recognize/types.ts,
 * so validation is tested without the recogniser or the deadline grammar.
 */
import type { Field } from "../../../src/core/fields";
import { columnLetter, type CellValue } from "../../../src/core/grid";
import type { Deadline, Period } from "../../../src/core/deadline/types";
import type {
  RoadmapTable,
  RowKind,
  TableColumn,
  TableRow,
} from "../../../src/core/recognize/types";
import type { RowState } from "../../../src/core/report";
import {
  parseSettings,
  type Settings,
  type SettingsInput,
} from "../../../src/core/validate/settings";
import type { RowContext } from "../../../src/core/validate/rules";
import type { StatusInfo } from "../../../src/core/validate/types";

export const AS_OF = "2021-10-20";

export type ColumnSpec = [header: string, field: Field, year?: number];

export interface RowSpec {
  row?: number;
  kind?: RowKind;
  number?: string | null;
  section?: string | null;
  values: CellValue[];
}

export interface TableSpec {
  sheet?: string;
  title?: string;
  period?: Period | null;
  /** 1-based sheet row of the (single) header row; rows follow it. */
  headerRow?: number;
  /** 1-based sheet column of the first column. */
  firstColumn?: number;
  columns: ColumnSpec[];
  rows: RowSpec[];
}

export function makeTable(spec: TableSpec): RoadmapTable {
  const headerRow = spec.headerRow ?? 10;
  const firstColumn = spec.firstColumn ?? 1;
  const columns: TableColumn[] = spec.columns.map(([header, field, year], i) => ({
    index: firstColumn - 1 + i,
    column: columnLetter(firstColumn + i),
    header,
    field,
    year: year ?? null,
  }));
  let next = headerRow + 1;
  const rows: TableRow[] = spec.rows.map((r) => {
    const row = r.row ?? next;
    next = row + 1;
    const kind = r.kind ?? "item";
    return {
      row,
      kind,
      sourceRows: [row],
      values: r.values,
      number: r.number ?? null,
      section: r.section ?? null,
    };
  });
  return {
    sheet: spec.sheet ?? "Лист1",
    title: spec.title ?? "",
    municipality: null,
    period: spec.period ?? null,
    headerRows: [headerRow, headerRow],
    columns,
    rows,
    continuations: [],
    lastRow: rows.length > 0 ? rows[rows.length - 1].row : headerRow,
  };
}

export function settingsFor(input: SettingsInput = {}): Settings {
  return parseSettings({ asOf: AS_OF, ...input });
}

export function deadlineOf(partial: Partial<Deadline> = {}): Deadline {
  return {
    text: "До 01.10.2021",
    kind: "date",
    start: null,
    due: "2021-10-01",
    dates: [],
    needsYear: false,
    ...partial,
  };
}

export const UNKNOWN_STATUS: StatusInfo = { text: "", state: "unknown" };

/** A rule's input for one row of `table`, with the deadline and state given by hand. */
export function contextFor(
  table: RoadmapTable,
  rowIndex: number,
  over: Partial<Omit<RowContext, "table" | "row">> = {},
): RowContext {
  const state: RowState = over.state ?? "on-track";
  return {
    table,
    row: table.rows[rowIndex],
    deadline: over.deadline ?? deadlineOf(),
    deadlineColumn:
      over.deadlineColumn === undefined
        ? (table.columns.find((c) => c.field === "deadline")?.column ?? null)
        : over.deadlineColumn,
    status: over.status ?? UNKNOWN_STATUS,
    state,
    period: over.period === undefined ? table.period : over.period,
    settings: over.settings ?? settingsFor(),
  };
}

const BUINSK_COLUMNS: ColumnSpec[] = [
  ["№ п/п", "number"],
  ["Мероприятия", "activity"],
  ["Школы, принимающие участие в проекте", "target"],
  ["Сроки", "deadline"],
  ["Ответственные", "responsible"],
  ["Ожидаемый результат", "expectedResult"],
  ["Отметка об исполнении", "status"],
];

const ORG = "Организационно - управленческие решения";
const METHOD = "Методическое сопровождение";

/**
 * Seed 001 (Буинск): a status column, section rows across the width, numbering that restarts
 * per section, a dash for a missing responsible, and one number used twice in a section.
 */
export function buinsk(): RoadmapTable {
  return makeTable({
    title: "ПЛАН («дорожная карта») … в 2021-2022 учебном году",
    period: { start: "2021-09-01", end: "2022-08-31" },
    headerRow: 15,
    columns: BUINSK_COLUMNS,
    rows: [
      { kind: "section", section: ORG, values: [ORG, null, null, null, null, null, null] },
      {
        number: "1",
        section: ORG,
        values: [
          "1",
          "Утвердить состав муниципальной и школьной рабочих групп",
          "Сформировать управленческую команду проекта",
          "До 01.10.2021",
          "Македонская Н.А.\nДиректор ОО",
          "Приказ о назначении ответственных",
          "выполнено",
        ],
      },
      {
        number: "2",
        section: ORG,
        values: [
          "2",
          "Провести углубленный анализ образовательных результатов школ",
          null,
          "Октябрь 2021",
          "Муниципальный координатор",
          "",
          null,
        ],
      },
      {
        number: "3",
        section: ORG,
        values: [
          "3",
          "Определение ОО-партнеров",
          null,
          "Сентябрь 2021",
          "—",
          "Закрепление школ",
          null,
        ],
      },
      { kind: "section", section: METHOD, values: [METHOD, null, null, null, null, null, null] },
      {
        number: "1",
        section: METHOD,
        values: ["1", "Семинар для педагогов", null, "-", "РМЦ", "Проведен семинар", null],
      },
      {
        number: "2.",
        section: METHOD,
        values: ["2.", "Посещение уроков", null, "По графику", "Директор ОО", "Справка", null],
      },
      {
        number: "2",
        section: METHOD,
        values: ["2", "Консультации", null, "Ноябрь 2021", "РМЦ", "План консультаций", null],
      },
    ],
  });
}

/** Seed 000 (Дальнереченск): no status column, no sections, the number "3." twice. */
export function dalnerechensk(): RoadmapTable {
  const row = (n: string, activity: string, deadline: string): RowSpec => ({
    number: n,
    values: [n, activity, "Планирование работы", "ШНОР", deadline, "Гранчак А.Н.", "План"],
  });
  return makeTable({
    title: "«ДОРОЖНАЯ КАРТА» … на период 2020/2021 учебного года",
    period: { start: "2020-09-01", end: "2021-08-31" },
    headerRow: 5,
    columns: [
      ["№ п\\п", "number"],
      ["Мероприятие", "activity"],
      ["Задача", "task"],
      ["Адресность мероприятия", "target"],
      ["Срок", "deadline"],
      ["Ответственные", "responsible"],
      ["Ожидаемые результаты", "expectedResult"],
    ],
    rows: [
      row("1.", "Проведение анализа причин низких результатов", "Сентябрь 2020"),
      row("2.", "Тематическое совещание руководителей ОО", "Сентябрь 2020"),
      row("3. ", "Создание рабочей группы по разработке МУП", "До 23 сентября\n2020"),
      row("3.", "Разработка примерного МУП на 2020-2021 учебный год", "До 30 сентября 2020"),
    ],
  });
}

/** Seed 002 (Кисловодск): deadlines in year columns under "Срок реализации, годы". */
export function kislovodsk(): RoadmapTable {
  return makeTable({
    title: "«Дорожная карта» … в 2020-2022 гг.",
    period: { start: "2020-01-01", end: "2022-12-31" },
    headerRow: 13,
    columns: [
      ["№ п/п", "number"],
      ["Наименование задачи/мероприятия", "activity"],
      ["Результат выполнения мероприятия / наименование", "expectedResult"],
      ["Результат выполнения мероприятия / плановое значение", "indicator"],
      ["Срок реализации, годы / 2020 г.", "deadline", 2020],
      ["Срок реализации, годы / 2021 г.", "deadline", 2021],
      ["Срок реализации, годы / 2022 г.", "deadline", 2022],
      ["Исполнитель и соисполнители мероприятия", "responsible"],
    ],
    rows: [
      {
        number: "1.1.",
        values: ["1.1.", "Отбор ПНОР и ПНСУ", "Количество школ", 2, 2, 2, 2, "УО, ИМО"],
      },
      {
        number: "1.2",
        values: ["1.2", "Разработка Программы", "Программа", 1, 0, 1, 0, "ИМО (февраль)"],
      },
      {
        number: "1.3",
        values: ["1.3", "Самооценка деятельности ОО", "Публикация", 2, 2, "—", null, "ОО"],
      },
      {
        number: "1.4",
        values: ["1.4", "Совещание руководителей", "Протоколы", 4, null, "-", "—", "УО, ИМО, ОО"],
      },
    ],
  });
}

/** Seed 004 (Приморский край) without its responsible column, and no number column. */
export function primoryeWithoutResponsible(): RoadmapTable {
  const task = "Задача 2. Развитие кадрового потенциала школ";
  return makeTable({
    title: "«Дорожная карта» … в Приморском крае в 2021 году",
    period: { start: "2021-01-01", end: "2021-12-31" },
    headerRow: 40,
    columns: [
      ["Период или контрольная точка", "deadline"],
      ["Мероприятие", "activity"],
      ["Ожидаемый результат", "expectedResult"],
    ],
    rows: [
      { kind: "section", section: task, values: [task, null, null] },
      {
        section: task,
        values: ["Март - июнь", "Программа повышения квалификации", "Обучено 82 куратора"],
      },
      {
        section: task,
        values: ["30.04.2021", "Программа «Руководство ВСОКО»", "Разработана ВСОКО"],
      },
    ],
  });
}
