/**
 * The task pane's language: Russian by default, English when Office (or, in file mode, the
 * browser) speaks English. `?lang=ru|en` in the address wins, for support and tests.
 */
import { createContext, useContext } from "react";
import type { Lang } from "../../core/validate/types";
import { en } from "./en";
import { ru, type Messages } from "./ru";

export type { Messages } from "./ru";

export const MESSAGES: Record<Lang, Messages> = { ru, en };

export function pickLang(
  displayLanguage: string | null | undefined,
  override?: string | null,
): Lang {
  if (override === "ru" || override === "en") return override;
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "ru";
}

export const LangContext = createContext<Lang>("ru");

/** The texts of the current language. */
export function useText(): Messages {
  return MESSAGES[useContext(LangContext)];
}
