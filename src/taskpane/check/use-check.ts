/**
 * The Check view's state and actions. Every action runs through `perform`, which turns any
 * failure into a message on screen: the pane never goes blank and never fails silently.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Field } from "../../core/fields";
import type { ColumnOverride } from "../../core/recognize/overrides";
import { statusColumnTarget, statusColumnTargets } from "../../core/status-column";
import { localToday } from "../../core/validate/clock";
import type { Lang } from "../../core/validate/types";
import { ExcelHostError } from "../../hosts/excel/errors";
import { withOverride } from "../../hosts/excel/overrides-store";
import { describeError } from "../describe-error";
import { paintNotices } from "./paint-notices";
import { readChosenFile } from "../file-host";
import type { TaskpaneHost } from "../host";
import { MESSAGES } from "../i18n";
import { runCheck, type CheckOutcome } from "./run-check";
import type { FindingItem } from "./findings";

export type Busy = "check" | "clear" | "download" | "status" | "roles" | "select";

export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface CheckState {
  asOf: string;
  busy: Busy | null;
  outcome: CheckOutcome | null;
  error: string | null;
  /** The error's heading when it says more than «Не получилось» (which file failed). */
  errorTitle: string | null;
  /** The error is about damaged saved roles: offer to reset them. */
  resettable: boolean;
  notices: string[];
  info: string | null;
  file: ChosenFile | null;
  overrides: ColumnOverride[];
  /** File mode: the copy gets «Отметка об исполнении» where a table has none. */
  statusInCopy: boolean;
}

/** A failure that is already a sentence for the user. */
class UserMessage extends Error {}

/**
 * The results on screen were checked for another day than «Дата проверки» now says: they are
 * shown as out of date, and no copy is downloaded from them, until checked again.
 */
export function isStale(state: Pick<CheckState, "asOf" | "outcome">): boolean {
  return state.outcome !== null && state.outcome.report.asOf !== state.asOf;
}

/**
 * How long «Дата проверки» stays unchanged before the check runs again by itself: typing a
 * year goes through 0002, 0020, 0202 — each a valid day — and only the last one is meant.
 */
export const RECHECK_DELAY_MS = 300;

/** The chosen file's name without its extension: the copy is always an .xlsx. */
function baseName(name: string): string {
  return name.replace(/\.(xlsx|xlsm|docx|docm)$/i, "");
}

export function useCheck(host: TaskpaneHost, lang: Lang, today: () => string = localToday) {
  const text = MESSAGES[lang];
  const [state, setState] = useState<CheckState>(() => ({
    asOf: today(),
    busy: null,
    outcome: null,
    error: null,
    errorTitle: null,
    resettable: false,
    notices: [],
    info: null,
    file: null,
    overrides: [],
    statusInCopy: false,
  }));
  const current = useRef(state);
  current.current = state;

  /** `onFail`: what changes besides the message when the work fails (which file, say). */
  const perform = useCallback(
    async (
      busy: Busy,
      work: () => Promise<Partial<CheckState>>,
      onFail: Partial<CheckState> = {},
    ) => {
      setState((s) => ({
        ...s,
        busy,
        error: null,
        errorTitle: null,
        resettable: false,
        info: null,
      }));
      try {
        const patch = await work();
        setState((s) => ({ ...s, ...patch, busy: null }));
      } catch (err) {
        const message = err instanceof UserMessage ? err.message : describeError(err, text);
        const resettable = err instanceof ExcelHostError && err.code === "bad-settings";
        setState((s) => ({ ...s, ...onFail, busy: null, error: message, resettable }));
      }
    },
    [text],
  );

  /** Reads, checks and (in Excel) paints; the overrides and file given win over the state's. */
  const checkNow = useCallback(
    async (given: { file?: ChosenFile; overrides?: ColumnOverride[] } = {}) => {
      const asOf = current.current.asOf;
      if (host.mode === "excel") {
        const overrides = host.loadOverrides();
        const read = await host.read();
        const outcome = runCheck(read.grids, { asOf, lang, overrides, file: "workbook" });
        const notices: string[] = [];
        if (!read.mergesRead) notices.push(text.notices.mergesUnsupported);
        for (const s of read.skipped)
          notices.push(text.notices.sheetSkipped(s.sheet, s.rows, s.columns));
        if (read.hidden.length > 0)
          notices.push(text.notices.hiddenSheets(read.hidden.map((h) => h.sheet)));
        for (const sheet of read.mergesUnread) notices.push(text.notices.mergesUnread(sheet));
        // Painting an empty plan is still right: it removes the previous check's highlights.
        // Whatever happens to the painting, the findings stand: a failure is one more notice.
        if (!host.capabilities.highlight) notices.push(text.notices.highlightUnsupported);
        else if (host.readOnly()) notices.push(text.notices.readOnly);
        else notices.push(...(await paintNotices(host, outcome, text)));
        if (!host.capabilities.statusColumn) notices.push(text.notices.statusUnsupported);
        return { outcome, notices, overrides };
      }
      const file = given.file ?? current.current.file;
      if (!file) throw new UserMessage(text.noFile);
      const overrides = given.overrides ?? current.current.overrides;
      const { format, grids } = await host.read(file.bytes, file.name);
      const document = format === "docx";
      const outcome = runCheck(grids, { asOf, lang, overrides, file: file.name, document });
      return { outcome, notices: [], file, overrides };
    },
    [host, lang, text],
  );

  const check = useCallback(() => perform("check", () => checkNow()), [perform, checkNow]);

  // Inside Excel the ribbon button means "check now": the pane opens and checks at once.
  const started = useRef(false);
  useEffect(() => {
    if (host.mode === "excel" && !started.current) {
      started.current = true;
      void check();
    }
  }, [host, check]);

  const setAsOf = useCallback((asOf: string) => setState((s) => ({ ...s, asOf })), []);
  const setStatusInCopy = useCallback(
    (statusInCopy: boolean) => setState((s) => ({ ...s, statusInCopy })),
    [],
  );

  // A changed «Дата проверки» checks again by itself once it rests; until then the results are
  // marked out of date (isStale). Tried once per day: a failure stays on screen, not in a loop.
  const triedFor = useRef<string | null>(null);
  const stale = isStale(state);
  useEffect(() => {
    if (!stale || state.busy !== null || triedFor.current === state.asOf) return;
    const timer = setTimeout(() => {
      triedFor.current = current.current.asOf;
      void check();
    }, RECHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [stale, state.busy, state.asOf, check]);

  const chooseFile = useCallback(
    (file: File) =>
      perform(
        "check",
        async () => {
          const chosen = { name: file.name, bytes: await readChosenFile(file) };
          // A new file starts with no corrected roles: they belonged to the previous one.
          return checkNow({ file: chosen, overrides: [] });
        },
        // The results and the name on screen were the previous file's: the error names this one.
        { errorTitle: text.fileFailed(file.name), file: null, outcome: null, overrides: [] },
      ),
    [perform, checkNow, text],
  );

  const clear = useCallback(
    () =>
      perform("clear", async () => {
        if (host.mode !== "excel") return {};
        const cleared = await host.clear();
        const said = [
          ...cleared.protectedSheets.map((sheet) => text.notices.clearProtected(sheet)),
          ...cleared.unreadable.map((u) => text.notices.unreadableFormats(u.sheet, u.count)),
        ];
        const before = current.current.notices.filter((n) => !said.includes(n));
        return { info: text.cleared(cleared.removed), notices: [...before, ...said] };
      }),
    [perform, host, text],
  );

  const download = useCallback(
    () =>
      perform("download", async () => {
        const { file, outcome, statusInCopy } = current.current;
        if (host.mode !== "file" || !file || !outcome) throw new UserMessage(text.noFile);
        if (isStale(current.current)) throw new UserMessage(text.staleResults(outcome.report.asOf));
        const alert = { title: text.statusAlertTitle, message: text.statusAlertMessage };
        const targets = statusInCopy ? statusColumnTargets(outcome.tables.map((t) => t.table)) : [];
        let bytes: Uint8Array;
        if (outcome.document) {
          // Read again rather than kept: a document's tables live in memory only while needed.
          const read = await host.read(file.bytes, file.name);
          if (read.format !== "docx") throw new UserMessage(text.noFile);
          bytes = await host.writeDocumentCopy(read, {
            asOf: outcome.asOf,
            lang,
            file: file.name,
            overrides: current.current.overrides,
            statusColumn: targets.length > 0 ? alert : undefined,
          });
        } else {
          bytes = await host.writeCopy(file.bytes, {
            plan: outcome.plan,
            report: outcome.report,
            lang,
            statusColumns: targets.length > 0 ? { targets, alert } : undefined,
          });
        }
        host.download(bytes, text.downloadName(baseName(file.name)));
        return {};
      }),
    [perform, host, lang, text],
  );

  /** Changes the column roles — inside Excel as saved in the workbook now — and checks again. */
  const changeAndRecheck = useCallback(
    async (change: ((current: ColumnOverride[]) => ColumnOverride[]) | ColumnOverride[]) => {
      const overrides =
        host.mode === "excel"
          ? await host.updateOverrides(change)
          : Array.isArray(change)
            ? change
            : change(current.current.overrides);
      return checkNow({ overrides });
    },
    [host, checkNow],
  );

  const changeRole = useCallback(
    (table: number, column: string, field: Field) =>
      perform("roles", async () => {
        const t = current.current.outcome?.tables[table]?.table;
        if (!t) return {};
        const change = { sheet: t.sheet, headerRow: t.headerRows[0], column, field };
        return changeAndRecheck((overrides) => withOverride(overrides, change));
      }),
    [perform, changeAndRecheck],
  );

  const resetRoles = useCallback(
    () => perform("roles", () => changeAndRecheck([])),
    [perform, changeAndRecheck],
  );

  const addStatus = useCallback(
    (table: number) =>
      perform("status", async () => {
        const t = current.current.outcome?.tables[table]?.table;
        if (host.mode !== "excel" || !t) return {};
        const column = await host.addStatusColumn(statusColumnTarget(t), {
          title: text.statusAlertTitle,
          message: text.statusAlertMessage,
        });
        return { ...(await checkNow()), info: text.statusAdded(column) };
      }),
    [perform, host, checkNow, text],
  );

  const select = useCallback(
    (item: FindingItem) =>
      perform("select", async () => {
        if (host.mode === "excel") await host.select(item.sheet, item.cell);
        return {};
      }),
    [perform, host],
  );

  return {
    state,
    text,
    setAsOf,
    setStatusInCopy,
    check,
    chooseFile,
    clear,
    download,
    changeRole,
    resetRoles,
    addStatus,
    select,
  };
}

export type CheckController = ReturnType<typeof useCheck>;
