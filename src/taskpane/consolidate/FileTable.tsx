/** The chosen municipal files: detected municipality (editable), tables, activities, status. */
import {
  Badge,
  Input,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ConsolidateText } from "./i18n";
import type { FileItem } from "./use-consolidation";

const useStyles = makeStyles({
  name: { wordBreak: "break-all" },
  // Fluent's Input has an intrinsic width wider than a narrow pane's column: let it shrink.
  municipality: { width: "100%", minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
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
    <Table size="small" aria-label={text.fileColumn}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.fileColumn}</TableHeaderCell>
          <TableHeaderCell>{text.municipalityColumn}</TableHeaderCell>
          <TableHeaderCell>{text.tablesColumn}</TableHeaderCell>
          <TableHeaderCell>{text.statusColumn}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {files.map((f) => (
          <TableRow key={f.id} data-file={f.name}>
            <TableCell className={styles.name}>{f.name}</TableCell>
            <TableCell>
              {/* Only a file with a roadmap is a municipality's: the others get no field. */}
              {f.state === "read" && !f.own && f.tables > 0 ? (
                <>
                  <Input
                    size="small"
                    className={styles.municipality}
                    value={f.municipality}
                    aria-label={text.municipalityLabel(f.name)}
                    onChange={(_, d) => onMunicipality(f.id, d.value)}
                  />
                  {f.municipalities.length > 1 && (
                    <Text size={200} className={styles.note}>
                      {text.alsoMunicipalities(f.municipalities.slice(1))}
                    </Text>
                  )}
                  {duplicates.has(f.id) && (
                    <Text size={200} className={styles.note}>
                      {text.duplicate}
                    </Text>
                  )}
                </>
              ) : null}
            </TableCell>
            <TableCell>
              {f.state === "read" && !f.own ? `${f.tables} / ${f.activities}` : ""}
            </TableCell>
            <TableCell>
              <Status file={f} text={text} errorClass={styles.error} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Status(props: { file: FileItem; text: ConsolidateText; errorClass: string }) {
  const { file, text } = props;
  if (file.state === "waiting") return <Text>{text.waiting}</Text>;
  if (file.state === "reading") return <Spinner size="extra-tiny" label={text.readingFile} />;
  if (file.state === "error") {
    return (
      <Text className={props.errorClass} role="status">
        {file.error?.message}
      </Text>
    );
  }
  if (file.own) return <Badge color="informative">{text.ownSkipped}</Badge>;
  if (file.tables === 0) return <Badge color="warning">{text.noRoadmap}</Badge>;
  return <Badge color="success">{text.ok}</Badge>;
}
