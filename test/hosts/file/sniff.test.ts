import { expectZip } from "../../../src/hosts/file/sniff";
import { legacyXls, passwordProtected } from "../../cli/bad-workbooks";

const codeOf = (bytes: Uint8Array) => {
  try {
    expectZip(bytes, "workbook");
    return "zip";
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe("expectZip, for a workbook", () => {
  it("tells empty files, legacy .xls, encrypted workbooks and non-zips apart", () => {
    expect(codeOf(new Uint8Array())).toBe("empty-file");
    expect(codeOf(legacyXls())).toBe("legacy-xls");
    expect(codeOf(passwordProtected())).toBe("encrypted");
    expect(codeOf(new TextEncoder().encode("№;Мероприятие;Срок\n"))).toBe("not-xlsx");
    expect(codeOf(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("zip");
    // Excel 2.x–95 saved as a bare BIFF stream: a BOF record, no OLE container.
    expect(codeOf(new Uint8Array([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00]))).toBe(
      "legacy-xls",
    );
  });
});
