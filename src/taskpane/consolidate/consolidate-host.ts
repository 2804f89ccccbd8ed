/**
 * Where the "Свод" view reads municipal files and writes the regional sheets: into the open
 * workbook inside Excel, or as a downloaded .xlsx in a plain browser. The reader and the writers
 * are loaded only when first needed (webpack puts them in their own chunks).
 */
import { REQUIRED_EXCEL_API } from "../../hosts/excel/capabilities";
import type { RegionalModel } from "../../core/consolidate";
import type { ActivitySnapshot } from "../../core/consolidate/changes/types";
import type { ReadResult } from "../../hosts/file/dispatch";
import { excelRunner, type ExcelRun } from "../../hosts/excel/run";
import { browserDownload } from "../file-host";
import { readChosenFileGrids } from "../file-read/read-file";

export interface ConsolidateHost {
  mode: "excel" | "file";
  /**
   * What a chosen file turned out to be (a workbook or a Word document) and its Grids; throws
   * an error with `code` and a plain message when unreadable.
   */
  read(data: ArrayBuffer, fileName?: string): Promise<ReadResult>;
  /**
   * Excel: writes the three sheets into the workbook (`replaceForeign`: the user agreed to
   * replace same-named sheets this program did not make). File: returns the workbook's bytes.
   */
  write(model: RegionalModel, options?: { replaceForeign?: boolean }): Promise<Uint8Array | null>;
  download(bytes: Uint8Array, fileName: string): void;
  /**
   * Last month's activities, for «Изменения». Excel: the «Свод» already in the workbook, read
   * before it is replaced (null: none). File: the regional workbook the user chose (null: not
   * a regional workbook of ours); throws a file's own unreadability like `read`.
   */
  previous(data?: ArrayBuffer): Promise<ActivitySnapshot[] | null>;
}

/** Last month's regional workbook chosen in file mode: its «Свод», read in the pane. */
async function previousOfFile(data?: ArrayBuffer): Promise<ActivitySnapshot[] | null> {
  if (data === undefined) return null;
  const { readPreviousMonth } = await import(
    /* webpackChunkName: "regional-write" */ "../../hosts/file/previous-month"
  );
  return readPreviousMonth(new Uint8Array(data));
}

/**
 * On the pane's reading worker, within its budget, like the Check view's files; a regional
 * workbook of ours among the chosen files is told and not read: it is never a municipality.
 */
const readFile = (data: ArrayBuffer, fileName?: string) =>
  readChosenFileGrids(data, fileName, true);

async function writeFile(model: RegionalModel): Promise<Uint8Array> {
  const { writeRegionalWorkbook } = await import(
    /* webpackChunkName: "regional-write" */ "../../hosts/file/write-regional"
  );
  return writeRegionalWorkbook(model);
}

export function fileConsolidateHost(download = browserDownload): ConsolidateHost {
  return { mode: "file", read: readFile, write: writeFile, download, previous: previousOfFile };
}

/** `print`: the Excel has the page layout (ExcelApi 1.9), so the sheets get their print setup. */
export function excelConsolidateHost(
  run: ExcelRun,
  download = browserDownload,
  print = false,
): ConsolidateHost {
  return {
    mode: "excel",
    read: readFile,
    write: async (model, options = {}) => {
      const { writeRegionalToExcel } = await import(
        /* webpackChunkName: "regional-excel" */ "../../hosts/excel/write-regional"
      );
      await run((context) => writeRegionalToExcel(context, model, { ...options, print }));
      return null;
    },
    download,
    previous: async () => {
      const { readPreviousSvod } = await import(
        /* webpackChunkName: "regional-excel" */ "../../hosts/excel/read-previous"
      );
      return run((context) => readPreviousSvod(context));
    },
  };
}

/** Inside Excel with ExcelApi 1.7 (Excel 2019 and later): the workbook; otherwise a file. */
export function detectConsolidateHost(): ConsolidateHost {
  const office = typeof Office === "undefined" ? undefined : Office;
  const inExcel =
    office?.context?.host !== undefined && office.context.host === office.HostType?.Excel;
  if (inExcel && office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    const print = office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API.print);
    return excelConsolidateHost(
      excelRunner((options, batch) => Excel.run(options, batch)),
      browserDownload,
      print,
    );
  }
  return fileConsolidateHost();
}
