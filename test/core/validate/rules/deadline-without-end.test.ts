import { renderMessage } from "../../../../src/core/validate/catalogue";
import { deadlineWithoutEnd } from "../../../../src/core/validate/rules/deadline-without-end";
import { buinsk, contextFor, deadlineOf } from "../fixtures";

describe("deadlineWithoutEnd", () => {
  const table = buinsk();

  it("asks by when a start with no end is due", () => {
    const deadline = deadlineOf({
      text: "С 1 сентября 2021",
      kind: "range",
      start: "2021-09-01",
      due: null,
      openEnd: true,
    });
    const findings = deadlineWithoutEnd(contextFor(table, 1, { deadline, period: null }));
    expect(findings).toEqual([
      {
        code: "deadline-without-end",
        severity: "warning",
        row: table.rows[1].row,
        column: "D",
        field: "deadline",
        params: { text: "С 1 сентября 2021" },
      },
    ]);
    expect(renderMessage(findings[0], "ru")).toBe(
      "Срок «С 1 сентября 2021» указывает только начало, а период дорожной карты неизвестен: укажите, до какой даты",
    );
    expect(renderMessage(findings[0], "en")).toBe(
      'The deadline "С 1 сентября 2021" gives only a start and the roadmap\'s period is unknown: say by when',
    );
  });

  it("is silent on a start the period closes", () => {
    const deadline = deadlineOf({
      text: "С 1 сентября 2021",
      kind: "range",
      start: "2021-09-01",
      due: "2022-08-31",
    });
    expect(deadlineWithoutEnd(contextFor(table, 1, { deadline }))).toEqual([]);
  });
});
