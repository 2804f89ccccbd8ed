import { missingColumns } from "../../../../src/core/validate/rules/missing-columns";
import { buinsk, makeTable, primoryeWithoutResponsible, settingsFor } from "../fixtures";

describe("missingColumns", () => {
  it("finds nothing when every required field has a column", () => {
    expect(missingColumns(buinsk(), settingsFor())).toEqual([]);
  });

  it("flags a missing responsible column once, at table level", () => {
    expect(missingColumns(primoryeWithoutResponsible(), settingsFor())).toEqual([
      {
        code: "missing-column-responsible",
        severity: "error",
        row: null,
        column: null,
        field: "responsible",
        params: {},
      },
    ]);
  });

  it("flags every missing required column, and only required ones", () => {
    const bare = makeTable({ columns: [["Мероприятие", "activity"]], rows: [] });
    expect(missingColumns(bare, settingsFor()).map((f) => f.code)).toEqual([
      "missing-column-deadline",
      "missing-column-responsible",
      "missing-column-expected-result",
    ]);
    expect(
      missingColumns(bare, settingsFor({ required: ["expectedResult"] })).map((f) => f.code),
    ).toEqual(["missing-column-expected-result"]);
  });
});
