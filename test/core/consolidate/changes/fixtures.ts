import type { ActivitySnapshot } from "../../../../src/core/consolidate/changes";

/** An activity of «Свод» with sensible defaults; tests name only what matters to them. */
export function snap(over: Partial<ActivitySnapshot> = {}): ActivitySnapshot {
  return {
    municipality: "г. Канск",
    section: "Задача 1. Повышение качества образования",
    number: "1.1",
    activity: "Проведение методического семинара для учителей математики по подготовке к ОГЭ",
    deadlineText: "Сентябрь 2021",
    due: "2021-09-30",
    state: "on-track",
    status: "",
    ...over,
  };
}
