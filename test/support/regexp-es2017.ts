/**
 * Whether a regular expression is one EdgeHTML 18 — ES2017's regular expressions, the webview
 * of Office 2016/2019 without WebView2 — can build: @eslint-community/regexpp's validator at
 * ecmaVersion 2017 (no lookbehind, named groups, \p{…}, s/d/v flags). Used on the built bundle
 * (test/e2e/bundle.e2e.test.ts) and on every pattern the core builds at run time
 * (test/core/regexp-es2017.test.ts).
 */
import { RegExpValidator } from "@eslint-community/regexpp";

const validator = new RegExpValidator({ ecmaVersion: 2017 });

/** Why ES2017 rejects /source/flags; null when it accepts it. */
export function es2017RegExpError(source: string, flags: string): string | null {
  try {
    validator.validateFlags(flags);
    validator.validatePattern(source, 0, source.length, { unicode: flags.includes("u") });
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
