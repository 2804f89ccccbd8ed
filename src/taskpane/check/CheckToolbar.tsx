import { useId, useRef } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { statusColumnTargets } from "../../core/status-column";
import { isStale, type CheckController } from "./use-check";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  hint: { display: "block", color: tokens.colorNeutralForeground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
});

export function CheckToolbar({ c, mode }: { c: CheckController; mode: "excel" | "file" }) {
  const styles = useStyles();
  const { state, text } = c;
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const busy = state.busy !== null;
  // Only when some table of the results has no status column (and rows to mark).
  const canAddStatus =
    state.outcome !== null &&
    statusColumnTargets(state.outcome.tables.map((t) => t.table)).length > 0;
  return (
    <div className={styles.bar}>
      {mode === "file" && (
        <div className={styles.row}>
          <label htmlFor={fileInputId} className={styles.hidden}>
            {text.chooseFileLabel}
          </label>
          <input
            id={fileInputId}
            ref={fileInput}
            type="file"
            // .xls and .doc too: choosing one gets the plain "save it as …" message, not silence.
            accept=".xlsx,.xlsm,.xls,.docx,.docm,.doc"
            className={styles.hidden}
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void c.chooseFile(file);
            }}
          />
          <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
            {text.chooseFile}
          </Button>
          {state.file && <span>{text.fileChosen(state.file.name)}</span>}
        </div>
      )}
      <div className={styles.row}>
        <Field label={text.asOf} hint={text.asOfHint}>
          <Input
            type="date"
            value={state.asOf}
            required
            onChange={(_, d) => d.value && c.setAsOf(d.value)}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          appearance={mode === "excel" ? "primary" : "secondary"}
          disabled={busy || (mode === "file" && !state.file)}
          onClick={() => void c.check()}
        >
          {text.check}
        </Button>
        {mode === "excel" && (
          <Button disabled={busy} onClick={() => void c.clear()}>
            {text.clear}
          </Button>
        )}
        {mode === "file" && (
          <Button
            disabled={busy || !state.outcome || state.outcome.tables.length === 0 || isStale(state)}
            onClick={() => void c.download()}
          >
            {text.download}
          </Button>
        )}
        {state.busy === "check" && <Spinner size="tiny" label={text.checking} />}
      </div>
      {mode === "file" && canAddStatus && (
        <Checkbox
          checked={state.statusInCopy}
          disabled={busy}
          onChange={(_, d) => c.setStatusInCopy(d.checked === true)}
          label={
            <>
              {text.copyStatusColumn}
              <span className={styles.hint}>{text.copyStatusColumnHint}</span>
            </>
          }
        />
      )}
      {mode === "file" && state.outcome?.document && (
        <p className={styles.note}>{text.documentCopyNote}</p>
      )}
    </div>
  );
}
