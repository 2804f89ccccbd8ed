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
import { changesSheet, compareMonths, snapshotsOfModelSheet } from "./changes";
import type { ActivitySnapshot, MonthComparison } from "./changes/types";
import {
  compareMunicipalities,
  municipalityFromFileName,
  municipalityKey,
  tableMunicipalities,
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
  RegionalSheet,
  RegionalValue,
  SourceFile,
} from "./types";
import { finishSheet } from "./widths";
import { changesTitle, countStates, remarksTitle, summaryTitle, svodTitle } from "./titles";

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
  /** «Замечания» rows of files that are no municipality's (unreadable, no roadmap, ours). */
  private others: RegionalValue[][] = [];

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
    const entry: FileEntry = {
      file: source.file,
      role: "municipal",
      municipality: "",
      municipalities: [],
      municipalitySource: "file-name",
      reason: null,
      tables: source.tables.length,
      activities: 0,
      error: source.error,
    };
    this.entries.push(entry);
    // Files that are no municipality's: listed with their reason, never a group of their own.
    if (source.ownOutput) {
      entry.role = "own-output";
      entry.tables = 0;
      const finding = this.ownFinding("", source.file, "own-output", {});
      entry.reason = finding.message;
      this.others.push(remarksRow(finding, lang));
      return;
    }
    if (source.error) {
      entry.role = "unreadable";
      entry.reason = source.error.message;
      this.others.push(
        remarksRow(
          {
            municipality: "",
            file: source.file,
            sheet: "",
            row: null,
            column: null,
            code: source.error.code,
            severity: "error",
            message: source.error.message,
          },
          lang,
        ),
      );
      return;
    }
    if (source.tables.length === 0) {
      entry.role = "not-roadmap";
      const finding = this.ownFinding("", source.file, "no-roadmap", {});
      entry.reason = finding.message;
      this.others.push(remarksRow(finding, lang));
      return;
    }

    const assigned = tableMunicipalities(source);
    entry.municipalitySource = assigned.source;
    /** This file's part of each municipality it holds tables of, in the file's order. */
    const parts = new Map<string, { group: Group; part: GroupFile; findings: RegionalFinding[] }>();
    for (const [i, checked] of source.tables.entries()) {
      const name = assigned.names[i];
      const key = municipalityKey(name);
      let at = parts.get(key);
      if (!at) {
        const group = this.groupOf(key, name);
        const part: GroupFile = { file: source.file, entry, remarks: [], rows: [], problems: [] };
        at = { group, part, findings: [] };
        parts.set(key, at);
        entry.municipalities.push(group.name);
      }
      layoutFields(checked, this.present);
      const src = {
        municipality: at.group.name,
        file: source.file,
        lang,
        document: source.format === "docx",
      };
      const counts = addTable(FULL_LAYOUT, checked, src, at.part.rows, at.findings);
      addCounts(at.group.counts, counts);
      entry.activities += counts.activities;
      countKinds(at.group.kinds, checked, lang);
      at.group.tables += 1;
    }
    entry.municipality = entry.municipalities[0];
    const first = [...parts.values()][0];
    if (parts.size > 1) {
      const names = entry.municipalities.join(", ");
      first.findings.unshift(
        this.ownFinding(first.group.name, source.file, "mixed-municipality", { names }),
      );
    }
    for (const { group, part, findings } of parts.values()) {
      part.remarks = findings.map((f) => remarksRow(f, lang));
      group.files.push(part);
    }
  }

  /** The group of a municipality, made on first meeting it (its name as first spelled). */
  private groupOf(key: string, name: string): Group {
    let group = this.groups.get(key);
    if (!group) {
      group = {
        key,
        name,
        files: [],
        counts: { activities: 0, done: 0, overdue: 0, dueSoon: 0, incomplete: 0 },
        tables: 0,
        kinds: new Map(),
      };
      this.groups.set(key, group);
    }
    return group;
  }

  /** `previous`: last month, when it became known only now (else the options'). */
  finish(previous = this.options.previous): RegionalModel {
    const lang = this.lang;
    for (const name of this.options.expected ?? []) {
      const trimmed = name.trim();
      const key = municipalityKey(trimmed);
      if (trimmed !== "") this.groupOf(key, trimmed);
    }
    const groups = [...this.groups.values()].sort((a, b) => compareMunicipalities(a.name, b.name));
    const layout = layoutOf(this.present);
    const svodRows: RegionalValue[][] = [];
    const remarks: RegionalValue[][] = [];
    const stats: MunicipalityStats[] = [];
    for (const group of groups) {
      // A municipality's files in the order of their names, not of their arrival: any order of
      // the inputs gives the same «Свод» (and so the same changes since last month).
      group.files.sort((a, b) => byName(a.file, b.file));
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
    remarks.push(...this.others);
    this.others = [];

    const totals = summaryTotals(stats, remarks.length);
    const role = (r: FileEntry["role"]) => this.entries.filter((f) => f.role === r).length;
    totals.files = this.entries.length - role("own-output");
    totals.unreadableFiles = role("unreadable");
    totals.notRoadmapFiles = role("not-roadmap");
    totals.skippedFiles = role("own-output");
    const svod = finishSheet({
      name: "Свод",
      columns: layout.columns,
      rows: svodRows,
      totals: null,
    });
    const changes = this.compare(svod, stats, previous);
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
    const summary = finishSheet(
      summarySheet(stats, totals, asOf, continued, {
        files: this.entries.filter((f) => f.role !== "municipal"),
        changes: changes?.counts ?? null,
        lang,
      }),
    );
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
        ...(changes
          ? [
              {
                ...finishSheet(changesSheet(changes.changes, lang)),
                title: changesTitle(asOf, changes.changes.length),
              },
            ]
          : []),
      ],
      changes,
    };
  }

  /** This month's «Свод» against last month's, when it was given. */
  private compare(
    svod: RegionalSheet,
    stats: MunicipalityStats[],
    previous: ActivitySnapshot[] | null | undefined,
  ): MonthComparison | null {
    if (previous === null || previous === undefined) return null;
    const now = snapshotsOfModelSheet(svod.columns, svod.rows);
    // A municipality whose file came unreadable or without a roadmap did send one: the file
    // name is all that can tell whose it was.
    const failed = this.entries.filter((f) => f.role === "unreadable" || f.role === "not-roadmap");
    return compareMonths(previous, now, {
      sent: [
        ...stats.filter((s) => s.files.length > 0).map((s) => s.municipality),
        ...failed.map((f) => municipalityFromFileName(f.file)),
      ],
    });
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
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, "ru") || (a < b ? -1 : a > b ? 1 : 0);
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
