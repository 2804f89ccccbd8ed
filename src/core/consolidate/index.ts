/**
 * Consolidation (issue 5): checked tables of many municipal workbooks → the regional model with
 * its three sheets "Свод", "Сводка", "Замечания". Nothing of a recognised table is dropped, a file
 * that could not be read or holds no roadmap is listed with the reason, and two files from one
 * municipality are flagged rather than silently merged.
 */
import { SEVERITY_RANK } from "../report";
import type { CheckedTable, Lang } from "../validate/types";
import { renderMessage } from "../validate/catalogue";
import type {
  ActivityCounts,
  ConsolidateOptions,
  FileEntry,
  MunicipalityStats,
  RegionalModel,
  RegionalValue,
  SourceFile,
} from "./types";
import { municipalityKey, resolveMunicipality, type ResolvedMunicipality } from "./municipality";
import { addTable, svodLayout } from "./svod";
import { remarksSheet, type RegionalFinding } from "./remarks";
import { onTimeShare, summarySheet, summaryTotals } from "./summary";
import { finishSheet } from "./widths";
import {
  CONSOLIDATION_SEVERITY,
  consolidationMessage,
  duplicateProblem,
  kindLabel,
  type ConsolidationCode,
} from "./labels";

export * from "./types";
export { municipalityFromFileName, municipalityKey, resolveMunicipality } from "./municipality";
export { SUMMARY_CHART } from "./summary";
export { displayText } from "./text";
export { NUMBER_FORMAT, excelSerial, utcDate } from "./excel-values";

/** How many kinds of findings "Главные замечания" names per municipality. */
const WORST_KINDS = 3;

interface Group {
  key: string;
  name: string;
  files: { source: SourceFile; resolved: ResolvedMunicipality }[];
}

export function consolidate(sources: SourceFile[], options: ConsolidateOptions): RegionalModel {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
    throw new Error(
      `asOf: ожидается дата ГГГГ-ММ-ДД, получено «${options.asOf}» / expected YYYY-MM-DD`,
    );
  }
  const lang: Lang = options.lang ?? "ru";
  const groups = groupByMunicipality(sources, options.expected ?? []);
  const layout = svodLayout(sources.flatMap((s) => s.tables));
  const svodRows: RegionalValue[][] = [];
  const findings: RegionalFinding[] = [];
  const stats: MunicipalityStats[] = [];
  const entries = new Map<SourceFile, FileEntry>();

  for (const group of groups) {
    const own = (code: ConsolidationCode, file: string, params: Record<string, string>) =>
      findings.push({
        municipality: group.name,
        file,
        sheet: "",
        row: null,
        column: null,
        code,
        severity: CONSOLIDATION_SEVERITY[code],
        message: consolidationMessage(code, params, lang),
      });
    const s = emptyStats(group);
    if (group.files.length === 0) {
      own("not-reported", "", {});
      s.problems.push(consolidationMessage("not-reported", {}, lang));
    }
    if (group.files.length > 1) {
      const names = group.files.map((f) => f.source.file).join(", ");
      own("duplicate-municipality", names, { municipality: group.name, files: names });
      s.problems.push(duplicateProblem(group.files.length, lang));
    }
    const checkedTables: CheckedTable[] = [];
    for (const { source, resolved } of group.files) {
      const entry: FileEntry = {
        file: source.file,
        municipality: group.name,
        municipalitySource: resolved.source,
        tables: source.tables.length,
        activities: 0,
        error: source.error,
      };
      if (source.error) {
        findings.push({
          municipality: group.name,
          file: source.file,
          sheet: "",
          row: null,
          column: null,
          code: source.error.code,
          severity: "error",
          message: source.error.message,
        });
        s.problems.push(`${source.file}: ${source.error.message}`);
      } else if (source.tables.length === 0) {
        own("no-roadmap", source.file, {});
        s.problems.push(`${source.file}: ${consolidationMessage("no-roadmap", {}, lang)}`);
      }
      if (resolved.others.length > 0) {
        const names = [resolved.name, ...resolved.others].join(", ");
        own("mixed-municipality", source.file, { names, municipality: group.name });
      }
      for (const checked of source.tables) {
        const src = { municipality: group.name, file: source.file, lang };
        const counts = addTable(layout, checked, src, svodRows, findings);
        addCounts(s, counts);
        entry.activities += counts.activities;
        checkedTables.push(checked);
      }
      entries.set(source, entry);
    }
    s.tables = checkedTables.length;
    s.onTimeShare = onTimeShare(s.done, s.overdue);
    s.worst = worstKinds(checkedTables, lang);
    stats.push(s);
  }

  // Files in the order given, whatever their municipality.
  const files = sources.map((s) => entries.get(s)).filter((e): e is FileEntry => e !== undefined);
  const totals = summaryTotals(stats, findings.length);
  totals.unreadableFiles = files.filter((f) => f.error !== null).length;
  const svod = finishSheet({ name: "Свод", columns: layout.columns, rows: svodRows, totals: null });
  return {
    asOf: options.asOf,
    files,
    municipalities: stats,
    totals,
    sheets: [
      svod,
      finishSheet(summarySheet(stats, totals, options.asOf)),
      finishSheet(remarksSheet(findings)),
    ],
  };
}

/** Groups in Russian alphabetical order; files keep the order given. */
function groupByMunicipality(sources: SourceFile[], expected: string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const source of sources) {
    const resolved = resolveMunicipality(source);
    const key = municipalityKey(resolved.name);
    const group = groups.get(key);
    if (group) group.files.push({ source, resolved });
    else groups.set(key, { key, name: resolved.name, files: [{ source, resolved }] });
  }
  for (const name of expected) {
    const trimmed = name.trim();
    const key = municipalityKey(trimmed);
    if (trimmed !== "" && !groups.has(key)) groups.set(key, { key, name: trimmed, files: [] });
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, "ru"));
}

function emptyStats(group: Group): MunicipalityStats {
  return {
    municipality: group.name,
    files: group.files.map((f) => f.source.file),
    tables: 0,
    activities: 0,
    done: 0,
    overdue: 0,
    dueSoon: 0,
    incomplete: 0,
    onTimeShare: null,
    worst: [],
    problems: [],
  };
}

function addCounts(s: MunicipalityStats, c: ActivityCounts): void {
  s.activities += c.activities;
  s.done += c.done;
  s.overdue += c.overdue;
  s.dueSoon += c.dueSoon;
  s.incomplete += c.incomplete;
}

/** "просрочено: 5" — the kinds of findings, most severe first, then the most frequent. */
function worstKinds(tables: CheckedTable[], lang: Lang): string[] {
  const kinds = new Map<string, { label: string; rank: number; count: number }>();
  for (const checked of tables) {
    const all = [...checked.findings, ...checked.rows.flatMap((r) => r.findings)];
    for (const f of all) {
      const kind = kinds.get(f.code);
      if (kind) {
        kind.count += 1;
        continue;
      }
      const label = kindLabel(f.code, lang, renderMessage(f, lang));
      kinds.set(f.code, { label, rank: SEVERITY_RANK[f.severity], count: 1 });
    }
  }
  return [...kinds.values()]
    .sort((a, b) => a.rank - b.rank || b.count - a.count)
    .slice(0, WORST_KINDS)
    .map((k) => `${k.label}: ${k.count}`);
}
