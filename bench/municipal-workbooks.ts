/**
 * Municipal roadmap workbooks generated in the layouts real ones have (DESIGN.md §2): title
 * rows, approval blocks, section rows merged across, tasks merged down, real Excel dates,
 * deadlines first, extra unnamed columns. Used by the consolidation bench and tests.
 */
import ExcelJS from "exceljs";

export const MUNICIPALITIES: { genitive: string; nominative: string }[] = [
  { genitive: "Дальнереченского городского округа", nominative: "Дальнереченский городской округ" },
  { genitive: "Буинского муниципального района", nominative: "Буинский муниципальный район" },
  { genitive: "Лесозаводского городского округа", nominative: "Лесозаводский городской округ" },
  { genitive: "Артёмовского городского округа", nominative: "Артёмовский городской округ" },
  {
    genitive: "Партизанского муниципального района",
    nominative: "Партизанский муниципальный район",
  },
  { genitive: "Спасского муниципального района", nominative: "Спасский муниципальный район" },
  { genitive: "Уссурийского городского округа", nominative: "Уссурийский городской округ" },
  {
    genitive: "Надеждинского муниципального района",
    nominative: "Надеждинский муниципальный район",
  },
  { genitive: "Ханкайского муниципального округа", nominative: "Ханкайский муниципальный округ" },
  { genitive: "Кировского муниципального района", nominative: "Кировский муниципальный район" },
];

const ACTIVITIES = [
  "Проведение анализа внешних и внутренних причин низких образовательных результатов",
  "Проведение тематического совещания руководителей ОО и заместителей директоров по УВР",
  "Создание рабочей группы по разработке муниципального управленческого проекта",
  "Организация курсов повышения квалификации педагогов ШНОР",
  "Мониторинг реализации программ перехода школ в эффективный режим работы",
  "Проведение диагностики профессиональных дефицитов учителей",
  "Организация сетевого взаимодействия ШНОР со школами-лидерами",
];
/** Deadline texts as municipalities write them; the recognition bench draws from them too. */
export const DEADLINES = [
  "Сентябрь 2021",
  "До 01.10.2021",
  "В течение года",
  "Ноябрь- декабрь 2021",
  "Ежеквартально",
  "По графику",
  "До 23 сентября\n2021",
  "Март - июнь 2022",
];
const RESPONSIBLE = [
  "Гранчак А.Н.",
  "Гостева М.Л.",
  "Руководители ОО",
  "МКУ «Управление образования»",
];
const RESULTS = [
  "Аналитическая справка",
  "Приказ",
  "Протокол совещания",
  "Повышение качества образования",
];
const STATUS = ["выполнено", "", "в работе", "", "исполнено", ""];

export type Layout = "classic" | "deadline-first" | "tasks-merged" | "approval-and-extras";
export const LAYOUTS: Layout[] = [
  "classic",
  "deadline-first",
  "tasks-merged",
  "approval-and-extras",
];

export interface MunicipalOptions {
  index: number;
  activities: number;
  layout?: Layout;
  /** Texts put into the activity cells of the first rows, in order (injection tests). */
  inject?: string[];
}

/** Approximate share of rows that open a new section. */
const SECTION_EVERY = 25;

function pick<T>(list: T[], i: number): T {
  return list[i % list.length];
}

export async function municipalWorkbook(options: MunicipalOptions): Promise<Uint8Array> {
  const { index, activities } = options;
  const layout = options.layout ?? pick(LAYOUTS, index);
  const m = pick(MUNICIPALITIES, index);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(layout === "tasks-merged" ? "ШНОР" : "Дорожная карта");
  let r = 1;
  if (layout === "approval-and-extras") {
    for (const line of ["УТВЕРЖДАЮ", "Начальник управления образования", "_________ И.И. Иванов"]) {
      ws.getCell(r++, 5).value = line;
    }
    r++;
  }
  const title = `«Дорожная карта» по переводу школ ${m.genitive} в эффективный режим работы на 2021-2022 учебный год`;
  ws.getCell(r, 1).value = title;
  const headers = headersOf(layout);
  ws.mergeCells(r, 1, r, headers.length);
  r += 2;
  headers.forEach((h, c) => {
    ws.getCell(r, c + 1).value = h;
    ws.getCell(r, c + 1).font = { bold: true };
  });
  r++;
  let taskStart = r;
  for (let i = 0; i < activities; i++) {
    if (i % SECTION_EVERY === 0) {
      ws.getCell(r, 1).value =
        `Раздел ${i / SECTION_EVERY + 1}. Организационно-управленческие меры`;
      ws.mergeCells(r, 1, r, headers.length);
      r++;
      taskStart = r;
    }
    const activity = options.inject?.[i] ?? `${pick(ACTIVITIES, i + index)} (${i + 1})`;
    const deadline: ExcelJS.CellValue =
      i % 5 === 3 ? new Date(Date.UTC(2021, i % 12, 1 + (i % 28))) : pick(DEADLINES, i);
    const row = rowOf(layout, i, activity, deadline, index);
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r, c + 1).value = v;
    });
    if (deadline instanceof Date)
      ws.getCell(r, headers.indexOf(deadlineHeader(layout)) + 1).numFmt = "dd.mm.yyyy";
    r++;
    // Tasks merged down over the block of activities they cover.
    const blockEnd = (i + 1) % SECTION_EVERY === 0 || i === activities - 1;
    if (layout === "tasks-merged" && blockEnd && r - 1 > taskStart) {
      ws.mergeCells(taskStart, 1, r - 1, 1);
      ws.mergeCells(taskStart, 2, r - 1, 2);
    }
  }
  ws.getCell(r + 1, 1).value = "Начальник МКУ «Управление образования» ____________ Н.А. Иванова";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function deadlineHeader(layout: Layout): string {
  if (layout === "deadline-first") return "Период или контрольная точка";
  return layout === "tasks-merged" ? "Сроки" : "Срок";
}

function headersOf(layout: Layout): string[] {
  switch (layout) {
    case "classic":
      return [
        "№ п/п",
        "Мероприятие",
        "Срок",
        "Ответственные",
        "Ожидаемый результат",
        "Отметка об исполнении",
      ];
    case "deadline-first":
      return [
        "Период или контрольная точка",
        "Мероприятие",
        "Ответственный исполнитель",
        "Ожидаемый результат",
        "Отметка о выполнении",
      ];
    case "tasks-merged":
      return [
        "Задача",
        "Показатели выполнения",
        "Мероприятия",
        "Сроки",
        "Ответственные",
        "Форма предъявления",
      ];
    case "approval-and-extras":
      return [
        "№ п/п",
        "Мероприятие",
        "Адресность мероприятия",
        "Срок",
        "Ответственные",
        "Ожидаемый результат",
        "Примечание",
        "Отметка об исполнении",
      ];
  }
}

function rowOf(
  layout: Layout,
  i: number,
  activity: string,
  deadline: ExcelJS.CellValue,
  index: number,
): ExcelJS.CellValue[] {
  const responsible = i % 17 === 16 ? null : pick(RESPONSIBLE, i + index);
  const result = pick(RESULTS, i);
  const status = pick(STATUS, i + index) || null;
  switch (layout) {
    case "classic":
      return [`${(i % SECTION_EVERY) + 1}.`, activity, deadline, responsible, result, status];
    case "deadline-first":
      return [deadline, activity, responsible, result, status];
    case "tasks-merged":
      return [
        i % SECTION_EVERY === 0 ? "Создание условий для эффективной работы с обучающимися" : null,
        i % SECTION_EVERY === 0 ? "1. Доля ОО, в которых сформирована система профилактики" : null,
        `${(i % SECTION_EVERY) + 1}. ${activity}`,
        deadline,
        responsible,
        "Аналитическая записка УО",
      ];
    case "approval-and-extras":
      return [
        (i % SECTION_EVERY) + 1,
        activity,
        `МБОУ «СОШ № ${(i % 9) + 1}»`,
        deadline,
        responsible,
        result,
        i % 4 === 0 ? `Примечание ${i}` : null,
        status,
      ];
  }
}
