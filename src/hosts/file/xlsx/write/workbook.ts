/**
 * xl/workbook.xml: the list of sheets and the defined names. A new workbook gets its own; an
 * existing one is patched — sheets added, removed or kept at their positions, the defined names
 * of a sheet following it when sheets before it go (their localSheetId is a position), the
 * selected tab kept on the same sheet — and every element we do not change stays as written.
 */
import { attributes, PackageError } from "./package-view";
import { withPrefix } from "./styles";
import {
  absoluteRange,
  escapeAttr,
  escapeText,
  matchesOf,
  quoteSheetName,
  unescapeXml,
  XML_DECLARATION,
} from "./xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  state?: string;
  /** The element as the workbook wrote it; null for a sheet we add or rename. */
  raw: string | null;
}

export interface DefinedName {
  name: string;
  /** The sheet the name belongs to (localSheetId), or null for a workbook-wide name. */
  scope: SheetEntry | null;
  hidden: boolean;
  /** The formula (the element's text), unescaped. */
  formula: string;
  /** As written, with the position its scope had then; null for a name we add. */
  raw: { xml: string; scopeIndex: number | null } | null;
}

/** CT_Workbook's children after <sheets>, for placing a <definedNames> the workbook lacks. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export class WorkbookXml {
  sheets: SheetEntry[] = [];
  names: DefinedName[] = [];
  private readonly original: SheetEntry[];
  private readonly prefix: string;
  private readonly relPrefix: string;
  private readonly declareRel: boolean;

  private constructor(private readonly xml: string | null) {
    this.prefix = xml === null ? "" : (/<([\w.-]+:)?workbook\b/.exec(xml)?.[1] ?? "");
    // The prefix the root binds to the relationships namespace; some writers bind it on each
    // <sheet> instead, and then so must we.
    const root = xml === null ? "" : (/<([\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "");
    const bound = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${REL_NS}["']`).exec(root)?.[1];
    this.relPrefix = xml === null ? "r" : (bound ?? "r");
    this.declareRel = xml !== null && bound === undefined;
    if (xml !== null) this.read(xml);
    this.original = [...this.sheets];
  }

  static create(): WorkbookXml {
    return new WorkbookXml(null);
  }

  static parse(xml: string): WorkbookXml {
    if (xml.includes("http://purl.oclc.org/ooxml/spreadsheetml/main")) {
      throw new PackageError(
        "книга сохранена в формате Strict Open XML — сохраните её как обычную книгу Excel (.xlsx)",
      );
    }
    return new WorkbookXml(xml);
  }

  /** The smallest sheetId not yet used. */
  nextSheetId(): number {
    return (
      Math.max(0, ...this.sheets.map((s) => s.sheetId), ...this.original.map((s) => s.sheetId)) + 1
    );
  }

  /** Whether the workbook's structure is locked (sheets may not be added or removed). */
  get structureLocked(): boolean {
    const m = /<(?:[\w.-]+:)?workbookProtection\b[^>]*>/.exec(this.xml ?? "");
    return m !== null && /\blockStructure\s*=\s*["'](1|true)["']/.test(m[0]);
  }

  toXml(): string {
    const sheets = this.sheets.map((s) => s.raw ?? withPrefix(this.sheetElement(s), this.prefix));
    const names = this.namesXml();
    if (this.xml === null) {
      return (
        `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL_NS}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews>' +
        `<sheets>${sheets.join("")}</sheets>` +
        (names ? `<definedNames>${names}</definedNames>` : "") +
        "</workbook>"
      );
    }
    const p = this.prefix;
    let xml = this.xml.replace(
      new RegExp(`<${re(p)}sheets\\b[^>]*?(?:/>|>[\\s\\S]*?</${re(p)}sheets>)`),
      () => `<${p}sheets>${sheets.join("")}</${p}sheets>`,
    );
    xml = this.fixBookViews(xml);
    const existing = new RegExp(
      `<${re(p)}definedNames\\b[^>]*?(?:/>|>[\\s\\S]*?</${re(p)}definedNames>)`,
    );
    const element = names ? `<${p}definedNames>${names}</${p}definedNames>` : "";
    if (existing.test(xml)) return xml.replace(existing, () => element);
    if (!element) return xml;
    for (const later of AFTER_DEFINED_NAMES) {
      const at = new RegExp(`<${re(p)}${later}\\b`).exec(xml);
      if (at) return xml.slice(0, at.index) + element + xml.slice(at.index);
    }
    const end = xml.lastIndexOf(`</${p}workbook>`);
    return xml.slice(0, end) + element + xml.slice(end);
  }

  private sheetElement(s: SheetEntry): string {
    const state = s.state ? ` state="${escapeAttr(s.state)}"` : "";
    const ns = this.declareRel ? ` xmlns:r="${REL_NS}"` : "";
    return `<sheet${ns} sheetId="${s.sheetId}" name="${escapeAttr(s.name)}"${state} ${this.relPrefix}:id="${escapeAttr(s.rId)}"/>`;
  }

  private namesXml(): string {
    let out = "";
    for (const n of this.names) {
      // A workbook-wide name (or one whose scope was already broken) stays as written.
      if (n.raw && n.scope === null) {
        out += n.raw.xml;
        continue;
      }
      const index = n.scope === null ? null : this.sheets.indexOf(n.scope);
      if (index === -1) continue; // its sheet is gone
      if (n.raw && n.raw.scopeIndex === index) {
        out += n.raw.xml;
        continue;
      }
      if (n.raw) {
        out += n.raw.xml.replace(
          /\blocalSheetId\s*=\s*("[^"]*"|'[^']*')/,
          `localSheetId="${index}"`,
        );
        continue;
      }
      const scope = index === null ? "" : ` localSheetId="${index}"`;
      const hidden = n.hidden ? ' hidden="1"' : "";
      out += withPrefix(
        `<definedName name="${escapeAttr(n.name)}"${scope}${hidden}>${escapeText(n.formula)}</definedName>`,
        this.prefix,
      );
    }
    return out;
  }

  /** The selected and first shown tab stay on the same sheet, or fall back to the first. */
  private fixBookViews(xml: string): string {
    const p = this.prefix;
    return xml.replace(new RegExp(`<${re(p)}workbookView\\b[^>]*>`, "g"), (tag) =>
      tag.replace(
        /\b(activeTab|firstSheet)\s*=\s*["'](\d+)["']/g,
        (_all, attr: string, n: string) => {
          const sheet = this.original[Number(n)];
          const now = sheet ? this.sheets.indexOf(sheet) : -1;
          return `${attr}="${Math.max(0, now)}"`;
        },
      ),
    );
  }

  private read(xml: string): void {
    const p = re(this.prefix);
    const sheets = new RegExp(`<${p}sheets\\b[^>]*>([\\s\\S]*?)</${p}sheets>`).exec(xml);
    for (const m of matchesOf(
      sheets?.[1] ?? "",
      new RegExp(`<${p}sheet\\b[^>]*?/>|<${p}sheet\\b[^>]*>\\s*</${p}sheet>`, "g"),
    )) {
      const a = attributes(m[0]);
      this.sheets.push({
        name: a.name ?? "",
        sheetId: Number(a.sheetId),
        rId:
          a[`${this.relPrefix}:id`] ??
          Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ??
          "",
        state: a.state,
        raw: m[0],
      });
    }
    const names = new RegExp(`<${p}definedNames\\b[^>]*>([\\s\\S]*?)</${p}definedNames>`).exec(xml);
    const one = new RegExp(
      `<${p}definedName\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}definedName>)`,
      "g",
    );
    for (const m of matchesOf(names?.[1] ?? "", one)) {
      const a = attributes(m[1]);
      const local = a.localSheetId === undefined ? null : Number(a.localSheetId);
      this.names.push({
        name: a.name ?? "",
        scope: local === null ? null : (this.sheets[local] ?? null),
        hidden: a.hidden === "1" || a.hidden === "true",
        formula: unescapeXml(m[2] ?? ""),
        raw: { xml: m[0], scopeIndex: local },
      });
    }
  }
}

function re(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Excel's hidden record of a sheet's filter. Excel rebuilds it from the sheet's <autoFilter>,
 * but LibreOffice shows the filter buttons only when it is there.
 */
export function filterDatabaseName(
  scope: SheetEntry,
  area: { top: number; left: number; bottom: number; right: number },
): DefinedName {
  return {
    name: FILTER_DATABASE,
    scope,
    hidden: true,
    formula: absoluteRange(scope.name, area.top, area.left, area.bottom, area.right),
    raw: null,
  };
}

export const FILTER_DATABASE = "_xlnm._FilterDatabase";

/**
 * The defined names a sheet of ours brings with it (its filter record today; its print titles
 * when print setup comes), in one place for new workbooks, rebuilds and checked copies.
 */
export function sheetNames(
  scope: SheetEntry,
  spec: {
    autoFilter?: { top: number; left: number; bottom: number; right: number };
    print?: { titleRows?: { top: number; bottom: number } };
  },
): DefinedName[] {
  const names = spec.autoFilter ? [filterDatabaseName(scope, spec.autoFilter)] : [];
  const rows = spec.print?.titleRows;
  if (rows) {
    names.push({
      name: PRINT_TITLES,
      scope,
      hidden: false,
      formula: `${quoteSheetName(scope.name)}!$${rows.top}:$${rows.bottom}`,
      raw: null,
    });
  }
  return names;
}

/** The rows repeated at the top of every printed page. */
export const PRINT_TITLES = "_xlnm.Print_Titles";
