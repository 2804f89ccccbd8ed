import {
  fixedClock,
  parseSettings,
  settingsSchema,
  SettingsError,
} from "../../../src/core/validate/settings";
import { format } from "date-fns";

function errorOf(input: unknown): SettingsError {
  try {
    parseSettings(input, fixedClock("2021-10-20"));
  } catch (e) {
    if (e instanceof SettingsError) return e;
    throw e;
  }
  throw new Error("parseSettings accepted bad settings");
}

describe("parseSettings defaults", () => {
  it("fills every field, taking today from the clock", () => {
    expect(parseSettings({}, fixedClock("2021-10-20"))).toEqual({
      asOf: "2021-10-20",
      dueSoonDays: 14,
      required: ["deadline", "responsible", "expectedResult"],
      severities: {},
      lang: "ru",
    });
  });

  it("uses the local calendar day when no clock is given", () => {
    expect(parseSettings({}).asOf).toBe(format(new Date(), "yyyy-MM-dd"));
  });

  it("keeps given values", () => {
    const s = parseSettings({
      asOf: "2022-02-28",
      dueSoonDays: 0,
      required: ["responsible"],
      severities: { "no-status-column": "off", overdue: "warning" },
      lang: "en",
    });
    expect(s).toEqual({
      asOf: "2022-02-28",
      dueSoonDays: 0,
      required: ["responsible"],
      severities: { "no-status-column": "off", overdue: "warning" },
      lang: "en",
    });
  });

  it("does not share the default list between calls", () => {
    const a = parseSettings({});
    a.required.pop();
    expect(parseSettings({}).required).toHaveLength(3);
  });

  it("exposes the schema for other tools", () => {
    expect(settingsSchema.safeParse({ dueSoonDays: 7 }).success).toBe(true);
  });
});

describe("parseSettings errors name the field in Russian and English", () => {
  it.each([
    [{ asOf: "20.10.2021" }, "asOf: ожидается дата ГГГГ-ММ-ДД / expected YYYY-MM-DD"],
    [{ asOf: "2021-02-30" }, "asOf: ожидается дата ГГГГ-ММ-ДД / expected YYYY-MM-DD"],
    [{ asOf: 20211020 }, "asOf: ожидается дата ГГГГ-ММ-ДД / expected YYYY-MM-DD"],
    [{ dueSoonDays: -1 }, "dueSoonDays: ожидается целое число дней от 0 до 365"],
    [{ dueSoonDays: 366 }, "dueSoonDays: ожидается целое число дней от 0 до 365"],
    [{ dueSoonDays: 1.5 }, "expected a whole number of days, 0 to 365"],
    [{ dueSoonDays: "14" }, "dueSoonDays:"],
    [
      { required: ["status"] },
      "required.0: ожидается список из deadline, responsible, expectedResult",
    ],
    [{ required: "deadline" }, "required: ожидается список"],
    [
      { severities: { overdue: "fatal" } },
      "severities.overdue: ожидается error, warning, info или off",
    ],
    [{ severities: { "late-item": "error" } }, "severities: неизвестный код проверки late-item"],
    [{ lang: "de" }, "lang: ожидается ru или en / expected ru or en"],
    [{ dueSoonDay: 7 }, "dueSoonDay: неизвестная настройка / unknown setting"],
    [null, "настройки: ожидается объект / settings: expected an object"],
    ["ru", "настройки: ожидается объект"],
  ])("%j", (input, message) => {
    expect(errorOf(input).message).toContain(message);
  });

  it("lists every bad field, one per line", () => {
    const lines = errorOf({ asOf: "вчера", lang: "fr" }).message.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^asOf:/);
    expect(lines[1]).toMatch(/^lang:/);
  });

  it("is a SettingsError", () => {
    expect(errorOf({ lang: 1 }).name).toBe("SettingsError");
  });
});
