/**
 * Writing into an existing package: the parts we change are written anew, the parts we add are
 * appended, the parts we drop are left out — and every other entry is copied as it is stored,
 * compressed bytes and all. Shared by the regional rebuild and the checked copy.
 */
import type { InflateRaw } from "../../inflate-web";
import type { ReadLimits } from "../limits";
import { ContentTypes, CONTENT_TYPE } from "./content-types";
import type { Compression } from "./deflate";
import { customPropsPart, customXml, MARK_PROPERTY, SHEETS_PROPERTY } from "./doc-props";
import { PackageError, PackageView, relsPartOf, type Relationship } from "./package-view";
import { RelsPart, REL_TYPE } from "./rels";
import { StyleSheet } from "./styles";
import { WorkbookXml, type SheetEntry } from "./workbook";
import { ZipWriter, type PartContent } from "./zip";

export class PackagePatch {
  private readonly replaced = new Map<string, PartContent>();
  private readonly added: { part: string; content: PartContent }[] = [];
  private readonly last: { part: string; content: PartContent }[] = [];
  private readonly deleted = new Set<string>();
  private stylesSheet: StyleSheet | null = null;
  private stylesPart: string | null = null;
  private root: RelsPart | null = null;

  private constructor(
    readonly view: PackageView,
    readonly types: ContentTypes,
    readonly workbookPart: string,
    readonly workbook: WorkbookXml,
    /** The workbook's relationships as they were. */
    readonly workbookRels: Relationship[],
    readonly wbRels: RelsPart,
  ) {}

  /** `limits`: see PackageView.open (our own regional file's by default). */
  static async open(
    bytes: Uint8Array,
    inflate?: InflateRaw,
    limits?: ReadLimits,
  ): Promise<PackagePatch> {
    const view = PackageView.open(bytes, inflate, limits);
    const typesXml = await view.text("[Content_Types].xml");
    if (typesXml === null) throw new PackageError("в архиве нет [Content_Types].xml");
    const workbookPart = await view.workbookPart();
    const workbook = WorkbookXml.parse((await view.text(workbookPart))!);
    const relsXml = await view.text(relsPartOf(workbookPart));
    return new PackagePatch(
      view,
      ContentTypes.parse(typesXml),
      workbookPart,
      workbook,
      relsXml === null ? [] : await view.relationships(workbookPart),
      relsXml === null ? RelsPart.create() : RelsPart.parse(relsXml),
    );
  }

  /** The folder of the workbook part ("xl"): new parts go under it. */
  get folder(): string {
    return this.workbookPart.slice(0, this.workbookPart.lastIndexOf("/"));
  }

  /** The relationship of a sheet of the workbook. */
  sheetRel(sheet: SheetEntry): Relationship | undefined {
    return this.workbookRels.find((r) => r.id === sheet.rId && !r.external);
  }

  /** The workbook's part of a relationship type ("…/sharedStrings"), if it has one. */
  workbookPartOf(type: string): Relationship | undefined {
    return this.workbookRels.find((r) => r.type.endsWith(`/${type}`) && !r.external);
  }

  /** The workbook's stylesheet, to append our formats to (a new one if it has none). */
  async styles(): Promise<StyleSheet> {
    if (this.stylesSheet) return this.stylesSheet;
    const rel = this.workbookPartOf("styles");
    const xml = rel ? await this.view.text(rel.part) : null;
    if (rel && xml !== null) {
      this.stylesPart = this.view.entry(rel.part)!.name;
      this.stylesSheet = StyleSheet.parse(xml);
    } else {
      this.stylesPart = this.freeName(`${this.folder}/styles`, ".xml");
      this.wbRels.add(REL_TYPE.styles, this.relative(this.stylesPart));
      this.types.set(this.stylesPart, CONTENT_TYPE.styles);
      this.stylesSheet = StyleSheet.create();
    }
    return this.stylesSheet;
  }

  /** The package's own relationships (_rels/.rels), to add to. */
  async rootRels(): Promise<RelsPart> {
    if (this.root) return this.root;
    const xml = await this.view.text("_rels/.rels");
    this.root = xml === null ? RelsPart.create() : RelsPart.parse(xml);
    return this.root;
  }

  /** A part name not in the package nor added: "xl/styles.xml", "xl/worksheets/sheet4.xml". */
  freeName(stem: string, ext: string, numbered = false): string {
    const taken = (n: string) =>
      (this.view.has(n) && !this.deleted.has(n.toLowerCase())) ||
      this.added.some((a) => a.part.toLowerCase() === n.toLowerCase()) ||
      this.last.some((a) => a.part.toLowerCase() === n.toLowerCase());
    if (!numbered && !taken(`${stem}${ext}`)) return `${stem}${ext}`;
    for (let i = 1; ; i++) if (!taken(`${stem}${i}${ext}`)) return `${stem}${i}${ext}`;
  }

  /** A target relative to the workbook's folder. */
  relative(part: string): string {
    const folder = this.folder;
    return folder && part.startsWith(`${folder}/`) ? part.slice(folder.length + 1) : `/${part}`;
  }

  replace(part: string, content: PartContent): void {
    const name = this.view.entry(part)?.name ?? part;
    this.replaced.set(name.toLowerCase(), content);
  }

  add(part: string, content: PartContent): void {
    this.added.push({ part, content });
  }

  /** A part written after all others (the shared strings, filled by the sheets before it). */
  addLast(part: string, content: PartContent): void {
    this.last.push({ part, content });
  }

  delete(part: string): void {
    this.deleted.add(part.toLowerCase());
    this.types.remove(this.view.entry(part)?.name ?? part);
  }

  isDeleted(part: string): boolean {
    return this.deleted.has(part.toLowerCase());
  }

  /**
   * Marks the package as ours (a custom document property), with the sheets we wrote into it:
   * the user's other custom properties stay.
   */
  async mark(kind: string, sheets: string[]): Promise<void> {
    const props = { [MARK_PROPERTY]: kind, [SHEETS_PROPERTY]: sheets.join("/") };
    const part = await customPropsPart(this.view);
    if (part !== null) {
      this.replace(part, [customXml(await this.view.text(part), props)]);
      return;
    }
    const name = this.freeName("docProps/custom", ".xml");
    this.types.set(name, CONTENT_TYPE.custom);
    (await this.rootRels()).add(REL_TYPE.customProperties, name);
    this.add(name, [customXml(null, props)]);
  }

  async write(compression: Compression): Promise<Uint8Array> {
    const zip = new ZipWriter(compression);
    const texts = new Map<string, string>();
    if (this.types.changed) texts.set("[content_types].xml", this.types.toXml());
    texts.set(this.workbookPart.toLowerCase(), this.workbook.toXml());
    if (this.wbRels.changed)
      texts.set(relsPartOf(this.workbookPart).toLowerCase(), this.wbRels.toXml());
    if (this.root?.changed) texts.set("_rels/.rels", this.root.toXml());
    if (this.stylesSheet?.changed && this.stylesPart) {
      const xml = this.stylesSheet.toXml();
      if (this.view.has(this.stylesPart)) texts.set(this.stylesPart.toLowerCase(), xml);
      else this.added.unshift({ part: this.stylesPart, content: [xml] });
    }
    const lastNames = new Set(this.last.map((l) => l.part.toLowerCase()));
    for (const entry of this.view.entries) {
      const key = entry.name.toLowerCase();
      // A zip may name a part twice; readers take one of them, and so do we (the last).
      if (this.view.entry(entry.name) !== entry) continue;
      if (this.deleted.has(key) || lastNames.has(key)) continue;
      const text = texts.get(key);
      const content = text !== undefined ? [text] : this.replaced.get(key);
      if (content) await zip.addPart(entry.name, content);
      else zip.addStored(entry);
    }
    for (const a of [...this.added, ...this.last]) await zip.addPart(a.part, a.content);
    return zip.finish();
  }
}
