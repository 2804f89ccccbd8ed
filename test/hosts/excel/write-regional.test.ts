import { columnLetter } from "../../../src/core/grid";
import {
  consolidate,
  excelSerial,
  HEADER_ROW,
  REGIONAL_SHEET_NAMES,
  TITLE_ROWS,
  titleRows,
  type RegionalModel,
} from "../../../src/core/consolidate";
import { ExcelHostError } from "../../../src/hosts/excel/errors";
import { REGIONAL_MARK, markFormula } from "../../../src/hosts/excel/regional-targets";
import {
  CHART_NAME,
  TABLE_NAME,
  writeRegionalToExcel,
} from "../../../src/hosts/excel/write-regional";
import { BASIC_COLUMNS, buinsk, checkedTable, source } from "../../core/consolidate/fixtures";
import { bookSheet, FakeRegionalBook, type FakeBookSheet } from "./fake-regional-book";

const INJECTIONS = ["=1+1", '=HYPERLINK("http://x","y")', "+7 (423) 000-00-00", "-5", "@SUM(A1)"];

function model(extraRows = 0): RegionalModel {
  const t = checkedTable({
    municipality: "г. Канск",
    columns: BASIC_COLUMNS,
    rows: [
      ...INJECTIONS.map((x, i) => ({ values: [`${i + 1}.`, x, x, x, x, x] })),
      ...Array.from({ length: extraRows }, (_, i) => ({
        values: [`${i + 6}.`, `Мероприятие ${i}`, "Май 2022", "УО", "План", null],
        due: "2022-05-31",
      })),
    ],
  });
  return consolidate([source("001.xlsx", [buinsk()]), source("kansk.xlsx", [t])], {
    asOf: "2022-01-15",
  });
}

/** A regional sheet an earlier build of ours left: marked, with its table (and chart). */
function ourSheet(name: "Свод" | "Сводка" | "Замечания", values: unknown[][] = [["старое"]]) {
  return bookSheet(name, {
    names: new Map([[REGIONAL_MARK, markFormula(name)]]),
    tables: [TABLE_NAME[name]],
    charts: name === "Сводка" ? [CHART_NAME] : [],
    values,
  });
}

function rebuiltBook(): FakeRegionalBook {
  return new FakeRegionalBook([
    bookSheet("Мой анализ", { tables: ["MyTable"], values: [["мои данные"]] }),
    ourSheet("Свод"),
    ourSheet("Сводка"),
    bookSheet("Итоги", { values: [["=Свод!A1"]] }),
    ourSheet("Замечания"),
  ]);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

const snapshot = (sheets: FakeBookSheet[]) =>
  sheets.map((s) => ({ ...s, names: [...s.names], tables: [...s.tables], values: [...s.values] }));

describe("writeRegionalToExcel", () => {
  it("writes the three sheets: every value, text as text, dates as serial numbers", async () => {
    const m = model();
    const fake = new FakeRegionalBook([bookSheet("Мой анализ")]);
    const result = await writeRegionalToExcel(fake.context, m);
    expect(result).toEqual({
      added: ["Свод", "Сводка", "Замечания"],
      rebuilt: [],
      replaced: [],
      syncs: 3,
    });
    expect(fake.names()).toEqual(["Мой анализ", "Свод", "Сводка", "Замечания"]);
    for (const sheet of m.sheets) {
      const expected = [
        ...titleRows(sheet.title, sheet.columns.length).map((r) => r.map((v) => v ?? "")),
        sheet.columns.map((c) => c.header),
        ...[...sheet.rows, ...(sheet.totals ? [sheet.totals] : [])].map((row) =>
          row.map((v, i) => {
            if (v === null) return "";
            return sheet.columns[i].kind === "date" ? excelSerial(String(v)) : v;
          }),
        ),
      ];
      expect(fake.valuesOf(sheet.name)).toEqual(expected);
      // Each sheet says what it is, above its header.
      expect(String(expected[0][0])).toMatch(/на 15\.01\.2022$/);
      expect(fake.sheet(sheet.name)!.names.get(REGIONAL_MARK)).toBe(markFormula(sheet.name));
    }
    expect(fake.sheet("Мой анализ")!.names.size).toBe(0);
  });

  it("hides the mark that says a sheet is ours", async () => {
    const fake = new FakeRegionalBook([]);
    await writeRegionalToExcel(fake.context, model());
    const marks = fake.assignments.filter((a) => a.target.includes(`names[${REGIONAL_MARK}]`));
    expect(marks.map((a) => [a.prop, a.value])).toEqual([
      ["visible", false],
      ["visible", false],
      ["visible", false],
    ]);
  });

  it("sets the text format before the values, in the same batch, so formulas stay text", async () => {
    const fake = new FakeRegionalBook([]);
    await writeRegionalToExcel(fake.context, model());
    const values = fake.assignments.find(
      (a) => a.target.startsWith("Свод (строится)!") && a.prop === "values",
    )!;
    const formats = fake.assignments.find(
      (a) => a.target === values.target && a.prop === "numberFormat",
    )!;
    const setFormat = fake.log.indexOf(`set ${values.target}.numberFormat`);
    const setValues = fake.log.indexOf(`set ${values.target}.values`);
    expect(setFormat).toBeGreaterThanOrEqual(0);
    expect(setFormat).toBeLessThan(setValues);
    expect(fake.log.slice(setFormat, setValues)).not.toContain("sync");
    const rows = values.value as unknown[][];
    const fmt = formats.value as string[][];
    const header = HEADER_ROW - 1;
    const activity = rows[header].indexOf("Мероприятие");
    const injected = rows.filter((r) => INJECTIONS.includes(String(r[activity])));
    expect(injected.map((r) => r[activity])).toEqual(INJECTIONS);
    for (let r = 0; r < rows.length; r++) {
      rows[r].forEach((v, c) => {
        if (typeof v === "string" && /^[=+\-@]/.test(v)) expect(fmt[r][c]).toBe("@");
      });
    }
    expect(fmt[header + 1][rows[header].indexOf("Срок (дата)")]).toBe("dd.mm.yyyy");
  });

  it("lays the sheets out: tables, frozen header, widths, and the chart on Сводка", async () => {
    const m = model();
    const fake = new FakeRegionalBook([]);
    await writeRegionalToExcel(fake.context, m);
    // The tables start at the header, below the title rows.
    const h = HEADER_ROW;
    const rows = (name: string) => m.sheets.find((s) => s.name === name)!.rows.length + h;
    expect(fake.log).toEqual(
      expect.arrayContaining([
        `Свод (строится).tables.add("A${h}:${columnLetter(m.sheets[0].columns.length)}${rows("Свод")}", true)`,
        `Сводка (строится).tables.add("A${h}:L${rows("Сводка")}", true)`,
        `Свод (строится).freezePanes.freezeRows(${h})`,
        `Сводка (строится).freezePanes.freezeRows(${h})`,
        `Замечания (строится).freezePanes.freezeRows(${h})`,
        `Сводка (строится).charts.add("BarClustered", "E${h}:F${rows("Сводка")}", "Columns")`,
        `Сводка (строится).chart.series0.setXAxisValues("A${h + 1}:A${rows("Сводка")}")`,
        `Сводка (строится).chart.series1.setXAxisValues("A${h + 1}:A${rows("Сводка")}")`,
        "Свод.activate()",
      ]),
    );
    // «Состояние» coloured by state: one rule per state over the column's data.
    const state = columnLetter(m.sheets[0].columns.findIndex((c) => c.key === "state") + 1);
    const area = `${state}${h + 1}:${state}${rows("Свод")}`;
    expect(
      fake.log.filter((l) => l.startsWith(`Свод (строится)!${area}.conditionalFormats`)),
    ).toHaveLength(5);
    // Rows fitted by Excel itself, header to totals.
    const lastColumn = columnLetter(m.sheets[0].columns.length);
    expect(fake.log).toContain(
      `Свод (строится)!A${h}:${lastColumn}${rows("Свод")}.format.autofitRows()`,
    );
    // «Сводка»: overdue as data bars, the share done in time on a colour scale.
    const summary = m.sheets.find((x) => x.name === "Сводка")!;
    const shaded = (key: string) => {
      const c = columnLetter(summary.columns.findIndex((x) => x.key === key) + 1);
      return `Сводка (строится)!${c}${h + 1}:${c}${rows("Сводка")}.conditionalFormats`;
    };
    expect(fake.log).toEqual(
      expect.arrayContaining([
        `${shaded("overdue")}.add("DataBar")`,
        `${shaded("onTimeShare")}.add("ColorScale")`,
      ]),
    );
    expect(REGIONAL_SHEET_NAMES.map((n) => fake.sheet(n)!.tables)).toEqual(
      REGIONAL_SHEET_NAMES.map((n) => [TABLE_NAME[n]]),
    );
    expect(fake.sheet("Сводка")!.charts).toEqual([CHART_NAME]);
    const widths = fake.assignments.filter(
      (a) => a.target.startsWith("Свод (строится)!") && a.prop === "columnWidth",
    );
    expect(widths.map((w) => w.value)).toEqual(m.sheets[0].columns.map((c) => c.width * 6));
    const totals = fake.assignments.find(
      (a) => a.target.startsWith("Сводка (строится)!") && a.prop === "bold",
    );
    expect(totals).toMatchObject({
      target: `Сводка (строится)!A${rows("Сводка") + 1}:L${rows("Сводка") + 1}.format.font`,
      value: true,
    });
  });

  it("replaces only the sheets it made, each at its place, the user's untouched", async () => {
    const fake = rebuiltBook();
    const mine = snapshot([fake.sheet("Мой анализ")!, fake.sheet("Итоги")!]);
    const result = await writeRegionalToExcel(fake.context, model());
    expect(result).toEqual({
      added: [],
      rebuilt: ["Свод", "Сводка", "Замечания"],
      replaced: [],
      syncs: 4,
    });
    expect(fake.names()).toEqual(["Мой анализ", "Свод", "Сводка", "Итоги", "Замечания"]);
    expect(snapshot([fake.sheet("Мой анализ")!, fake.sheet("Итоги")!])).toEqual(mine);
    expect(fake.valuesOf("Свод")[HEADER_ROW - 1]).toContain("Мероприятие");
    expect(fake.sheet("Свод")!.tables).toEqual([TABLE_NAME["Свод"]]);
    expect(fake.sheet("Сводка")!.charts).toEqual([CHART_NAME]);
  });

  it("gives the same sheets once however many times it is rebuilt", async () => {
    const fake = new FakeRegionalBook([bookSheet("Мой анализ")]);
    for (let i = 0; i < 3; i++) await writeRegionalToExcel(fake.context, model());
    expect(fake.names()).toEqual(["Мой анализ", "Свод", "Сводка", "Замечания"]);
    expect(fake.sheet("Сводка")).toMatchObject({
      tables: [TABLE_NAME["Сводка"]],
      charts: [CHART_NAME],
    });
  });

  it("asks before replacing a same-named sheet it did not make, and changes nothing first", async () => {
    const fake = new FakeRegionalBook([
      bookSheet("Свод", { values: [["свод, набранный вручную"]] }),
      bookSheet("Мой анализ"),
    ]);
    const before = snapshot(fake.sheets);
    const error = await failure(writeRegionalToExcel(fake.context, model()));
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ code: "regional-sheet-foreign", params: { sheets: "Свод" } });
    expect(snapshot(fake.sheets)).toEqual(before);
    expect(fake.log.filter((l) => /\.(add|delete)\(/.test(l))).toEqual([]);

    const result = await writeRegionalToExcel(fake.context, model(), { replaceForeign: true });
    expect(result).toMatchObject({ replaced: ["Свод"], added: ["Сводка", "Замечания"] });
    expect(fake.names()).toEqual(["Свод", "Мой анализ", "Сводка", "Замечания"]);
    expect(fake.sheet("Свод")!.names.get(REGIONAL_MARK)).toBe(markFormula("Свод"));
  });

  it("leaves a sheet of ours the user renamed to keep it («Свод январь»)", async () => {
    const january = { ...ourSheet("Свод"), name: "Свод январь" };
    const fake = new FakeRegionalBook([january]);
    await writeRegionalToExcel(fake.context, model());
    expect(fake.names()).toEqual(["Свод январь", "Свод", "Сводка", "Замечания"]);
    expect(fake.valuesOf("Свод январь")).toEqual([["старое"]]);
    // Its table kept its name, so the new one takes the next free one: names stay unique.
    expect(fake.sheet("Свод январь")!.tables).toEqual([TABLE_NAME["Свод"]]);
    expect(fake.sheet("Свод")!.tables).toEqual([`${TABLE_NAME["Свод"]}_2`]);
  });

  it("keeps table names unique when the user has a table of the same name", async () => {
    const fake = new FakeRegionalBook([bookSheet("Мой анализ", { tables: ["RegionalSummary"] })]);
    await writeRegionalToExcel(fake.context, model());
    const all = fake.sheets.flatMap((s) => s.tables);
    expect(new Set(all.map((t) => t.toLowerCase())).size).toBe(all.length);
    expect(fake.sheet("Сводка")!.tables).toEqual(["RegionalSummary_2"]);
  });

  it("leaves the previous regional sheets intact when the build fails halfway", async () => {
    const fake = rebuiltBook();
    const before = snapshot(fake.sheets);
    // Inspect (2 syncs), then the values go in blocks: the second block fails.
    fake.failAt = { sync: 4, code: "GeneralException" };
    const error = await failure(
      writeRegionalToExcel(fake.context, model(2000), { limits: { bytesPerSync: 50_000 } }),
    );
    expect(error).toMatchObject({ code: "regional-not-written" });
    expect(snapshot(fake.sheets)).toEqual(before);
    expect(fake.names().some((n) => n.includes("строится"))).toBe(false);
  });

  it("removes the half-built sheets an earlier failure could not", async () => {
    const leftover = { ...ourSheet("Свод"), name: "Свод (строится)", tables: [] };
    const fake = new FakeRegionalBook([bookSheet("Мой анализ"), leftover]);
    await writeRegionalToExcel(fake.context, model());
    expect(fake.names()).toEqual(["Мой анализ", "Свод", "Сводка", "Замечания"]);
  });

  it("builds beside a sheet of the user's that happens to have the temporary name", async () => {
    const fake = new FakeRegionalBook([bookSheet("Свод (строится)", { values: [["моё"]] })]);
    await writeRegionalToExcel(fake.context, model());
    expect(fake.names()).toEqual(["Свод (строится)", "Свод", "Сводка", "Замечания"]);
    expect(fake.valuesOf("Свод (строится)")).toEqual([["моё"]]);
  });

  it("says so, changing nothing, when the workbook's structure is protected", async () => {
    const fake = rebuiltBook();
    fake.structureProtected = true;
    const before = snapshot(fake.sheets);
    const error = await failure(writeRegionalToExcel(fake.context, model()));
    expect(error).toMatchObject({ code: "workbook-protected" });
    expect(snapshot(fake.sheets)).toEqual(before);
  });

  it("refuses a «Свод» continued past Excel's row limit before changing anything", async () => {
    const t = checkedTable({
      columns: BASIC_COLUMNS,
      rows: Array.from({ length: 12 }, (_, i) => ({
        values: [`${i + 1}.`, `Мероприятие ${i}`, "Май 2022", "УО", "План", null],
      })),
    });
    // Five data rows a sheet stand for Excel's 1,048,576: «Свод», «Свод (2)», «Свод (3)».
    const big = consolidate([source("a.xlsx", [t])], { asOf: "2022-01-15", sheetRows: 5 });
    expect(big.sheets.map((s) => s.name)).toEqual([
      "Свод",
      "Свод (2)",
      "Свод (3)",
      "Сводка",
      "Замечания",
    ]);
    const fake = rebuiltBook();
    const before = snapshot(fake.sheets);
    const error = await failure(writeRegionalToExcel(fake.context, big));
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ code: "regional-too-many-rows", params: { rows: 12 } });
    expect((error as Error).message).toContain("«Свод (2)», «Свод (3)»");
    expect(snapshot(fake.sheets)).toEqual(before);
    expect(fake.log.filter((l) => /\.(add|delete)\(/.test(l))).toEqual([]);
  });

  it("writes in large blocks, never cell by cell, and splits only past the request limit", async () => {
    for (const rows of [10, 10_000]) {
      const fake = new FakeRegionalBook([]);
      const result = await writeRegionalToExcel(fake.context, model(rows));
      const writes = fake.assignments.filter(
        (a) => a.target.startsWith("Свод (строится)!") && a.prop === "values",
      );
      const sizes = writes.map((w) => (w.value as unknown[][]).length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(TITLE_ROWS + 1 + 3 + 5 + rows);
      // Every block but the last holds thousands of rows.
      for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThan(1000);
      expect(result.syncs).toBe(fake.syncs);
      for (const bytes of fake.payloads) expect(bytes).toBeLessThan(5 * 1024 * 1024);
      if (rows === 10) expect(result.syncs).toBe(3);
      else expect(result.syncs).toBeLessThanOrEqual(3 + sizes.length);
    }
  });

  it("keeps every block's format before its values when it splits", async () => {
    const fake = new FakeRegionalBook([]);
    await writeRegionalToExcel(fake.context, model(2000), { limits: { bytesPerSync: 50_000 } });
    const targets = fake.assignments.filter((a) => a.prop === "values").map((a) => a.target);
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      const f = fake.log.indexOf(`set ${target}.numberFormat`);
      const v = fake.log.indexOf(`set ${target}.values`);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(fake.log.slice(f, v)).toEqual([`set ${target}.numberFormat`]);
    }
  });
});

describe("writeRegionalToExcel and «Изменения»", () => {
  function withChanges(): RegionalModel {
    return consolidate([source("001.xlsx", [buinsk()])], { asOf: "2022-01-15", previous: [] });
  }

  it("writes «Изменения» after the three sheets when last month was known", async () => {
    const fake = new FakeRegionalBook([bookSheet("Мой анализ")]);
    const m = withChanges();
    const result = await writeRegionalToExcel(fake.context, m);
    expect(result.added).toEqual(["Свод", "Сводка", "Замечания", "Изменения"]);
    expect(fake.names()).toEqual(["Мой анализ", "Свод", "Сводка", "Замечания", "Изменения"]);
    const changes = m.sheets.find((s) => s.name === "Изменения")!;
    expect(fake.valuesOf("Изменения")).toHaveLength(HEADER_ROW + changes.rows.length);
    expect(fake.sheet("Изменения")!.tables).toEqual([TABLE_NAME["Изменения"]]);
  });

  it("rebuilds its own «Изменения» in place, and removes it when there is no month to compare", async () => {
    const fake = new FakeRegionalBook([]);
    await writeRegionalToExcel(fake.context, withChanges());
    fake.sheets.unshift(bookSheet("Мой анализ"));
    const again = await writeRegionalToExcel(fake.context, withChanges());
    expect(again.rebuilt).toEqual(["Свод", "Сводка", "Замечания", "Изменения"]);
    expect(fake.names()).toEqual(["Мой анализ", "Свод", "Сводка", "Замечания", "Изменения"]);
    await writeRegionalToExcel(fake.context, model());
    expect(fake.names()).toEqual(["Мой анализ", "Свод", "Сводка", "Замечания"]);
  });

  it("leaves a sheet «Изменения» of the user's alone when it has none to write", async () => {
    const fake = new FakeRegionalBook([bookSheet("Изменения", { values: [["моё"]] })]);
    await writeRegionalToExcel(fake.context, model());
    expect(fake.sheet("Изменения")!.values).toEqual([["моё"]]);
    const refused = await failure(writeRegionalToExcel(fake.context, withChanges()));
    expect(refused).toBeInstanceOf(ExcelHostError);
    expect((refused as ExcelHostError).code).toBe("regional-sheet-foreign");
  });
});

describe("writeRegionalToExcel: the print setup (ExcelApi 1.9)", () => {
  const layoutOf = (fake: FakeRegionalBook, sheet: string) =>
    Object.fromEntries(
      fake.assignments
        .filter((a) => a.target.startsWith(`${sheet} (строится).pageLayout`))
        .map((a) => [
          `${a.target.slice(`${sheet} (строится).pageLayout`.length)}.${a.prop}`,
          a.value,
        ]),
    );

  it("gives every sheet the file's print setup: landscape A4, one page wide, header on each page", async () => {
    const fake = new FakeRegionalBook([]);
    const m = model();
    await writeRegionalToExcel(fake.context, m, { print: true });
    for (const sheet of m.sheets) {
      expect(layoutOf(fake, sheet.name)).toEqual({
        ".orientation": "Landscape",
        ".paperSize": "A4",
        ".zoom": { horizontalFitToPages: 1, verticalFitToPages: 0 },
        ".printGridlines": false,
        ".leftMargin": 0.4 * 72,
        ".rightMargin": 0.4 * 72,
        ".topMargin": 0.6 * 72,
        ".bottomMargin": 0.6 * 72,
        ".headerMargin": 0.25 * 72,
        ".footerMargin": 0.25 * 72,
        ".headersFooters.defaultForAllPages.leftHeader": `&"Arial,Bold"${sheet.title!.title}`,
        ".headersFooters.defaultForAllPages.centerHeader": "",
        ".headersFooters.defaultForAllPages.rightHeader": "",
        ".headersFooters.defaultForAllPages.leftFooter": "",
        ".headersFooters.defaultForAllPages.centerFooter": "Страница &P из &N",
        ".headersFooters.defaultForAllPages.rightFooter": "",
      });
      expect(fake.log).toContain(
        `${sheet.name} (строится).pageLayout.setPrintTitleRows("$${HEADER_ROW}:$${HEADER_ROW}")`,
      );
    }
  });

  it("leaves the page layout alone where Excel has none, and so builds in Excel 2016 and 2019", async () => {
    const fake = new FakeRegionalBook([]);
    fake.pageLayoutApi = false;
    await writeRegionalToExcel(fake.context, model());
    expect(fake.assignments.filter((a) => a.target.includes("pageLayout"))).toEqual([]);
    expect(fake.names()).toEqual([...REGIONAL_SHEET_NAMES]);
  });

  it("would fail there as Excel fails (ApiNotFound), if it touched the page layout, and leave nothing", async () => {
    const fake = new FakeRegionalBook([]);
    fake.pageLayoutApi = false;
    const err = await failure(writeRegionalToExcel(fake.context, model(), { print: true }));
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).code).toBe("regional-not-written");
    expect(fake.names()).toEqual([]);
  });
});
