import { isVague } from "../../../src/core/deadline/vague";
import { normalize } from "../../../src/core/deadline/normalize";

describe("isVague", () => {
  it.each([
    "По графику",
    "по запросу",
    "по плану КК ИПК",
    "По утвержденному графику",
    "В соответствии со сроками ВПР, КДР, ОГЭ, ЕГЭ",
    "В соответствии с Соглашением, по плану КК ИПК, ЦНППМ",
    "В соответствии\nии с планом МСОКО",
    "По мере необходимости",
    "по согласованию",
    "в установленные сроки",
    "по итогам ВПР",
  ])("%j is vague", (text) => {
    expect(isVague(normalize(text))).toBe(true);
  });

  it.each(["Иванов И.И.", "Сентябрь 2020", "в течение года", "МБОУ СОШ № 3", "Отпланировано"])(
    "%j is not",
    (text) => {
      expect(isVague(normalize(text))).toBe(false);
    },
  );
});
