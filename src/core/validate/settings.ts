/**
 * Check settings: one zod schema is both the type and the validation. Settings come from the
 * task pane, the CLI and saved workbooks, so a bad value gets a message naming the field.
 */
import { z } from "zod";
import { FINDING_CODES, REQUIRABLE_FIELDS } from "./codes";
import { systemClock, type Clock } from "./clock";

export { systemClock, fixedClock, type Clock } from "./clock";

const severitySettingSchema = z.enum(["error", "warning", "info", "off"]);

function makeSettingsSchema(clock: Clock) {
  return z.strictObject({
    /** The day the check is made for; overdue means "due before this day". */
    asOf: z.iso.date().default(() => clock.today()),
    dueSoonDays: z.number().int().min(0).max(365).default(14),
    required: z.array(z.enum(REQUIRABLE_FIELDS)).default(() => [...REQUIRABLE_FIELDS]),
    severities: z.partialRecord(z.enum(FINDING_CODES), severitySettingSchema).default(() => ({})),
    lang: z.enum(["ru", "en"]).default("ru"),
  });
}

export const settingsSchema = makeSettingsSchema(systemClock);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

const EXPECTED: Record<string, string> = {
  asOf: "ожидается дата ГГГГ-ММ-ДД / expected YYYY-MM-DD",
  dueSoonDays: "ожидается целое число дней от 0 до 365 / expected a whole number of days, 0 to 365",
  required: `ожидается список из ${REQUIRABLE_FIELDS.join(", ")} / expected a list of ${REQUIRABLE_FIELDS.join(", ")}`,
  severities: "ожидается error, warning, info или off / expected error, warning, info or off",
  lang: "ожидается ru или en / expected ru or en",
};

export class SettingsError extends Error {
  override name = "SettingsError";
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join(", ");
    return path[0] === "severities"
      ? `severities: неизвестный код проверки ${keys} / unknown check code ${keys}`
      : `${keys}: неизвестная настройка / unknown setting`;
  }
  if (path.length === 0) return "настройки: ожидается объект / settings: expected an object";
  return `${path.join(".")}: ${EXPECTED[path[0]] ?? issue.message}`;
}

/** Validates settings and fills defaults; `clock` supplies the default as-of day. */
export function parseSettings(input: unknown, clock: Clock = systemClock): Settings {
  const schema = clock === systemClock ? settingsSchema : makeSettingsSchema(clock);
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new SettingsError(result.error.issues.map(describe).join("\n"));
  }
  return result.data;
}
