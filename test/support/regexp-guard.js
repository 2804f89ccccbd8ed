/**
 * Jest setup (every unit test): the RegExp constructor refuses, for a call from our own src/, a
 * pattern EdgeHTML 18 cannot build — ES2017's regular expressions, the webview of Office 2016 and
 * 2019 without WebView2. Literals are the linter's to check (scripts/eslint/edgehtml18.mjs);
 * patterns joined from strings at run time (the deadline grammar's) only show here, so every
 * test that runs the core checks them, and test/core/regexp-es2017.test.ts reads what was built.
 * Calls from libraries and from tests are recorded but not refused.
 */
const path = require("node:path");
const { RegExpValidator } = require("@eslint-community/regexpp");

const SRC = path.join(__dirname, "..", "..", "src") + path.sep;
const validator = new RegExpValidator({ ecmaVersion: 2017 });
const Native = globalThis.RegExp;
/** source + "/" + flags → { source, flags, from, error } for every pattern src/ built. */
const built = new Map();
const checked = new Map();
/** Patterns first built outside src/: not looked at again (a stack per call costs). */
const foreign = new Set();

function es2017Error(source, flags) {
  try {
    validator.validateFlags(flags);
    validator.validatePattern(source, 0, source.length, { unicode: flags.includes("u") });
    return null;
  } catch (err) {
    return err.message;
  }
}

/** The file:line of the first caller outside this file, when it is in src/. */
function callerInSrc() {
  const lines = (new Error().stack || "").split("\n").slice(1);
  const frame = lines.find((l) => !l.includes(__filename));
  const m = frame && /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+)/.exec(frame);
  return m && m[1].startsWith(SRC) ? `${path.relative(path.join(SRC, ".."), m[1])}:${m[2]}` : null;
}

function guard(args) {
  const [pattern, flagsArg] = args;
  const source =
    pattern instanceof Native ? pattern.source : String(pattern === undefined ? "(?:)" : pattern);
  const flags =
    flagsArg !== undefined ? String(flagsArg) : pattern instanceof Native ? pattern.flags : "";
  const key = `${source}/${flags}`;
  if (foreign.has(key) || (checked.has(key) && !checked.get(key))) return;
  const from = callerInSrc();
  if (from === null) {
    foreign.add(key);
    return;
  }
  const error = checked.has(key) ? checked.get(key) : es2017Error(source, flags);
  checked.set(key, error);
  if (!built.has(key)) built.set(key, { source, flags, from, error });
  if (error) {
    throw new SyntaxError(
      `${from} builds /${source}/${flags}, which EdgeHTML 18 (ES2017, Office 2016/2019) cannot: ${error}. ` +
        "No lookbehind, named groups, \\p{…} or s flag: see scripts/eslint/edgehtml18.mjs for what to write instead.",
    );
  }
}

if (!globalThis.__es2017RegExps) {
  globalThis.__es2017RegExps = built;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      guard(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, self, args) {
      guard(args);
      return Reflect.apply(target, self, args);
    },
  });
}
