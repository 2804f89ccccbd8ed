/**
 * The consolidation built file by file: each municipal file is turned at once into what the
 * regional model keeps of it — its «Свод» rows, its findings as «Замечания» rows, its counts —
 * and its tables can then be dropped, so memory grows with the region's activities, not with
 * the size of the files read (3,000 workbooks in a few hundred megabytes).
 *
 * Rows are built on every column any table could need (FULL_LAYOUT) and narrowed at the end to
 * the roles the region's tables actually have.
 */
import type { Field } from "../fields";
import { SEVERITY_RANK } from "../report";
import { renderMessage } from "../validate/catalogue";
import type { CheckedTable, Lang } from "../validate/types";
import {
  CONSOLIDATION_SEVERITY,
  consolidationMessage,
  duplicateProblem,
  kindLabel,
  type ConsolidationCode,
} from "./labels";
import {
  compareMunicipalities,
  municipalityKey,
  resolveMunicipality,
  type ResolvedMunicipality,
} from "./municipality";
import { remarksRow, remarksSheet, type RegionalFinding } from "./remarks";
import { splitSvod } from "./split";
import { onTimeShare, summarySheet, summaryTotals } from "./summary";
import { addTable, FULL_LAYOUT, layoutFields, layoutOf, narrowRow } from "./svod";
import type {
  ActivityCounts,
  ConsolidateOptions,
  FileEntry,
  MunicipalityStats,
  RegionalModel,
  RegionalValue,
  SourceFile,
} from "./types";
import { finishSheet } from "./widths";
import { countStates, remarksTitle, summaryTitle, svodTitle } from "./titles";

/** How many kinds of findings "Главные замечания" names per municipality. */
const WORST_KINDS = 3;

interface GroupFile {
  file: string;
  entry: FileEntry;
  /** The file's own findings (unreadable, no roadmap, mixed names, its tables'): remark rows. */
  remarks: RegionalValue[][];
  rows: RegionalValue[][];
  problems: string[];
}

interface Group {
  key: string;
  name: string;
  files: GroupFile[];
  counts: ActivityCounts;
  tables: number;
  /** Kinds of findings in the order first met: the label, its severity rank, how many. */
  kinds: Map<string, { label: string; rank: number; count: number }>;
}

export class Consolidation {
  private readonly lang: Lang;
  private readonly groups = new Map<string, Group>();
  private readonly entries: FileEntry[] = [];
  private readonly present = new Set<Field>();

  constructor(private readonly options: ConsolidateOptions) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
      throw new Error(
        `asOf: ожидается дата ГГГГ-ММ-ДД, получено «${options.asOf}» / expected YYYY-MM-DD`,
      );
    }
    this.lang = options.lang ?? "ru";
  }

  /** Takes what the model needs of one file; its tables are not kept. */
  add(source: SourceFile): void {
    const lang = this.lang;
    const resolved = resolveMunicipality(source);
    const key = municipalityKey(resolved.name);
    let group = this.groups.get(key);
    if (!group) {
      group = {
        key,
        name: resolved.name,
        files: [],
        counts: { activities: 0, done: 0, overdue: 0, dueSoon: 0, incomplete: 0 },
        tables: 0,
        kinds: new Map(),
      };
      this.groups.set(key, group);
    }
    const entry: FileEntry = {
      file: source.file,
      municipality: group.name,
      municipalitySource: resolved.source,
      tables: source.tables.length,
      activities: 0,
      error: source.error,
    };
    const findings: RegionalFinding[] = [];
    const problems: string[] = [];
    const own = (code: ConsolidationCode, params: Record<string, string>) =>
      findings.push(this.ownFinding(group!.name, source.file, code, params));
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
      problems.push(`${source.file}: ${source.error.message}`);
    } else if (source.tables.length === 0) {
      own("no-roadmap", {});
      problems.push(`${source.file}: ${consolidationMessage("no-roadmap", {}, lang)}`);
    }
    this.mixed(resolved, group.name, own);
    const rows: RegionalValue[][] = [];
    for (const checked of source.tables) {
      layoutFields(checked, this.present);
      const src = {
        municipality: group.name,
        file: source.file,
        lang,
        document: source.format === "docx",
      };
      const counts = addTable(FULL_LAYOUT, checked, src, rows, findings);
      addCounts(group.counts, counts);
      entry.activities += counts.activities;
      countKinds(group.kinds, checked, lang);
    }
    group.tables += source.tables.length;
    group.files.push({
      file: source.file,
      entry,
      remarks: findings.map((f) => remarksRow(f, lang)),
      rows,
      problems,
    });
    this.entries.push(entry);
  }

  finish(): RegionalModel {
    const lang = this.lang;
    for (const name of this.options.expected ?? []) {
      const trimmed = name.trim();
      const key = municipalityKey(trimmed);
      if (trimmed === "" || this.groups.has(key)) continue;
      this.groups.set(key, {
        key,
        name: trimmed,
        files: [],
        counts: { activities: 0, done: 0, overdue: 0, dueSoon: 0, incomplete: 0 },
        tables: 0,
        kinds: new Map(),
      });
    }
    const groups = [...this.groups.values()].sort((a, b) => compareMunicipalities(a.name, b.name));
    const layout = layoutOf(this.present);
    const svodRows: RegionalValue[][] = [];
    const remarks: RegionalValue[][] = [];
    const stats: MunicipalityStats[] = [];
    for (const group of groups) {
      const s: MunicipalityStats = {
        municipality: group.name,
        files: group.files.map((f) => f.file),
        tables: group.tables,
        ...group.counts,
        onTimeShare: onTimeShare(group.counts.done, group.counts.overdue),
        worst: worstKinds(group.kinds),
        problems: [],
      };
      if (group.files.length === 0) {
        remarks.push(remarksRow(this.ownFinding(group.name, "", "not-reported", {}), lang));
        s.problems.push(consolidationMessage("not-reported", {}, lang));
      }
      if (group.files.length > 1) {
        const names = group.files.map((f) => f.file).join(", ");
        const params = { municipality: group.name, files: names };
        remarks.push(
          remarksRow(this.ownFinding(group.name, names, "duplicate-municipality", params), lang),
        );
        s.problems.push(duplicateProblem(group.files.length, lang));
      }
      for (const f of group.files) {
        for (const r of f.remarks) remarks.push(r);
        for (const r of f.rows) svodRows.push(narrowRow(r, layout));
        s.problems.push(...f.problems);
      }
      stats.push(s);
    }
    this.groups.clear();

    const totals = summaryTotals(stats, remarks.length);
    totals.unreadableFiles = this.entries.filter((f) => f.error !== null).length;
    const svod = finishSheet({
      name: "Свод",
      columns: layout.columns,
      rows: svodRows,
      totals: null,
    });
    const asOf = this.options.asOf;
    const states = countStates(
      svodRows,
      layout.columns.findIndex((c) => c.key === "state"),
    );
    const svodSheets = splitSvod(svod, this.options.sheetRows).map((s, i) => ({
      ...s,
      title: svodTitle(asOf, totals, s.columns, i + 1, states),
    }));
    const continued = svodSheets.slice(1).map((s) => s.name);
    const summary = finishSheet(summarySheet(stats, totals, asOf, continued));
    const remarksDraft = finishSheet(remarksSheet(remarks));
    const severity = remarksDraft.columns.findIndex((c) => c.key === "severity");
    return {
      asOf,
      files: this.entries,
      municipalities: stats,
      totals,
      sheets: [
        ...svodSheets,
        { ...summary, title: summaryTitle(asOf, totals) },
        { ...remarksDraft, title: remarksTitle(asOf, remarks, severity) },
      ],
    };
  }

  private ownFinding(
    municipality: string,
    file: string,
    code: ConsolidationCode,
    params: Record<string, string>,
  ): RegionalFinding {
    return {
      municipality,
      file,
      sheet: "",
      row: null,
      column: null,
      code,
      severity: CONSOLIDATION_SEVERITY[code],
      message: consolidationMessage(code, params, this.lang),
    };
  }

  private mixed(
    resolved: ResolvedMunicipality,
    municipality: string,
    own: (code: ConsolidationCode, params: Record<string, string>) => void,
  ): void {
    if (resolved.others.length === 0) return;
    const names = [resolved.name, ...resolved.others].join(", ");
    own("mixed-municipality", { names, municipality });
  }
}

function addCounts(s: ActivityCounts, c: ActivityCounts): void {
  s.activities += c.activities;
  s.done += c.done;
  s.overdue += c.overdue;
  s.dueSoon += c.dueSoon;
  s.incomplete += c.incomplete;
}

function countKinds(kinds: Group["kinds"], checked: CheckedTable, lang: Lang): void {
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

/** "просрочено: 5" — the kinds of findings, most severe first, then the most frequent. */
function worstKinds(kinds: Group["kinds"]): string[] {
  return [...kinds.values()]
    .sort((a, b) => a.rank - b.rank || b.count - a.count)
    .slice(0, WORST_KINDS)
    .map((k) => `${k.label}: ${k.count}`);
}
