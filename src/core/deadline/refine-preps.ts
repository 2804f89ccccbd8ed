/**
 * Refiner: the preposition right before each mention — "До 23 сентября", "не позднее
 * 1 октября", "С 10 по 20 апреля", "до конца декабря", "к началу 2012/2013 учебного года". Only the words between the previous
 * mention and this one are read, so a preposition never reaches across another date.
 */
import type { Mention, Prep } from "./mention";

/** Longest first where one phrase starts another ("до конца" before "до", "со" before "с"). */
const PREP_AT_END =
  /(?:^|[^а-яa-z])(не позднее|не позже|не ранее|до конца|к концу|до начала|к началу|начиная с|до|по|со|с|от|к)\s?$/;

const PREPS: Record<string, Prep> = {
  "не позднее": "until",
  "не позже": "until",
  до: "until",
  к: "until",
  "до начала": "until",
  "к началу": "until",
  "до конца": "untilEnd",
  "к концу": "untilEnd",
  по: "through",
  с: "from",
  со: "from",
  "начиная с": "from",
  "не ранее": "from",
  от: "since",
};

/** A preposition is at most a few words: look no further back than this. */
const LOOK_BACK = 14;

export function attachPreps(norm: string, mentions: Mention[]): void {
  let prevEnd = 0;
  for (const m of mentions) {
    const from = Math.max(prevEnd, m.index - LOOK_BACK);
    const before = norm.slice(from, m.index);
    const p = PREP_AT_END.exec(before);
    if (p) {
      m.prep = PREPS[p[1]];
      m.prepIndex = from + before.lastIndexOf(p[1]);
    }
    prevEnd = m.end;
  }
}
