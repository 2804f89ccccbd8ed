/**
 * The "Свод" tab: choose many municipal files, see each with its municipality (editable), its
 * tables and status while a progress bar runs, then build the regional sheets — into the open
 * workbook inside Excel, or as a downloaded workbook with the chart drawn here in file mode.
 */
import { useContext, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CHANGE_LABEL } from "../../core/consolidate/changes/labels";
import { CHANGE_KINDS } from "../../core/consolidate/changes/types";
import { localToday } from "../../core/validate/clock";
import { LangContext } from "../i18n";
import { FileTable } from "./FileTable";
import { RegionalChart } from "./RegionalChart";
import { detectConsolidateHost, type ConsolidateHost } from "./consolidate-host";
import { CONSOLIDATE_TEXT } from "./i18n";
import { useConsolidation } from "./use-consolidation";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  hidden: { display: "none" },
});

export interface ConsolidateViewProps {
  /** Where files are read and sheets written; detected from the running host when absent. */
  host?: ConsolidateHost;
  /** Today as YYYY-MM-DD (tests fix it). */
  today?: () => string;
}

export function ConsolidateView(props: ConsolidateViewProps = {}): JSX.Element {
  const styles = useStyles();
  const lang = useContext(LangContext);
  const text = CONSOLIDATE_TEXT[lang];
  const host = useMemo(() => props.host ?? detectConsolidateHost(), [props.host]);
  const [asOf, setAsOf] = useState(() => (props.today ?? localToday)());
  const input = useRef<HTMLInputElement>(null);
  const previousInput = useRef<HTMLInputElement>(null);
  const c = useConsolidation(host, lang, asOf, text.fileName);
  const readable = c.files.some((f) => f.state === "read" && !f.own);
  const changes = c.result?.model.changes ?? null;
  const skipped = c.result?.model.files.filter((f) => f.role !== "municipal") ?? [];
  const busy = c.progress !== null || c.building;
  const totals = c.result?.model.totals;

  return (
    <section className={styles.view} aria-label={text.build}>
      <Text>{text.intro}</Text>
      <div className={styles.row}>
        <Field label={text.asOf}>
          <Input type="date" value={asOf} onChange={(_, d) => d.value && setAsOf(d.value)} />
        </Field>
        <Button appearance="secondary" disabled={busy} onClick={() => input.current?.click()}>
          {text.chooseFiles}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,.docx,.docm,.doc"
          aria-label={text.chooseFiles}
          onChange={(e) => {
            const chosen = Array.from(e.target.files ?? []);
            e.target.value = "";
            if (chosen.length > 0) void c.addFiles(chosen);
          }}
        />
        {c.files.length > 0 && (
          <Button appearance="subtle" disabled={busy} onClick={c.clear}>
            {text.clear}
          </Button>
        )}
      </div>
      {host.mode === "file" && (
        <div className={styles.row}>
          <Button
            appearance="secondary"
            disabled={busy}
            onClick={() => previousInput.current?.click()}
          >
            {text.choosePrevious}
          </Button>
          <input
            ref={previousInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm"
            aria-label={text.choosePrevious}
            onChange={(e) => {
              const file = e.target.files?.[0] ?? null;
              e.target.value = "";
              if (file) void c.choosePrevious(file);
            }}
          />
          {c.previous && (
            <>
              <Text role="status" data-previous={c.previous.name}>
                {c.previous.error !== null
                  ? text.previousUnreadable(c.previous.name, c.previous.error)
                  : c.previous.snapshots === null
                    ? text.previousNotOurs(c.previous.name)
                    : text.previousChosen(c.previous.name)}
              </Text>
              <Button appearance="subtle" onClick={() => void c.choosePrevious(null)}>
                {text.previousClear}
              </Button>
            </>
          )}
        </div>
      )}
      {c.progress && (
        <Field
          validationMessage={text.reading(c.progress.done, c.progress.total)}
          validationState="none"
        >
          <ProgressBar value={c.progress.done} max={c.progress.total} />
        </Field>
      )}
      {c.files.length > 0 && (
        <FileTable
          files={c.files}
          duplicates={c.duplicates}
          text={text}
          onMunicipality={c.setMunicipality}
        />
      )}
      {c.files.length > 0 && !busy && !readable && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.nothingReadable}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !readable} onClick={() => void c.build()}>
          {c.building ? text.building : text.build}
        </Button>
      </div>
      {c.foreign && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{text.foreignSheets(c.foreign)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void c.build(true)}>
              {text.replace}
            </Button>
            <Button onClick={c.cancelReplace}>{text.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {c.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{text.failed(c.failure)}</MessageBarBody>
        </MessageBar>
      )}
      {c.result && totals && (
        <div role="status">
          <MessageBar intent="success">
            <MessageBarBody>
              {c.result.fileName ? text.builtFile(c.result.fileName) : text.builtExcel}{" "}
              {text.totals(totals.municipalities, totals.activities, totals.overdue, totals.done)}
            </MessageBarBody>
          </MessageBar>
          {skipped.length > 0 && (
            <Text block data-skipped>
              {text.skipped(skipped.map((f) => f.file))}
            </Text>
          )}
          {changes && (
            <Text block data-changes>
              {CHANGE_KINDS.some((k) => changes.counts[k] > 0)
                ? text.changes(
                    CHANGE_KINDS.filter((k) => changes.counts[k] > 0)
                      .map((k) => `${CHANGE_LABEL[k][lang]}: ${changes.counts[k]}`)
                      .join(", "),
                  )
                : text.noChanges}
            </Text>
          )}
          {c.result.bytes && c.result.fileName && (
            <Button
              appearance="subtle"
              onClick={() => host.download(c.result!.bytes!, c.result!.fileName!)}
            >
              {text.downloadAgain}
            </Button>
          )}
          {host.mode === "file" && (
            <RegionalChart stats={c.result.model.municipalities} text={text} />
          )}
        </div>
      )}
    </section>
  );
}
