// «Снять выделение» on the ribbon: silent when all is removed, a message when it is not.
import { clearFromRibbon, type RibbonDeps } from "../../src/commands/clear-from-ribbon";
import { applyHighlights } from "../../src/hosts/excel/highlight";
import { excelRunner } from "../../src/hosts/excel/run";
import { MESSAGES } from "../../src/taskpane/i18n";
import { FakeExcel, type FakeOptions } from "../hosts/excel/fake-excel";

const ru = MESSAGES.ru;
const PLAN = {
  sheets: [
    { sheet: "План", areas: [{ kind: "overdue" as const, top: 3, bottom: 3, left: 1, right: 4 }] },
  ],
};

/** A workbook the pane painted earlier, opened now as `excel` says. */
async function painted(excel: FakeOptions = {}, protectedSheet = false) {
  const before = new FakeExcel([{ name: "План", values: [["x"]] }]);
  await applyHighlights(before.context, PLAN, { rangeAreas: true });
  const fake = new FakeExcel(
    [
      {
        name: "План",
        values: [["x"]],
        protected: protectedSheet,
        conditionalFormats: before.formatsOn("План").map((f) => ({
          address: f.address,
          type: "Custom",
          formula: f.mock.custom.rule.formula,
        })),
      },
    ],
    excel,
  );
  const shown: string[] = [];
  const deps: RibbonDeps = {
    run: excelRunner(fake.run),
    isSetSupported: () => true,
    text: ru,
    notify: async (message) => {
      shown.push(message);
    },
  };
  return { fake, deps, shown };
}

describe("clearFromRibbon", () => {
  it("removes the highlights and says nothing when all went well", async () => {
    const { fake, deps, shown } = await painted();
    await expect(clearFromRibbon(deps)).resolves.toBeNull();
    expect(shown).toEqual([]);
    expect(fake.formatsOn("План")).toEqual([]);
  });

  it("says so when Excel refuses the change (View mode on the web)", async () => {
    const { fake, deps, shown } = await painted({ writesRefused: "AccessDenied" });
    await clearFromRibbon(deps);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Выделение не снято\. /);
    expect(fake.formatsOn("План")).toHaveLength(1);
  });

  it("asks to finish editing the cell on an Excel that cannot wait for it", async () => {
    const { deps, shown } = await painted({ cellEditMode: true, delaysForCellEdit: false });
    await clearFromRibbon(deps);
    expect(shown).toEqual([ru.ribbonClearFailed(ru.errors.cellEditMode)]);
  });

  it("names a protected sheet whose highlights stay", async () => {
    const { deps, shown } = await painted({}, true);
    await clearFromRibbon(deps);
    expect(shown).toEqual([ru.notices.clearProtected("План")]);
  });

  it("does nothing on an Excel that never had highlights to remove", async () => {
    const { fake, deps, shown } = await painted();
    await clearFromRibbon({ ...deps, isSetSupported: () => false });
    expect(shown).toEqual([]);
    expect(fake.syncs).toBe(0);
  });
});
