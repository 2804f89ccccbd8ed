/**
 * State of the "Свод" view: the chosen files (read one at a time, each with its detected and
 * editable municipality), the progress, and building the regional sheets.
 */
import { useCallback, useRef, useState } from "react";
import { checkGrids } from "../../core/check";
import type { Grid } from "../../core/grid";
import {
  consolidate,
  municipalityKey,
  resolveMunicipality,
  type RegionalModel,
  type SourceFile,
} from "../../core/consolidate";
import type { ActivitySnapshot } from "../../core/consolidate/changes/types";
import { tableMunicipalities } from "../../core/consolidate/municipality";
import type { FileError } from "../../core/report";
import type { FileFormat } from "../../hosts/file/dispatch";
import type { Lang } from "../../core/validate/types";
import { readChosenFile } from "../file-host";
import { ExcelHostError } from "../../hosts/excel/errors";
import { MESSAGES } from "../i18n";
import { CONSOLIDATE_TEXT } from "./i18n";
import type { ConsolidateHost } from "./consolidate-host";

export interface FileItem {
  id: number;
  name: string;
  state: "waiting" | "reading" | "read" | "error";
  error: FileError | null;
  /** Kept so that a change of the as-of date re-checks without reading the file again. */
  grids: Grid[];
  /** A workbook or a Word document (its tables are named «таблица N» in «Свод»). */
  format: FileFormat;
  tables: number;
  activities: number;
  detected: string;
  municipality: string;
  /** Every municipality its tables name (a workbook may hold the tables of two). */
  municipalities: string[];
  /** A regional workbook of ours among the chosen files: skipped, never a municipality. */
  own: boolean;
}

/** Last month's regional workbook chosen in file mode, and its «Свод» read. */
export interface PreviousFile {
  name: string;
  snapshots: ActivitySnapshot[] | null;
  error: string | null;
}

export interface BuildResult {
  model: RegionalModel;
  bytes: Uint8Array | null;
  fileName: string | null;
}

/** A file's own unreadability (FileReadError and the like) carries a code; a bug does not. */
function fileError(err: unknown): FileError | null {
  if (!(err instanceof Error)) return null;
  const code: unknown = (err as Error & { code?: unknown }).code;
  return typeof code === "string" ? { code, message: err.message } : null;
}

export function useConsolidation(
  host: ConsolidateHost,
  lang: Lang,
  asOf: string,
  fileName: (asOf: string) => string,
) {
  const [files, setFiles] = useState<FileItem[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [building, setBuilding] = useState(false);
  const [result, setResult] = useState<BuildResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** Same-named sheets the user's answer is awaited for, before anything is changed. */
  const [foreign, setForeign] = useState<string[] | null>(null);
  const failureText = useCallback(
    (err: unknown): string => {
      if (err instanceof ExcelHostError && err.code === "cell-edit-mode") {
        return MESSAGES[lang].errors.cellEditMode;
      }
      if (err instanceof ExcelHostError && err.code === "workbook-protected") {
        return CONSOLIDATE_TEXT[lang].workbookProtected;
      }
      if (err instanceof ExcelHostError && err.code === "regional-too-many-rows") {
        return CONSOLIDATE_TEXT[lang].tooManyRows(Number(err.params.rows));
      }
      return err instanceof Error ? err.message : String(err);
    },
    [lang],
  );
  const nextId = useRef(1);

  const update = (id: number, patch: Partial<FileItem>) =>
    setFiles((list) => list.map((f) => (f.id === id ? { ...f, ...patch } : f)));

  const addFiles = useCallback(
    async (chosen: File[]) => {
      const items: FileItem[] = chosen.map((file) => ({
        id: nextId.current++,
        name: file.name,
        state: "waiting",
        error: null,
        grids: [],
        format: "xlsx",
        tables: 0,
        activities: 0,
        detected: "",
        municipality: "",
        municipalities: [],
        own: false,
      }));
      setFiles((list) => [...list, ...items]);
      setResult(null);
      setFailure(null);
      // One file at a time: only one file is ever held by the reader.
      for (const [i, item] of items.entries()) {
        setProgress({ done: i, total: items.length });
        update(item.id, { state: "reading" });
        try {
          const { format, grids, own } = await host.read(
            await readChosenFile(chosen[i]),
            item.name,
          );
          if (own) {
            update(item.id, { state: "read", format, own: true });
            continue;
          }
          const tables = checkGrids(grids, { settings: { asOf, lang } });
          const source: SourceFile = { file: item.name, error: null, tables };
          const detected = resolveMunicipality(source).name;
          const names = tableMunicipalities(source).names;
          const distinct = names.filter(
            (n, k) => names.findIndex((m) => municipalityKey(m) === municipalityKey(n)) === k,
          );
          update(item.id, {
            municipalities: distinct,
            state: "read",
            grids,
            format,
            tables: tables.length,
            activities: tables.reduce(
              (n, t) => n + t.rows.filter((r) => r.row.kind !== "section").length,
              0,
            ),
            detected,
            municipality: detected,
          });
        } catch (err) {
          const error = fileError(err);
          if (error === null) {
            setFailure(err instanceof Error ? err.message : String(err));
            update(item.id, { state: "error", error: { code: "internal", message: String(err) } });
            continue;
          }
          // An unreadable file is no municipality: it gets no municipality of its own.
          update(item.id, { state: "error", error });
        }
      }
      setProgress(null);
    },
    [host, lang, asOf],
  );

  const setMunicipality = useCallback((id: number, municipality: string) => {
    update(id, { municipality });
    setResult(null);
  }, []);

  const [previous, setPrevious] = useState<PreviousFile | null>(null);
  /** File mode: last month's regional workbook, read at once so that the user sees if it is one. */
  const choosePrevious = useCallback(
    async (file: File | null) => {
      setResult(null);
      if (file === null) {
        setPrevious(null);
        return;
      }
      try {
        const snapshots = await host.previous(await readChosenFile(file));
        setPrevious({ name: file.name, snapshots, error: null });
      } catch (err) {
        if (fileError(err) === null) throw err;
        setPrevious({ name: file.name, snapshots: null, error: (err as Error).message });
      }
    },
    [host],
  );

  const clear = useCallback(() => {
    setFiles([]);
    setResult(null);
    setFailure(null);
  }, []);

  const build = useCallback(
    async (replaceForeign = false) => {
      setBuilding(true);
      setFailure(null);
      setForeign(null);
      try {
        const sources: SourceFile[] = files.map((f) => ({
          file: f.name,
          error: f.error,
          tables: f.error ? [] : checkGrids(f.grids, { settings: { asOf, lang } }),
          municipality: f.municipality.trim() !== f.detected ? f.municipality : null,
          format: f.format,
          ownOutput: f.own,
        }));
        // Excel: the «Свод» in the workbook, before it is replaced; file: the one chosen.
        const last = host.mode === "excel" ? await host.previous() : (previous?.snapshots ?? null);
        const model = consolidate(sources, { asOf, lang, previous: last });
        const bytes = await host.write(model, { replaceForeign });
        const name = bytes ? fileName(asOf) : null;
        if (bytes && name) host.download(bytes, name);
        setResult({ model, bytes, fileName: name });
      } catch (err) {
        // Sheets of these names that this program did not make: ask before replacing them.
        if (err instanceof ExcelHostError && err.code === "regional-sheet-foreign") {
          setForeign(String(err.params.sheets).split("\n"));
        } else {
          setFailure(failureText(err));
        }
      } finally {
        setBuilding(false);
      }
    },
    [files, host, lang, asOf, fileName, failureText, previous],
  );

  const cancelReplace = useCallback(() => setForeign(null), []);

  const duplicates = new Set<number>();
  const seen = new Map<string, number>();
  for (const f of files) {
    if (f.municipality.trim() === "") continue;
    const key = municipalityKey(f.municipality);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, f.id);
    else duplicates.add(f.id).add(first);
  }

  return {
    files,
    progress,
    building,
    result,
    failure,
    foreign,
    cancelReplace,
    duplicates,
    addFiles,
    previous,
    choosePrevious,
    setMunicipality,
    clear,
    build,
  };
}
