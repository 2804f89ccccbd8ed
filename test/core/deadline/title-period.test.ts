import { findPeriod } from "../../../src/core/deadline/title-period";
import { seedText } from "./seed-cells";

describe("findPeriod", () => {
  it.each([
    ["на период 2020/2021 учебного года", { start: "2020-09-01", end: "2021-08-31" }],
    ["в 2021-2022 учебном году", { start: "2021-09-01", end: "2022-08-31" }],
    ["на 2021-2022 учебный год", { start: "2021-09-01", end: "2022-08-31" }],
    ["План на 2021/22 уч. год", { start: "2021-09-01", end: "2022-08-31" }],
    ["в 2020-2022 гг.", { start: "2020-01-01", end: "2022-12-31" }],
    ["Программа на 2021-2025 годы", { start: "2021-01-01", end: "2025-12-31" }],
    ["в Приморском крае в 2021 году", { start: "2021-01-01", end: "2021-12-31" }],
    ["2021 год", { start: "2021-01-01", end: "2021-12-31" }],
    ["на 2022", { start: "2022-01-01", end: "2022-12-31" }],
  ])("%j", (text, period) => {
    expect(findPeriod(text)).toEqual(period);
  });

  it.each([
    "«25» августа 2020 г.",
    "от 07.09.2020 № 958-а",
    "от «19» 02 2021 № 210а",
    "Дорожная карта по работе со ШНОР и ШНСУ (с дополнениями)",
    "Организационно - управленческие решения",
    "Задача 1. Принятие управленческих решений",
    "учебный год",
    "",
  ])("%j names no period", (text) => {
    expect(findPeriod(text)).toBeNull();
  });

  /** Everything above each seed's table: titles, approval stamps, the order of seed 004. */
  it.each([
    ["000", "№ п", { start: "2020-09-01", end: "2021-08-31" }],
    ["001", "№ п/п", { start: "2021-09-01", end: "2022-08-31" }],
    ["002", "№ п/п", { start: "2020-01-01", end: "2022-12-31" }],
    ["003", "Задача\t", null],
    ["004", "Период или контрольная точка", { start: "2021-01-01", end: "2021-12-31" }],
  ])("reads seed %s from the text above its table", (prefix, header, period) => {
    const text = seedText(prefix);
    expect(findPeriod(text.slice(0, text.indexOf(header)))).toEqual(period);
  });
});

describe("findPeriod: the year a plan prepares for", () => {
  it.each([
    "План мероприятий по подготовке образовательных учреждений к 2011/2012 учебному году",
    "О плане мероприятий подготовки учреждений к началу 2012/2013 учебного года",
  ])("%j names no period of its own", (title) => {
    expect(findPeriod(title)).toBeNull();
  });
});
