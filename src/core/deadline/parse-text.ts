/**
 * The grammar on one deadline text: normalise, find mentions, then decide. A recurring word
 * decides first ("Ежемесячно /по запросу МОУО" is monthly, not vague); then dates and periods
 * ("В течение года (по графику)" is a period); vague words count only when nothing dated is
 * left; what is left after that is unparsed, for a person to read.
 */
import { collectMentions } from "./collect";
import { composeDeadline, explicitPeriod, recurringDeadline } from "./compose";
import type { KeyContext } from "./context";
import { isBlank, normalize } from "./normalize";
import { hasPlaceholderYear } from "./placeholder";
import { anchorRecurrence, findRecurrence } from "./recurring";
import { undated } from "./result";
import type { Deadline } from "./types";
import { isVague } from "./vague";

/** @param text the cell text, trimmed, kept as the deadline's text */
export function parseText(text: string, ctx: KeyContext): Deadline {
  const norm = normalize(text);
  if (isBlank(norm)) return undated(text, "missing");
  const mentions = collectMentions(norm);
  const rec = findRecurrence(norm);
  if (rec !== null) {
    const anchored = anchorRecurrence(rec, mentions);
    return recurringDeadline(text, anchored, explicitPeriod(mentions) ?? ctx.period, ctx.asOf);
  }
  if (hasPlaceholderYear(norm)) return undated(text, "vague");
  if (mentions.length > 0) return composeDeadline(text, norm, mentions, ctx);
  return undated(text, isVague(norm) ? "vague" : "unparsed");
}
