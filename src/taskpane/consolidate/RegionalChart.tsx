/**
 * Overdue and done per municipality as horizontal bars — the chart file mode draws in the pane
 * (inside Excel it is a real chart on "Сводка"). Plain SVG: no chart library in the bundle.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MunicipalityStats } from "../../core/consolidate";
import type { ConsolidateText } from "./i18n";

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0` },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
});

const ROW = 34;
const LABEL = 150;
const BAR = 170;
const OVERDUE = "#c50f1f";
const DONE = "#107c10";

export function RegionalChart(props: { stats: MunicipalityStats[]; text: ConsolidateText }) {
  const styles = useStyles();
  const { stats, text } = props;
  const max = Math.max(1, ...stats.map((s) => Math.max(s.overdue, s.done)));
  const width = LABEL + BAR + 40;
  const scale = (n: number) => (n / max) * BAR;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{text.chartTitle}</figcaption>
      <svg
        role="img"
        aria-label={text.chartTitle}
        width="100%"
        viewBox={`0 0 ${width} ${stats.length * ROW + 24}`}
      >
        <rect x={LABEL} y={2} width={10} height={10} fill={OVERDUE} />
        <text x={LABEL + 14} y={11} fontSize={11}>
          {text.overdue}
        </text>
        <rect x={LABEL + 100} y={2} width={10} height={10} fill={DONE} />
        <text x={LABEL + 114} y={11} fontSize={11}>
          {text.done}
        </text>
        {stats.map((s, i) => {
          const y = 24 + i * ROW;
          return (
            <g key={s.municipality} data-municipality={s.municipality}>
              <title>{`${s.municipality}: ${text.overdue} ${s.overdue}, ${text.done} ${s.done}`}</title>
              <text x={0} y={y + 17} fontSize={11}>
                {s.municipality.length > 24 ? `${s.municipality.slice(0, 23)}…` : s.municipality}
              </text>
              <rect
                data-series="overdue"
                x={LABEL}
                y={y}
                width={scale(s.overdue)}
                height={12}
                fill={OVERDUE}
              />
              <text x={LABEL + scale(s.overdue) + 4} y={y + 10} fontSize={10}>
                {s.overdue}
              </text>
              <rect
                data-series="done"
                x={LABEL}
                y={y + 14}
                width={scale(s.done)}
                height={12}
                fill={DONE}
              />
              <text x={LABEL + scale(s.done) + 4} y={y + 24} fontSize={10}>
                {s.done}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
