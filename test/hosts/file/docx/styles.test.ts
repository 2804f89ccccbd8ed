import { parseStyles, styleList } from "../../../../src/hosts/file/docx/styles";
import { wrapPart } from "../../../support/word";

describe("paragraph styles that number", () => {
  const styles = parseStyles(
    wrapPart(
      "styles",
      `<w:style w:type="paragraph" w:styleId="List"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="ListDeep"><w:basedOn w:val="List"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Plain"><w:pPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>` +
        `<w:style w:type="character" w:styleId="List"/>`,
    ),
  );

  it("gives the list a style numbers with, following basedOn", () => {
    expect(styleList(styles, "List")).toEqual({ numId: "5", ilvl: 0 });
    expect(styleList(styles, "ListDeep")).toEqual({ numId: "5", ilvl: 1 });
  });

  it("gives none for a style without a list, an old (tracked) one, a loop or an unknown id", () => {
    expect(styleList(styles, "Plain")).toBeNull();
    expect(styleList(styles, "Loop")).toBeNull();
    expect(styleList(styles, "Nope")).toBeNull();
  });
});
