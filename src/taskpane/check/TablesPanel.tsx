import { useId } from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { FIELDS, type Field as Role } from "../../core/fields";
import type { ColumnOverride } from "../../core/recognize/overrides";
import { hasColumn } from "../../core/validate/cells";
import { useText } from "../i18n";
import { headingRows } from "./findings";
import { columnLabel, tableHeadingText } from "./places";
import type { CheckOutcome } from "./run-check";

const useStyles = makeStyles({
  table: { marginBottom: tokens.spacingVerticalM },
  columns: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface TablesPanelProps {
  outcome: CheckOutcome;
  overrides: ColumnOverride[];
  busy: boolean;
  onRole: (table: number, column: string, field: Role) => void;
  onReset: () => void;
  /** Present when this host can add the status column. */
  onAddStatus?: (table: number) => void;
}

export function TablesPanel({
  outcome,
  overrides,
  busy,
  onRole,
  onReset,
  onAddStatus,
}: TablesPanelProps) {
  const styles = useStyles();
  const text = useText();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{text.columnsTitle}</h2>
      <p className={styles.hint}>{text.columnsHint}</p>
      {outcome.tables.map((checked, i) => {
        const t = checked.table;
        const heading = tableHeadingText(text, outcome.document, t.sheet, ...headingRows(t));
        const hasStatus = hasColumn(t, "status");
        const changed = (column: string) =>
          overrides.some(
            (o) => o.sheet === t.sheet && o.headerRow === t.headerRows[0] && o.column === column,
          );
        return (
          <details
            key={`${t.sheet}:${t.headerRows[0]}`}
            className={styles.table}
            open={outcome.tables.length === 1}
          >
            <summary>{heading}</summary>
            <div className={styles.columns}>
              {t.columns.map((col) => (
                <Field
                  key={col.column}
                  label={text.roleLabel(columnLabel(outcome.document, col.column), col.header)}
                  hint={changed(col.column) ? text.changedByYou : undefined}
                >
                  <Select
                    value={col.field}
                    disabled={busy}
                    onChange={(_, d) => onRole(i, col.column, d.value as Role)}
                  >
                    {FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {text.fields[f]}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </div>
            {!hasStatus && onAddStatus && (
              <p>
                <Button disabled={busy} onClick={() => onAddStatus(i)}>
                  {text.addStatus}
                </Button>
                <br />
                <span className={styles.hint}>{text.addStatusHint}</span>
              </p>
            )}
          </details>
        );
      })}
      {overrides.length > 0 && (
        <Button disabled={busy} onClick={onReset}>
          {text.resetRoles}
        </Button>
      )}
    </section>
  );
}
