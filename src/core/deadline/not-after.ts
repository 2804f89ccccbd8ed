/**
 * A pattern whose match must not directly follow certain characters: what `(?<![…])` at the
 * start of a pattern says, without lookbehind. EdgeHTML 18 — the old Edge that Office 2016 and
 * 2019 show add-ins in — knows the regular expressions of ES2017, and one lookbehind makes it
 * reject the whole script.
 *
 * The pattern is searched as it is; a match right after a refused character is dropped and the
 * search goes on one character later. That is exactly what the engine does with a leading
 * lookbehind: the result is the leftmost match whose preceding character is allowed, with the
 * same groups. (Where only whether something matches counts, `(?:^|[^…])` in front of the
 * pattern says the same more simply; that consumes the character, so match positions shift.)
 *
 * Used like a global RegExp: set `lastIndex` to 0, then call `exec` until it returns null.
 */
export class NotAfter {
  /** Where the next `exec` starts; 0 again after the last match, as a global RegExp does. */
  lastIndex = 0;
  private readonly re: RegExp;

  /**
   * @param source the pattern, without the lookbehind
   * @param refused the characters no match may follow: one character class, sticky ("y"),
   *   or, where the pattern's alternatives need different ones, a function of the match
   */
  constructor(
    source: string,
    private readonly refused: RegExp | ((m: RegExpExecArray) => RegExp),
  ) {
    this.re = new RegExp(source, "g");
  }

  exec(text: string): RegExpExecArray | null {
    const re = this.re;
    re.lastIndex = this.lastIndex;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m.index === 0 || !this.follows(text, m)) {
        this.lastIndex = re.lastIndex;
        return m;
      }
      re.lastIndex = m.index + 1;
    }
    this.lastIndex = 0;
    return null;
  }

  private follows(text: string, m: RegExpExecArray): boolean {
    const before = typeof this.refused === "function" ? this.refused(m) : this.refused;
    before.lastIndex = m.index - 1;
    return before.test(text);
  }
}

/** A sticky one-character class for `NotAfter`: `charClass("[а-яa-z]")`. */
export function charClass(source: string): RegExp {
  return new RegExp(source, "y");
}
