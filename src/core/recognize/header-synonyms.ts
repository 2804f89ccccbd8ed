/**
 * How authorities name roadmap columns. Patterns match stems on normalised header text
 * (normalize.ts), so inflection, word order and punctuation do not matter. The weight says how
 * sure a pattern is; the strongest match wins, so "Результат выполнения мероприятия" is an
 * expected result (8) although it names an activity (6), and "Срок исполнения" a deadline (9)
 * although it mentions execution.
 */
import type { Field } from "../fields";

export interface HeaderPattern {
  field: Exclude<Field, "other">;
  pattern: RegExp;
  weight: number;
}

export const HEADER_PATTERNS: readonly HeaderPattern[] = [
  // number
  { field: "number", pattern: /^№/, weight: 10 },
  { field: "number", pattern: /^(п п|n{1,2} ?п ?п|пп|номер( п п)?|n{1,2})$/, weight: 10 },
  { field: "number", pattern: /^№? ?п ?п$/, weight: 10 },
  // status — before responsible: "Отметка об исполнении" is not a person
  { field: "status", pattern: /отметк/, weight: 10 },
  { field: "status", pattern: /статус/, weight: 10 },
  {
    field: "status",
    pattern: /информаци\S* (об|о) (исполнени|выполнени|реализаци|ходе)/,
    weight: 10,
  },
  { field: "status", pattern: /(сведени|отчет)\S* (об|о) (исполнени|выполнени)/, weight: 10 },
  { field: "status", pattern: /(фактическ|факт )\S*/, weight: 8 },
  {
    field: "status",
    pattern: /^(выполнено|исполнено|исполнение|выполнение|результат исполнения)$/,
    weight: 9,
  },
  { field: "status", pattern: /^примечани/, weight: 5 },
  // deadline
  { field: "deadline", pattern: /срок/, weight: 9 },
  { field: "deadline", pattern: /контрольн\S* точк/, weight: 9 },
  { field: "deadline", pattern: /период/, weight: 8 },
  { field: "deadline", pattern: /^(дата|даты)(?![а-я])/, weight: 8 },
  { field: "deadline", pattern: /дата (проведени|исполнени|выполнени)/, weight: 9 },
  { field: "deadline", pattern: /(время|когда)/, weight: 6 },
  { field: "deadline", pattern: /^(год|годы)$/, weight: 6 },
  // "Плановое начало" / "Плановое окончание", "Срок / начала реализации": a deadline's two ends.
  { field: "deadline", pattern: /(^| )(начал[оа]|окончани[ея]|завершени[ея])( |$)/, weight: 7 },
  // responsible
  { field: "responsible", pattern: /ответствен/, weight: 9 },
  { field: "responsible", pattern: /исполнител/, weight: 9 },
  { field: "responsible", pattern: /(куратор|координатор)/, weight: 5 },
  { field: "responsible", pattern: /^(кто|ф ?и ?о)(?![а-я])/, weight: 5 },
  // expected result
  { field: "expectedResult", pattern: /результат/, weight: 8 },
  { field: "expectedResult", pattern: /ожидаем/, weight: 8 },
  { field: "expectedResult", pattern: /(эффект|итог)/, weight: 5 },
  // activity
  { field: "activity", pattern: /мероприяти/, weight: 6 },
  { field: "activity", pattern: /содержани/, weight: 6 },
  { field: "activity", pattern: /(действи|работ[аы]?$|шаги)/, weight: 4 },
  { field: "activity", pattern: /наименовани/, weight: 4 },
  // task
  { field: "task", pattern: /задач/, weight: 5 },
  { field: "task", pattern: /(цель|цели|направлени)/, weight: 4 },
  { field: "task", pattern: /этап/, weight: 5 },
  // indicator
  { field: "indicator", pattern: /(показател|индикатор)/, weight: 7 },
  {
    field: "indicator",
    pattern: /(целев\S* значени|плановое значени|значение показател)/,
    weight: 7,
  },
  // target (who the activity is for)
  { field: "target", pattern: /адресн/, weight: 7 },
  { field: "target", pattern: /(целев\S* (групп|аудитори)|участник|категори)/, weight: 6 },
  { field: "target", pattern: /(участ|школ|объект|охват)/, weight: 5 },
  // evidence
  {
    field: "evidence",
    pattern: /форм\S* (предъявлени|отчет|представлени|подтвержд|контрол)/,
    weight: 8,
  },
  { field: "evidence", pattern: /(отчетн\S* документ|подтвержд|документ\S* подтвержд)/, weight: 8 },
  { field: "evidence", pattern: /(документ|продукт|форма)/, weight: 4 },
];

/** A cell counts towards detecting a header row only with at least this weight. */
export const STRONG_HEADER_WEIGHT = 5;
