import { useId, useMemo, useState } from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/report";
import { useText } from "../i18n";
import {
  bySeverity,
  collectFindings,
  filterFindings,
  SEVERITIES,
  type FindingFilter,
  type FindingItem,
} from "./findings";
import { findingPlaceText, tableHeadingText } from "./places";
import type { CheckOutcome } from "./run-check";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { padding: `${tokens.spacingVerticalXXS} 0` },
  finding: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    minWidth: 0,
    width: "100%",
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  activity: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  error: {
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  warning: {
    borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  info: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

function shorten(s: string, max = 90): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export interface FindingsPanelProps {
  outcome: CheckOutcome;
  /** Present inside Excel: a finding is then a button that selects its cell. */
  onSelect?: (item: FindingItem) => void;
}

export function FindingsPanel({ outcome, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const text = useText();
  const headingId = useId();
  const [filter, setFilter] = useState<FindingFilter>({ severity: "all", text: "" });
  const all = useMemo(() => collectFindings(outcome.report), [outcome.report]);
  const shown = useMemo(() => filterFindings(all, filter), [all, filter]);
  const total = all.reduce((n, g) => n + g.items.length, 0);
  const visible = shown.reduce((n, g) => n + g.items.length, 0);

  const heading = (g: { sheet: string; firstRow: number; lastRow: number }) =>
    tableHeadingText(text, outcome.document, g.sheet, g.firstRow, g.lastRow);

  const renderItem = (f: FindingItem) => {
    const where = findingPlaceText(text, outcome.document, f);
    const body = (
      <span>
        <span className={styles.cell}>{where}</span>
        {f.message}
        {f.activity && (
          <span className={styles.activity}>
            {text.activity}: {shorten(f.activity)}
          </span>
        )}
      </span>
    );
    return (
      <li key={f.key} className={`${styles.item} ${styles[f.severity]}`} data-code={f.code}>
        {onSelect ? (
          <Button
            appearance="subtle"
            className={styles.finding}
            aria-label={text.findingGo(f.cell, f.message)}
            onClick={() => onSelect(f)}
          >
            {body}
          </Button>
        ) : (
          body
        )}
      </li>
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {text.findingsTitle} ({total})
      </h2>
      {total === 0 ? (
        <p>{text.noFindings}</p>
      ) : (
        <>
          <div className={styles.filters}>
            <Field label={text.filterSeverity}>
              <Select
                value={filter.severity}
                onChange={(_, d) =>
                  setFilter((f) => ({ ...f, severity: d.value as Severity | "all" }))
                }
              >
                <option value="all">{text.filterAll}</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {text.severity[s]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={text.search}>
              <Input
                type="search"
                value={filter.text}
                onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))}
              />
            </Field>
          </div>
          {visible === 0 && <p role="status">{text.noFindingsMatch}</p>}
          {shown
            .filter((g) => g.items.length > 0)
            .map((g) => {
              const groups = bySeverity(g.items);
              return (
                <section key={g.table} aria-label={heading(g)}>
                  <h3>{heading(g)}</h3>
                  {SEVERITIES.filter((s) => groups[s].length > 0).map((s) => (
                    <div key={s}>
                      <h4>
                        {text.severity[s]} ({groups[s].length})
                      </h4>
                      <ul className={styles.list}>{groups[s].map(renderItem)}</ul>
                    </div>
                  ))}
                </section>
              );
            })}
        </>
      )}
    </section>
  );
}
