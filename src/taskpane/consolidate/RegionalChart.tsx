/**
 * Overdue and done per municipality as horizontal bars — the chart file mode draws in the pane
 * (inside Excel it is a real chart on "Сводка"). Plain HTML and CSS, no chart library: the text
 * keeps the pane's font size at any width (a scaled SVG grew to 40-pixel letters in a wide
 * pane), each municipality's name gets a line of its own, whole, and the bars take the width
 * left beside their numbers.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MunicipalityStats } from "../../core/consolidate";
import type { ConsolidateText } from "./i18n";

const OVERDUE = "#c50f1f";
const DONE = "#107c10";

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0`, maxWidth: "640px", minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  chart: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "10px", height: "10px" },
  row: { display: "flex", flexDirection: "column", gap: "3px", minWidth: 0 },
  name: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  line: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    height: "12px",
    fontSize: tokens.fontSizeBase100,
    lineHeight: "12px",
  },
  bar: { height: "10px", flexShrink: 0 },
});

export function RegionalChart(props: { stats: MunicipalityStats[]; text: ConsolidateText }) {
  const styles = useStyles();
  const { stats, text } = props;
  const max = Math.max(1, ...stats.map((s) => Math.max(s.overdue, s.done)));
  // A share of the line's width, leaving room for the number after the bar.
  const width = (n: number) => `calc((100% - 4em) * ${n / max})`;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{text.chartTitle}</figcaption>
      <div role="img" aria-label={text.chartTitle} className={styles.chart}>
        <div className={styles.legend} aria-hidden>
          <span className={styles.key}>
            <span className={styles.swatch} style={{ backgroundColor: OVERDUE }} />
            {text.overdue}
          </span>
          <span className={styles.key}>
            <span className={styles.swatch} style={{ backgroundColor: DONE }} />
            {text.done}
          </span>
        </div>
        {stats.map((s) => (
          <div
            key={s.municipality}
            className={styles.row}
            data-municipality={s.municipality}
            title={`${s.municipality}: ${text.overdue} ${s.overdue}, ${text.done} ${s.done}`}
          >
            <span className={styles.name}>{s.municipality}</span>
            {(
              [
                ["overdue", s.overdue, OVERDUE],
                ["done", s.done, DONE],
              ] as const
            ).map(([series, n, colour]) => (
              <span key={series} className={styles.line}>
                <span
                  className={styles.bar}
                  data-series={series}
                  style={{ width: width(n), backgroundColor: colour }}
                />
                <span>{n}</span>
              </span>
            ))}
          </div>
        ))}
      </div>
    </figure>
  );
}
