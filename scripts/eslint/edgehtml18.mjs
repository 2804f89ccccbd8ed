/**
 * ESLint rules that keep the task pane's own code runnable in EdgeHTML 18, the old Edge that
 * Office 2016 and 2019 show add-ins in without WebView2 (docs/excel.md, "Which Office runs the
 * pane"). esbuild lowers the *syntax* to ES2017 at build time; what it cannot lower is checked
 * here:
 *
 * - regular-expression features newer than ES2017: one such literal or `new RegExp("…")` makes
 *   EdgeHTML reject the whole script (a blank pane) or throw when the line runs;
 * - built-ins newer than ES2017 that EdgeHTML 18 lacks and src/taskpane/polyfills.ts does not
 *   supply: calling one throws "Object doesn't support property or method". Those it supplies
 *   (globalThis, Object.fromEntries, Array.prototype.flat/flatMap, String.prototype.trimStart/
 *   trimEnd) are allowed: their es-x rules are left out below.
 *
 * The rules are eslint-plugin-es-x's; this file only adds, to each message, what to write
 * instead. A pattern built at run time from strings is beyond a linter: the core's are checked
 * by test/core/regexp-es2017.test.ts.
 */
import esX from "eslint-plugin-es-x";

const NO_LOOKBEHIND =
  "EdgeHTML 18 (Office 2016/2019) has no lookbehind and rejects the whole script. Where only whether a text matches counts, match the character before: `(?:^|[^а-яa-z])word`; where the match's position counts, use NotAfter (src/core/deadline/not-after.ts).";
const NO_PROPERTY_ESCAPES =
  "EdgeHTML 18 (Office 2016/2019) has no \\p{…} and rejects the whole script. Write the characters out: LETTERS / DIGITS of src/core/recognize/letters.ts, or ranges such as [а-яёa-z].";

/** es-x rule → what to write instead (EdgeHTML 18 lacks each of these). */
const HINTS = {
  // Regular expressions.
  "no-regexp-lookbehind-assertions": NO_LOOKBEHIND,
  "no-regexp-unicode-property-escapes": NO_PROPERTY_ESCAPES,
  "no-regexp-unicode-property-escapes-2019": NO_PROPERTY_ESCAPES,
  "no-regexp-unicode-property-escapes-2020": NO_PROPERTY_ESCAPES,
  "no-regexp-unicode-property-escapes-2021": NO_PROPERTY_ESCAPES,
  "no-regexp-unicode-property-escapes-2022": NO_PROPERTY_ESCAPES,
  "no-regexp-unicode-property-escapes-2023": NO_PROPERTY_ESCAPES,
  "no-regexp-named-capture-groups":
    "EdgeHTML 18 has no named groups: use a numbered group and name it in a comment (`/** Groups: 1 day, 2 month. */`).",
  "no-regexp-s-flag":
    "EdgeHTML 18 has no `s` flag: write [\\s\\S] where a dot must match line breaks too.",
  "no-regexp-d-flag":
    "EdgeHTML 18 has no `d` flag: compute a group's position from match.index and the text before it.",
  "no-regexp-v-flag":
    "EdgeHTML 18 has no `v` flag: use `u` and write set operations out as ranges.",
  "no-regexp-duplicate-named-capturing-groups":
    "EdgeHTML 18 has no named groups at all: use numbered groups.",
  "no-regexp-modifiers": "EdgeHTML 18 has no `(?i:…)`: write both cases out, [Аа].",
  "no-regexp-escape":
    "RegExp.escape is not in EdgeHTML 18: escape with .replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&').",
  // Built-ins.
  "no-symbol-prototype-description":
    "Symbol.prototype.description is not in EdgeHTML 18: keep the name in a string.",
  "no-promise-all-settled":
    "Promise.allSettled is not in EdgeHTML 18: map each promise to .then(value => ({ ok: true, value }), error => ({ ok: false, error })) and use Promise.all.",
  "no-promise-any": "Promise.any is not in EdgeHTML 18: write the race out with Promise.all.",
  "no-string-prototype-matchall":
    "String.prototype.matchAll is not in EdgeHTML 18: loop `for (let m = re.exec(s); m; m = re.exec(s))` with a global regular expression.",
  "no-symbol-matchall": "Symbol.matchAll is not in EdgeHTML 18.",
  "no-string-prototype-replaceall":
    "replaceAll is not in EdgeHTML 18: use .replace with a global regular expression, or .split(a).join(b).",
  "no-weakrefs":
    "WeakRef and FinalizationRegistry are not in EdgeHTML 18 and cannot be polyfilled.",
  "no-bigint": "BigInt is not in EdgeHTML 18 and cannot be polyfilled: use numbers.",
  "no-array-prototype-at": "Array.prototype.at is not in EdgeHTML 18: write a[a.length - 1].",
  "no-string-prototype-at": "String.prototype.at is not in EdgeHTML 18: write s[s.length - 1].",
  "no-object-hasown":
    "Object.hasOwn is not in EdgeHTML 18: use Object.prototype.hasOwnProperty.call(o, k).",
  "no-error-cause":
    "new Error(message, { cause }) is ignored by EdgeHTML 18: keep the cause in a field of your own error class.",
  "no-array-prototype-findlast-findlastindex":
    "findLast/findLastIndex are not in EdgeHTML 18: loop from the end.",
  "no-array-prototype-toreversed": "toReversed is not in EdgeHTML 18: use [...a].reverse().",
  "no-array-prototype-tosorted": "toSorted is not in EdgeHTML 18: use [...a].sort(…).",
  "no-array-prototype-tospliced": "toSpliced is not in EdgeHTML 18: copy, then splice.",
  "no-array-prototype-with": "Array.prototype.with is not in EdgeHTML 18: copy, then assign.",
  "no-object-groupby": "Object.groupBy is not in EdgeHTML 18: group in a loop.",
  "no-map-groupby": "Map.groupBy is not in EdgeHTML 18: group in a loop.",
  "no-promise-withresolvers":
    "Promise.withResolvers is not in EdgeHTML 18: take resolve/reject from new Promise((resolve, reject) => …).",
  "no-promise-try": "Promise.try is not in EdgeHTML 18: use Promise.resolve().then(fn).",
  "no-string-prototype-iswellformed": "isWellFormed is not in EdgeHTML 18.",
  "no-string-prototype-towellformed": "toWellFormed is not in EdgeHTML 18.",
  "no-arraybuffer-prototype-transfer": "ArrayBuffer.prototype.transfer is not in EdgeHTML 18.",
  "no-resizable-and-growable-arraybuffers": "Resizable ArrayBuffers are not in EdgeHTML 18.",
  "no-atomics-waitasync": "Atomics.waitAsync is not in EdgeHTML 18.",
  "no-float16array": "Float16Array is not in EdgeHTML 18.",
  "no-math-f16round": "Math.f16round is not in EdgeHTML 18.",
  "no-dataview-prototype-getfloat16-setfloat16": "DataView float16 methods are not in EdgeHTML 18.",
  "no-iterator": "The Iterator global is not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-drop":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-every":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-filter":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-find":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-flatmap":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-foreach":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-map":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-reduce":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-some":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-take":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-iterator-prototype-toarray":
    "Iterator helpers are not in EdgeHTML 18: spread into an array first.",
  "no-set-prototype-difference": "Set methods are not in EdgeHTML 18: filter in a loop.",
  "no-set-prototype-intersection": "Set methods are not in EdgeHTML 18: filter in a loop.",
  "no-set-prototype-isdisjointfrom": "Set methods are not in EdgeHTML 18: test in a loop.",
  "no-set-prototype-issubsetof": "Set methods are not in EdgeHTML 18: test in a loop.",
  "no-set-prototype-issupersetof": "Set methods are not in EdgeHTML 18: test in a loop.",
  "no-set-prototype-symmetricdifference": "Set methods are not in EdgeHTML 18: filter in a loop.",
  "no-set-prototype-union": "Set methods are not in EdgeHTML 18: new Set([...a, ...b]).",
};

/** The es-x rules above, each with its hint appended to every message. */
const rules = Object.fromEntries(
  Object.entries(HINTS).map(([name, hint]) => {
    const rule = esX.rules[name];
    if (!rule) throw new Error(`eslint-plugin-es-x has no rule ${name}`);
    const messages = Object.fromEntries(
      Object.entries(rule.meta.messages).map(([id, text]) => [id, `${text} ${hint}`]),
    );
    return [name, { ...rule, meta: { ...rule.meta, messages } }];
  }),
);

export const edgehtml18 = { meta: { name: "edgehtml18" }, rules };

/** Every rule as an error, under the prefix `edgehtml18/`. */
export const edgehtml18Rules = Object.fromEntries(
  Object.keys(rules).map((name) => [`edgehtml18/${name}`, "error"]),
);
