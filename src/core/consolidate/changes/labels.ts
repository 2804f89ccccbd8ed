/** Words of «Изменения»: the name of each kind of change, and what a silent month says. */
import type { Lang } from "../../validate/types";
import type { ChangeKind } from "./types";

export const CHANGE_LABEL: Record<ChangeKind, Record<Lang, string>> = {
  "municipality-silent": { ru: "нет данных за месяц", en: "no data this month" },
  added: { ru: "добавлено мероприятие", en: "activity added" },
  removed: { ru: "мероприятие исключено", en: "activity removed" },
  postponed: { ru: "срок перенесён", en: "deadline postponed" },
  "deadline-changed": { ru: "срок изменён", en: "deadline changed" },
  "newly-done": { ru: "выполнено", en: "newly done" },
  "newly-overdue": { ru: "просрочено", en: "newly overdue" },
  "status-changed": { ru: "изменена отметка об исполнении", en: "status changed" },
};

export const SILENCE_TEXT: Record<"no-file" | "no-activities", Record<Lang, string>> = {
  "no-file": {
    ru: "в прошлом месяце прислал дорожную карту, в этом файл не получен",
    en: "sent a roadmap last month, no file this month",
  },
  "no-activities": {
    ru: "в прошлом месяце прислал дорожную карту, в файле этого месяца мероприятий не найдено",
    en: "sent a roadmap last month, no activities found in this month's file",
  },
};
