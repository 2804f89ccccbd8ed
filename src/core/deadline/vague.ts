/**
 * Deadlines no date can be known from: "По графику", "по запросу", "по плану КК ИПК",
 * "По утвержденному графику", "В соответствии со сроками ВПР, КДР, ОГЭ, ЕГЭ",
 * "В соответствии с Соглашением…". Word stems, so every case form matches ("графику",
 * "графика"); a word torn by a page break ("В соответствии\nии с планом МСОКО") still has
 * an intact stem somewhere.
 */
import { WORD_START } from "./patterns";

const STEMS = [
  "график",
  "запрос",
  "план",
  "соответстви",
  "по мере",
  "согласовани",
  "необходимост",
  "требовани",
  "расписани",
  "срок",
  "регламент",
  "приказ",
  "положени",
  "по итогам",
  "по результатам",
  "по окончании",
  "по завершении",
  "после",
  "по факту",
  "при наличии",
  "по решению",
  "по приглашению",
  "по указанию",
  "по поручению",
];

/** A stem that starts a word (WORD_START consumes the character before it: `test` only). */
const VAGUE = new RegExp(`${WORD_START}(?:${STEMS.join("|")})`);

export function isVague(norm: string): boolean {
  return VAGUE.test(norm);
}
