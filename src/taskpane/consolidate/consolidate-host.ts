/**
 * Where the "Свод" view reads municipal files and writes the regional sheets: into the open
 * workbook inside Excel, or as a downloaded .xlsx in a plain browser. ExcelJS and the writers
 * are loaded only when first needed (webpack puts them in their own chunks).
 */
import type { Grid } from "../../core/grid";
import type { RegionalModel } from "../../core/consolidate";
import type { ExcelRun } from "../excel-host";
import { browserDownload } from "../file-host";

export interface ConsolidateHost {
  mode: "excel" | "file";
  /**
   * Grids of a chosen workbook or Word document; throws an error with `code` and a plain
   * message when unreadable.
   */
  read(data: ArrayBuffer, fileName?: string): Promise<Grid[]>;
  /** Excel: writes the three sheets into the workbook. File: returns the workbook's bytes. */
  write(model: RegionalModel): Promise<Uint8Array | null>;
  download(bytes: Uint8Array, fileName: string): void;
}

async function readFile(data: ArrayBuffer, fileName?: string): Promise<Grid[]> {
  const { readGrids } = await import(
    /* webpackChunkName: "file-read" */ "../../hosts/file/dispatch"
  );
  return (await readGrids(data, { fileName })).grids;
}

async function writeFile(model: RegionalModel): Promise<Uint8Array> {
  const { writeRegionalWorkbook } = await import(
    /* webpackChunkName: "regional-write" */ "../../hosts/file/write-regional"
  );
  return writeRegionalWorkbook(model);
}

export function fileConsolidateHost(download = browserDownload): ConsolidateHost {
  return { mode: "file", read: readFile, write: writeFile, download };
}

export function excelConsolidateHost(run: ExcelRun, download = browserDownload): ConsolidateHost {
  return {
    mode: "excel",
    read: readFile,
    write: async (model) => {
      const { writeRegionalToExcel } = await import(
        /* webpackChunkName: "regional-excel" */ "../../hosts/excel/write-regional"
      );
      await run((context) => writeRegionalToExcel(context, model));
      return null;
    },
    download,
  };
}

/** Inside Excel with ExcelApi 1.7 (Excel 2019 and later): the workbook; otherwise a file. */
export function detectConsolidateHost(): ConsolidateHost {
  const office = typeof Office === "undefined" ? undefined : Office;
  const inExcel =
    office?.context?.host !== undefined && office.context.host === office.HostType?.Excel;
  if (inExcel && office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    return excelConsolidateHost((batch) => Excel.run(batch));
  }
  return fileConsolidateHost();
}
