import { rowState } from "../../../src/core/validate/state";
import type { StatusInfo } from "../../../src/core/validate/types";
import { AS_OF, deadlineOf, UNKNOWN_STATUS } from "./fixtures";

const DONE: StatusInfo = { text: "выполнено", state: "done" };
const IN_WORK: StatusInfo = { text: "в работе", state: "in-progress" };

const stateFor = (due: string | null, status = UNKNOWN_STATUS, soonDays = 14) =>
  rowState(deadlineOf({ due }), status, AS_OF, soonDays);

describe("rowState", () => {
  it("is done whenever the status says so, even past the deadline or without one", () => {
    expect(stateFor("2021-01-01", DONE)).toBe("done");
    expect(stateFor(null, DONE)).toBe("done");
  });

  it("has no deadline when no due date is known", () => {
    expect(stateFor(null)).toBe("no-deadline");
    expect(stateFor(null, IN_WORK)).toBe("no-deadline");
  });

  it("is overdue from the day after the due date", () => {
    expect(stateFor("2021-10-19")).toBe("overdue");
    expect(stateFor("2020-10-20", IN_WORK)).toBe("overdue");
  });

  it("is due soon, not overdue, on the due date itself", () => {
    expect(stateFor(AS_OF)).toBe("due-soon");
    expect(stateFor(AS_OF, UNKNOWN_STATUS, 0)).toBe("due-soon");
  });

  it("is due soon up to and including the window's last day", () => {
    expect(stateFor("2021-11-03")).toBe("due-soon"); // 14 days ahead
    expect(stateFor("2021-11-04")).toBe("on-track"); // 15 days ahead
    expect(stateFor("2021-10-21", UNKNOWN_STATUS, 0)).toBe("on-track");
    expect(stateFor("2021-10-27", UNKNOWN_STATUS, 7)).toBe("due-soon");
    expect(stateFor("2021-10-28", UNKNOWN_STATUS, 7)).toBe("on-track");
  });
});
