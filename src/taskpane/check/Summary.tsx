import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { HIGHLIGHT_KINDS, HIGHLIGHT_STYLES } from "../../core/plan";
import type { ReportSummary } from "../../core/report";
import { useText } from "../i18n";
import { countIssues } from "./findings";
import type { CheckOutcome } from "./run-check";

const useStyles = makeStyles({
  counters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(92px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  counter: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  label: { fontSize: tokens.fontSizeBase200 },
  hint: { marginTop: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: 0,
    margin: 0,
    listStyle: "none",
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "middle",
  },
});

const COUNTERS: (keyof ReportSummary)[] = ["tables", "items", "overdue", "incomplete", "done"];

/**
 * The verdict, the counters and the colours' legend. `mode`: in Excel the colours are on the
 * sheet; in file mode they are in the checked copy to download.
 */
export function Summary({ outcome, mode }: { outcome: CheckOutcome; mode: "excel" | "file" }) {
  const styles = useStyles();
  const text = useText();
  const issues = countIssues(outcome.report);
  const summary = outcome.report.summary;
  return (
    <section aria-label={text.countersTitle}>
      <div role="status">
        <MessageBar intent={issues === 0 ? "success" : "warning"}>
          <MessageBarBody>
            <MessageBarTitle>
              {issues === 0 ? text.verdictReady : text.verdictIssues(issues)}
            </MessageBarTitle>
            {/* A block of its own: inline, the hint ran on from the verdict in one line. */}
            <div className={styles.hint} data-verdict-hint>
              {text.verdictHint}
            </div>
          </MessageBarBody>
        </MessageBar>
      </div>
      <dl className={styles.counters}>
        {COUNTERS.map((key) => (
          <div key={key} className={styles.counter} data-counter={key}>
            <dt className={styles.label}>{text.counters[key]}</dt>
            <dd className={styles.value}>{summary[key]}</dd>
          </div>
        ))}
      </dl>
      {/* The colours are painted on a sheet; a Word document has none to paint yet. */}
      {!outcome.document && (
        <>
          <h3>{mode === "excel" ? text.legendTitle : text.legendTitleCopy}</h3>
          <ul className={styles.legend}>
            {HIGHLIGHT_KINDS.map((kind) => (
              <li key={kind}>
                <span
                  aria-hidden
                  className={styles.swatch}
                  style={{ backgroundColor: HIGHLIGHT_STYLES[kind].fill }}
                />
                {text.legend[kind]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
