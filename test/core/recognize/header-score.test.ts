import {
  scoreHeaderText,
  slotOfHeader,
  yearOfHeader,
} from "../../../src/core/recognize/header-score";
import { normalizeHeader } from "../../../src/core/recognize/normalize";

describe("normalizeHeader", () => {
  it.each([
    ["Адресность \nмероприятия", "адресность мероприятия"],
    ["Исполни\nтель", "исполнитель"],
    ["№ п\\п", "№ п п"],
    ["Отчётный документ", "отчетный документ"],
    ["  СРОКИ,  годы ", "сроки годы"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeHeader(raw)).toBe(expected);
  });
});

describe("scoreHeaderText: the wordings authorities use", () => {
  it.each([
    // from the seeds
    ["№ п\\п", "number"],
    ["№ п/п", "number"],
    ["Мероприятие", "activity"],
    ["Мероприятия", "activity"],
    ["Задача", "task"],
    ["Адресность \nмероприятия", "target"],
    ["Школы, принимающие участие в проекте", "target"],
    ["Срок", "deadline"],
    ["Сроки", "deadline"],
    ["Срок реализации, годы", "deadline"],
    ["Период или контрольная точка", "deadline"],
    ["Ответственные", "responsible"],
    ["Ответственный исполнитель", "responsible"],
    ["Исполнитель и соисполнители мероприятия", "responsible"],
    ["Ожидаемые результаты", "expectedResult"],
    ["Ожидаемый результат", "expectedResult"],
    ["Результат выполнения мероприятия", "expectedResult"],
    ["Наименование задачи/мероприятия", "activity"],
    ["Показатели выполнения", "indicator"],
    ["Форма предъявления", "evidence"],
    ["Отметка об исполнении", "status"],
    // other wordings
    ["Срок выполнения", "deadline"],
    ["Срок исполнения", "deadline"],
    ["Сроки проведения", "deadline"],
    ["Период реализации", "deadline"],
    ["Дата", "deadline"],
    ["Дата проведения", "deadline"],
    ["Исполни\nтель", "responsible"],
    ["ИСПОЛНИТЕЛИ", "responsible"],
    ["Ответственный за исполнение", "responsible"],
    ["Содержание мероприятия", "activity"],
    ["Наименование мероприятия", "activity"],
    ["Планируемый результат", "expectedResult"],
    ["Результат", "expectedResult"],
    ["Отчётный документ", "evidence"],
    ["Форма отчетности", "evidence"],
    ["Отметка о выполнении", "status"],
    ["Статус", "status"],
    ["Информация об исполнении", "status"],
    ["Показатель", "indicator"],
    ["Целевое значение", "indicator"],
    ["Целевая группа", "target"],
    ["Участники", "target"],
    ["Номер", "number"],
    ["№", "number"],
  ])("%j is %s", (header, field) => {
    expect(scoreHeaderText(header)?.field).toBe(field);
  });

  it.each(["Директор", "Телефон", "Адрес", "Должность", "E-mail", ""])(
    "%j plays no strong role",
    (header) => {
      const m = scoreHeaderText(header);
      expect(m === null || m.weight < 5).toBe(true);
    },
  );

  it("ignores prose too long to be a header", () => {
    expect(scoreHeaderText(`Срок ${"очень длинный текст ".repeat(10)}`)).toBeNull();
  });
});

describe("yearOfHeader", () => {
  it.each([
    ["2021 г.", 2021],
    ["2020 год", 2020],
    ["2022", 2022],
    ["плановое значение", null],
    ["1999 г.", null],
  ])("%j → %s", (h, y) => {
    expect(yearOfHeader(h)).toBe(y);
  });
});

describe("slotOfHeader: the columns of a deadline grid", () => {
  it.each([
    ["I кв.", "quarter", 1],
    ["II квартал", "quarter", 2],
    ["\u0406\u0406\u0406 кв.", "quarter", 3],
    ["4 квартал", "quarter", 4],
    ["IV\nквартал", "quarter", 4],
    ["январь", "month", 1],
    ["Янв.", "month", 1],
    ["Сентябрь", "month", 9],
    ["май", "month", 5],
  ])("%j is %s %i", (raw, unit, n) => {
    expect(slotOfHeader(raw)).toEqual({ unit, n });
  });

  it.each(["2021 г.", "V кв.", "Срок", "квартал", "первое полугодие", ""])("%j is none", (raw) => {
    expect(slotOfHeader(raw)).toBeNull();
  });
});

describe("scoreHeaderText: headers from real plans beyond the seeds", () => {
  it.each([
    ["Плановое начало", "deadline"],
    ["Плановое окончание", "deadline"],
    ["начала реализации", "deadline"],
    ["окончания реализации", "deadline"],
    ["Наименование этапа", "task"],
    ["Фактическое окончание", "status"],
  ])("%j is %s", (raw, field) => {
    expect(scoreHeaderText(raw)?.field).toBe(field);
  });
});

describe("what is done, when no column says «Мероприятие»", () => {
  it.each([
    ["Содержание (мероприятия)", "activity"],
    ["Содержание работы", "activity"],
    ["Направления деятельности", "task"],
    ["Направление", "task"],
    ["Задача", "task"],
  ])("%j scores as %s (a task-like column becomes the activity when none is)", (raw, field) => {
    expect(scoreHeaderText(raw)?.field).toBe(field);
  });
});
