/** Every text of the task pane in English (when Office's display language is English). */
import { pluralEn } from "../../core/validate/plural";
import type { Messages } from "./ru";

export const en: Messages = {
  appTitle: "Roadmap check",
  tabs: { check: "Check", consolidate: "Consolidate" },
  loading: "Loading…",
  officeMissing:
    "No connection to Excel: office.js did not load from Microsoft's server (the network may block appsforoffice.microsoft.com), so check the workbook as an .xlsx file instead.",

  fileMode:
    "The workbook or Word document is checked here, in your browser, and is not sent anywhere. A file from another program works too, once saved as .xlsx or .docx.",
  chooseFile: "Choose an .xlsx or .docx file",
  chooseFileLabel: "Excel workbook or Word document to check (.xlsx, .docx)",
  fileChosen: (name) => `File: ${name}`,
  download: "Download the checked copy",
  copyStatusColumn: "Add the “Отметка об исполнении” column",
  copyStatusColumnHint:
    "In the copy, right of every table without one, with a drop-down: выполнено, в работе, не выполнено, перенесено.",
  downloadName: (base) => `${base} - checked.xlsx`,
  noFile: "Choose an .xlsx or .docx file first.",
  documentCopyNote:
    "The checked copy of a Word document is an Excel workbook: its tables as sheets «Таблица N», highlighted, with the «Findings» sheet.",

  asOf: "Check as of",
  asOfHint: "A deadline before this date is overdue",
  check: "Check",
  checking: "Checking…",
  clear: "Remove highlights",
  cleared: (count) => (count === 0 ? "There were no highlights." : "Highlights removed."),
  ribbonClearFailed: (reason) => `The highlights were not removed. ${reason}`,
  noticeClose: "Close",

  countersTitle: "Summary",
  counters: {
    tables: "Tables",
    items: "Activities",
    overdue: "Overdue",
    incomplete: "Incomplete",
    done: "Done",
  },
  verdictReady: "Ready to send",
  verdictIssues: (count) => `Findings to fix: ${count}`,
  verdictHint: "Errors and warnings count; information does not block sending.",

  legendTitle: "Colours on the sheet",
  legendTitleCopy: "Colours in the checked copy",
  legend: {
    overdue: "overdue",
    incomplete: "incomplete",
    "due-soon": "due soon",
    missing: "empty required cell",
  },

  findingsTitle: "Findings",
  filterSeverity: "Show",
  filterAll: "all",
  severity: { error: "Errors", warning: "Warnings", info: "Information" },
  search: "Search the findings",
  noFindings: "No findings.",
  noFindingsMatch: "No finding matches the filter.",
  tableHeading: (sheet, first, last) => `Sheet “${sheet}”, rows ${first}–${last}`,
  documentTableHeading: (table, first, last) => `Table ${table}, rows ${first}–${last}`,
  documentPlace: (row, column) =>
    [row === null ? null : `Row ${row}`, column === null ? null : `column ${column}`]
      .filter((x) => x !== null)
      .join(", "),
  wholeTable: "whole table",
  findingCell: (cell) => `Cell ${cell}`,
  findingGo: (cell, message) => `Go to cell ${cell}: ${message}`,
  activity: "Activity",

  columnsTitle: "Table columns",
  columnsHint:
    "If a column's role is wrong, choose the right one: the choice is saved in the workbook.",
  roleLabel: (column, header) => `Role of column ${column} “${header || "no header"}”`,
  fields: {
    number: "Number",
    task: "Task",
    activity: "Activity",
    target: "Target",
    deadline: "Deadline",
    responsible: "Responsible",
    expectedResult: "Expected result",
    indicator: "Indicators",
    evidence: "Evidence",
    status: "Completion mark",
    other: "Other (no role)",
  },
  changedByYou: "changed by you",
  resetRoles: "Reset column roles",

  addStatus: "Add a “Отметка об исполнении” column",
  addStatusHint:
    "Added right of the table with a list: выполнено, в работе, не выполнено, перенесено (kept in Russian for the ministry). To undo, delete the column.",
  statusAdded: (column) => `Column ${column} “Отметка об исполнении” added.`,
  statusAlertTitle: "Completion mark",
  statusAlertMessage:
    "Usually a value from the list. Your own text, such as a completion date, is accepted too.",

  notices: {
    mergesUnsupported:
      "This Excel does not report merged cells (Excel 2021 or Microsoft 365 needed): tables with merged cells may be recognised less well.",
    highlightUnsupported:
      "This Excel cannot highlight rows (Excel 2019 or later needed): findings are listed here only.",
    statusUnsupported: "A completion column with a drop-down needs Excel 2019 or later.",
    sheetSkipped: (sheet, rows, columns) =>
      `Sheet “${sheet}” skipped: too large for a roadmap (${rows} rows × ${columns} columns).`,
    hiddenSheets: (sheets) =>
      `${sheets.length === 1 ? "A hidden sheet was not checked" : "Hidden sheets were not checked"}: ${sheets.map((x) => `"${x}"`).join(", ")}. Unhide a sheet to have it checked too.`,
    readOnly:
      "The workbook is open read-only: rows are not highlighted. All findings are in the list below.",
    sheetProtected: (sheet) =>
      `Sheet "${sheet}" is protected: its rows are not highlighted. Its findings are in the list below.`,
    sheetGone: (sheet) =>
      `Sheet "${sheet}" was renamed or deleted during the check: its rows are not highlighted. Check the workbook again.`,
    paintDenied: (cleaned) =>
      `Excel did not allow changes to the workbook (it is open for viewing or protected): rows are not highlighted.${cleaned ? "" : " Some highlights may remain: press Remove highlights."} All findings are in the list below.`,
    paintFailed: (detail, cleaned) =>
      `Rows could not be highlighted (Excel: ${detail}). ${cleaned ? "What was started is undone." : "Some highlights may remain: press Remove highlights."} All findings are in the list below.`,
    paintCellEdit:
      "Rows are not highlighted: Excel is editing a cell. Finish editing the cell (Enter or Esc) and press Check again. All findings are in the list below.",
    unreadableFormats: (sheet, count) =>
      `Sheet "${sheet}" has ${count} conditional formatting ${pluralEn(count, ["rule", "rules"])} Excel cannot read: left as ${count === 1 ? "it is" : "they are"}.`,
    clearProtected: (sheet) =>
      `Sheet "${sheet}" is protected: its highlights were not removed. Unprotect the sheet and press Remove highlights again.`,
    mergesUnread: (sheet) =>
      `Sheet "${sheet}" has too many merged cells: Excel did not hand them over, so it was checked as if no cell were merged. Its table may be recognised less well.`,
  },
  noRoadmap: "No roadmap found",
  noRoadmapHint:
    "The check looks for a table whose header has columns such as “Мероприятие”, “Срок”, “Ответственные”. Make sure the table's header is there.",

  errorTitle: "Something went wrong",
  fileFailed: (name) => `The file “${name}” was not checked`,
  staleResults: (day) =>
    `The results below are for ${day.split("-").reverse().join(".")}, and the date of the check has changed: checking again. The copy can be downloaded once checked.`,
  errors: {
    apiNotSupported:
      "This Excel is too old for the check: Excel 2019 or later, Excel on the web or Microsoft 365 is needed. You can also open the add-in in a browser and check an .xlsx file.",
    sheetTooLarge: (sheet) =>
      `Sheet “${sheet}” is too large for Excel to pass to the add-in. Remove extra data or copy the table to a sheet of its own.`,
    sheetNotFound: (sheet) =>
      `Sheet “${sheet}” was not found: it was renamed or deleted. Check the workbook again.`,
    statusColumnOccupied: (sheet, column) =>
      `Column ${column} right of the table on sheet “${sheet}” is not empty. Clear it or add the completion column by hand.`,
    tableWithoutRows: "The table has no rows under its header.",
    badSettings: "The column roles saved in the workbook are damaged. Press “Reset column roles”.",
    settingsNotSaved: (detail) => `Could not save the choice in the workbook: ${detail}`,
    cellEditMode: "Excel is editing a cell: finish editing the cell (Enter or Esc) and try again.",
    file: {
      "empty-file": "The file is empty (0 bytes).",
      "not-xlsx": "This is not an Excel workbook (.xlsx).",
      "legacy-xls":
        "The file is in the old Excel 97–2003 format (.xls). Open it in Excel and save it as an .xlsx workbook.",
      encrypted:
        "The workbook is password-protected. Remove the password and choose the file again.",
      corrupt: "The file is damaged or incomplete: the workbook could not be read.",
      "too-large": "The workbook is too large to check.",
      "too-complex":
        "The file is too complex: it could not be read in the time allowed. Save the file again (in Excel, Word or LibreOffice) and choose it again.",
      ods: "This is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) and choose it again.",
      xlsb: "This is a binary Excel workbook (.xlsb). Save it as an Excel Workbook (.xlsx) and choose it again.",
      "not-found": "File not found.",
      "not-readable": "The file could not be opened: no access to it, or it is a folder.",
      "legacy-doc":
        "The file is in the old Word 97–2003 format (.doc). Open it in Word and save it as a .docx document.",
      "encrypted-docx":
        "The document is password-protected. Remove the password and choose the file again.",
      "not-docx": "This is not a Word document (.docx).",
      "corrupt-docx": "The document is damaged or incomplete: it could not be read.",
      "too-large-docx": "The document is too large to check.",
      odt: "This is an OpenDocument text document (.odt). Save it as a Word Document (.docx) and choose it again.",
      "no-table":
        "The document holds no table. A roadmap must be a Word table (Insert → Table), not text laid out with tabs.",
    },
    unexpected: (detail) => `Unexpected error: ${detail}`,
  },
};
