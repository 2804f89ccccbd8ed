import { StyleSheet } from "../../../../../src/hosts/file/xlsx/write/styles";

const EXCEL =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<tableStyles count="0"/><colors><mruColors><color rgb="FF00FF00"/></mruColors></colors></styleSheet>';

describe("StyleSheet", () => {
  it("appends what a workbook lacks and keeps every index already used", () => {
    const s = StyleSheet.parse(EXCEL);
    expect(s.xf({ numFmt: "dd.mm.yyyy" })).toBe(1);
    expect(s.xf({ numFmt: "@", bold: true, fill: "DDEBF7", vertical: "top", wrap: true })).toBe(2);
    expect(s.dxf({ fill: "FFC7CE", fontColor: "9C0006" })).toBe(0);
    const xml = s.toXml();
    expect(xml).toContain(
      '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>',
    );
    expect(xml).toContain(
      '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills>',
    );
    expect(xml).toContain(
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
    expect(xml).toMatch(
      /<cellStyles [^>]*>.*<\/cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/><\/patternFill><\/fill><\/dxf><\/dxfs><tableStyles/,
    );
    expect(xml).toContain('<colors><mruColors><color rgb="FF00FF00"/></mruColors></colors>');
  });

  it("reuses identical entries: a second pass over its own output appends nothing", () => {
    const first = StyleSheet.parse(EXCEL);
    const styles = [
      { numFmt: "@", bold: true, fill: "DDEBF7" },
      { numFmt: "0%", wrap: true },
    ] as const;
    const ids = styles.map((st) => first.xf(st));
    const again = StyleSheet.parse(first.toXml());
    expect(styles.map((st) => again.xf(st))).toEqual(ids);
    expect(again.changed).toBe(false);
  });

  it("writes a new stylesheet Excel accepts: the two reserved fills, a default font", () => {
    const s = StyleSheet.create();
    expect(s.xf({ numFmt: "0" })).toBe(1);
    const xml = s.toXml();
    expect(xml).toContain('<fill><patternFill patternType="gray125"/></fill>');
    expect(xml).toContain('<cellXfs count="2">');
    expect(xml.startsWith('<?xml version="1.0"')).toBe(true);
  });

  it("writes into a stylesheet with a namespace prefix in that prefix", () => {
    const prefixed = EXCEL.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2").replace('xmlns="', 'xmlns:x="');
    const s = StyleSheet.parse(prefixed);
    expect(s.xf({ bold: true })).toBe(1);
    expect(s.toXml()).toContain(
      '<x:font><x:b/><x:sz val="12"/><x:name val="Times New Roman"/></x:font></x:fonts>',
    );
  });
});
