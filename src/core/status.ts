// Placeholder with the final signature; the status reader is being written (issue 3).
import type { CellValue } from "./grid";
import type { StatusInfo } from "./validate/types";

export function parseStatus(value: CellValue): StatusInfo {
  const text = value === null ? "" : String(value).trim();
  return { text, state: "unknown" };
}
