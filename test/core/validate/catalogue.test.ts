import { CATALOGUE, FINDING_CODES, renderMessage } from "../../../src/core/validate/catalogue";
import { FIELDS } from "../../../src/core/fields";
import { reportFindingSchema, severitySchema } from "../../../src/core/report";
import type { Finding } from "../../../src/core/validate/types";

/** Params every message may use, so each entry can be rendered. */
const PARAMS = {
  due: "15.10.2021",
  days: 92,
  text: "По графику",
  start: "01.09.2021",
  end: "31.08.2022",
  number: "3.",
  firstRow: 7,
};

function finding(code: string, params: Finding["params"] = PARAMS): Finding {
  return { code, severity: "error", row: 8, column: "E", field: null, params };
}

describe("CATALOGUE", () => {
  it("has exactly one entry per code", () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each([...FINDING_CODES])(
    "%s: kebab-case, valid severity and field, ru and en text",
    (code) => {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const entry = CATALOGUE[code];
      expect(severitySchema.options).toContain(entry.severity);
      if (entry.field !== null) expect(FIELDS).toContain(entry.field);
      const ru = entry.ru(PARAMS);
      const en = entry.en(PARAMS);
      expect(ru).toMatch(/^[А-ЯЁ]/);
      expect(en).toMatch(/^[A-Z]/);
      expect(en).not.toBe(ru);
      expect(
        reportFindingSchema.safeParse({ code, severity: entry.severity, column: "E", message: ru })
          .success,
      ).toBe(true);
    },
  );

  it("has the default severities of the spec", () => {
    const by = (s: string) => FINDING_CODES.filter((c) => CATALOGUE[c].severity === s).sort();
    expect(by("info")).toEqual(["due-soon", "no-status-column"]);
    expect(by("warning")).toEqual([
      "deadline-outside-period",
      "deadline-without-end",
      "deadline-without-year",
      "deadline-year-ambiguous",
      "duplicate-number",
      "unparsed-deadline",
      "vague-deadline",
    ]);
    expect(by("error")).toHaveLength(FINDING_CODES.length - 9);
  });
});

describe("renderMessage", () => {
  it("writes plain Russian messages", () => {
    expect(renderMessage(finding("missing-responsible", {}), "ru")).toBe("Не указан ответственный");
    expect(renderMessage(finding("overdue"), "ru")).toBe(
      "Срок прошёл 15.10.2021 (просрочено на 92 дня), отметки о выполнении нет",
    );
    expect(renderMessage(finding("vague-deadline"), "ru")).toBe(
      "Срок «По графику» не позволяет проверить своевременность: укажите месяц или дату",
    );
    expect(renderMessage(finding("duplicate-number"), "ru")).toBe(
      "Номер «3.» уже встречается в строке 7",
    );
  });

  it("uses plural forms of days", () => {
    const overdue = (days: number) =>
      renderMessage(finding("overdue", { due: "01.10.2021", days }), "ru");
    expect(overdue(1)).toContain("просрочено на 1 день)");
    expect(overdue(5)).toContain("просрочено на 5 дней)");
    expect(overdue(21)).toContain("просрочено на 21 день)");
    expect(renderMessage(finding("overdue", { due: "01.10.2021", days: 1 }), "en")).toContain(
      "(1 day overdue)",
    );
  });

  it("says 'today' for a deadline on the as-of day", () => {
    const soon = (days: number, lang: "ru" | "en") =>
      renderMessage(finding("due-soon", { due: "20.10.2021", days }), lang);
    expect(soon(0, "ru")).toBe("Срок истекает сегодня, 20.10.2021");
    expect(soon(3, "ru")).toBe("До срока 20.10.2021 осталось 3 дня");
    expect(soon(0, "en")).toBe("Due today, 20.10.2021");
  });

  it("writes English when asked", () => {
    expect(renderMessage(finding("duplicate-number"), "en")).toBe(
      'Number "3." is already used in row 7',
    );
  });

  it("rejects an unknown code and missing params clearly", () => {
    expect(() => renderMessage(finding("late"), "ru")).toThrow('unknown finding code "late"');
    expect(() => renderMessage(finding("overdue", { due: "01.10.2021" }), "ru")).toThrow(
      'parameter "days"',
    );
  });
});
