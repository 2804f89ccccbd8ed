/**
 * The chosen municipal files as a list of cards, laid out for a 400-pixel pane: the name on a
 * line of its own (broken only where it must be), its state, its tables and activities, the
 * municipality (editable) across the card's width, and a long error shortened to its first
 * sentence with the rest behind «подробнее». Nothing in a card is wider than the card.
 */
import {
  Badge,
  Field,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ConsolidateText } from "./i18n";
import type { FileItem } from "./use-consolidation";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  // A file name breaks at its hyphens and dots first, mid-word only when one part is longer
  // than the card.
  name: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    minWidth: 0,
    maxWidth: "100%",
  },
  // Fluent's Badge is one line of fixed height: a long state would spill out of it.
  badge: {
    height: "auto",
    minHeight: "20px",
    maxWidth: "100%",
    whiteSpace: "normal",
    textAlign: "start",
    overflowWrap: "anywhere",
  },
  counts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Fluent's Textarea has an intrinsic width wider than a narrow card: let it shrink.
  municipality: { width: "100%", minWidth: 0 },
  // Its 40-pixel minimum height is for paragraphs; a name of one line needs one line.
  municipalityText: { minHeight: "24px" },
  error: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere", minWidth: 0 },
  more: { color: tokens.colorNeutralForeground1, marginTop: tokens.spacingVerticalXXS },
  note: { display: "block", color: tokens.colorPaletteMarigoldForeground2 },
});

export interface FileTableProps {
  files: FileItem[];
  duplicates: Set<number>;
  text: ConsolidateText;
  onMunicipality: (id: number, value: string) => void;
}

export function FileTable({ files, duplicates, text, onMunicipality }: FileTableProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={text.fileList} data-file-list>
      {files.map((f) => (
        <li key={f.id} className={styles.card} data-file={f.name}>
          <div className={styles.head}>
            <span className={styles.name}>{f.name}</span>
            <Status file={f} text={text} badgeClass={styles.badge} />
          </div>
          {f.state === "read" && !f.own && f.tables > 0 && (
            <span className={styles.counts}>{text.fileCounts(f.tables, f.activities)}</span>
          )}
          {f.state === "error" && f.error && (
            <ErrorText message={f.error.message} text={text} classes={styles} />
          )}
          {/* Only a file with a roadmap is a municipality's: the others get no field. */}
          {f.state === "read" && !f.own && f.tables > 0 && (
            <Field label={text.municipalityColumn} size="small">
              {/* A text area, not an input: a long name wraps instead of being cut at the edge. */}
              <Textarea
                size="small"
                resize="none"
                rows={linesFor(f.municipality)}
                className={styles.municipality}
                textarea={{ className: styles.municipalityText }}
                value={f.municipality}
                aria-label={text.municipalityLabel(f.name)}
                onChange={(_, d) => onMunicipality(f.id, d.value.replace(/\s*\n\s*/g, " "))}
              />
            </Field>
          )}
          {f.state === "read" && !f.own && f.municipalities.length > 1 && (
            <Text size={200} className={styles.note}>
              {text.alsoMunicipalities(f.municipalities.slice(1))}
            </Text>
          )}
          {duplicates.has(f.id) && (
            <Text size={200} className={styles.note}>
              {text.duplicate}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}

function Status(props: { file: FileItem; text: ConsolidateText; badgeClass: string }) {
  const { file, text, badgeClass } = props;
  if (file.state === "waiting") return <Text size={200}>{text.waiting}</Text>;
  if (file.state === "reading") return <Spinner size="extra-tiny" label={text.readingFile} />;
  if (file.state === "error") return null;
  if (file.own) {
    return (
      <Badge color="informative" appearance="tint" className={badgeClass}>
        {text.ownSkipped}
      </Badge>
    );
  }
  if (file.tables === 0) {
    return (
      <Badge color="warning" appearance="tint" className={badgeClass}>
        {text.noRoadmap}
      </Badge>
    );
  }
  return (
    <Badge color="success" appearance="tint" className={badgeClass}>
      {text.ok}
    </Badge>
  );
}

/** Characters of a municipality's name one line of the card holds at 400 px (about 45). */
const LINE = 40;

/** Lines the name needs, so that it is shown whole. */
function linesFor(name: string): number {
  return Math.max(1, Math.ceil(name.length / LINE));
}

/** Longer than this, a message shows its first sentence and keeps the rest behind «подробнее». */
const SHORT = 90;

/** The first sentence of a message, when there is more after it. */
export function firstSentence(message: string): string | null {
  if (message.length <= SHORT) return null;
  const end = message.search(/[.:!?](\s|$)/);
  if (end <= 0 || end >= message.length - 1) return null;
  return message.slice(0, end + 1);
}

function ErrorText(props: {
  message: string;
  text: ConsolidateText;
  classes: { error: string; more: string };
}) {
  const { message, text, classes } = props;
  const short = firstSentence(message);
  if (short === null) {
    return (
      <Text size={200} className={classes.error} role="status">
        {message}
      </Text>
    );
  }
  return (
    <div className={classes.error} role="status">
      <Text size={200}>{short}</Text>
      <details className={classes.more}>
        <summary>{text.more}</summary>
        <Text size={200}>{message.slice(short.length).trim()}</Text>
      </details>
    </div>
  );
}
