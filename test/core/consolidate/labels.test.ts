import { CONSOLIDATION_SEVERITY, findingKindName } from "../../../src/core/consolidate/labels";
import { FINDING_CODES } from "../../../src/core/validate/codes";

describe("finding kind names", () => {
  it("name every finding code and every consolidation code in Russian words", () => {
    const codes = [...FINDING_CODES, ...Object.keys(CONSOLIDATION_SEVERITY)];
    for (const code of codes) {
      const name = findingKindName(code, "ru");
      expect([code, /^[а-яё «»]+$/i.test(name)]).toEqual([code, true]);
      expect(name).not.toBe(findingKindName("legacy-xls", "ru"));
    }
  });

  it("call any other code (a file's read error) an unread file", () => {
    expect(findingKindName("legacy-xls", "ru")).toBe("файл не прочитан");
    expect(findingKindName("corrupt", "en")).toBe("file not read");
  });
});
