/**
 * Turns a regular expression literal that ES2017 engines cannot parse into a RegExp constructor
 * call, so that the script around it still parses there.
 *
 * esbuild lowers such literals itself (lookbehind, named groups, the s flag, \p{…}), all but one
 * case: a Unicode property escape inside a character class stays a literal, and one such literal
 * makes EdgeHTML 18 reject the whole bundle as a syntax error. Our code has none (lint forbids
 * \p{…}); zod's emoji pattern (/[\p{Extended_Pictographic}…]/u, built only by z.emoji()) is one.
 * As a RegExp call it throws only if ever built. Runs after esbuild-loader, only on modules that
 * contain a property escape at all.
 */
const acorn = require("acorn");
const walk = require("acorn-walk");

const LEGACY = 2017;

function parsesAt(ecmaVersion, raw) {
  try {
    acorn.parse(raw, { ecmaVersion });
    return true;
  } catch {
    return false;
  }
}

function parse(source) {
  const options = { ecmaVersion: "latest", allowHashBang: true, allowReturnOutsideFunction: true };
  try {
    return acorn.parse(source, { ...options, sourceType: "module" });
  } catch {
    return acorn.parse(source, { ...options, sourceType: "script" });
  }
}

/** The source with every literal ES2017 rejects rewritten; the same string when there is none. */
function rewriteRegExpLiterals(source) {
  if (!/\\[pP]\{/.test(source)) return source;
  const literals = [];
  walk.full(parse(source), (node) => {
    if (node.type === "Literal" && node.regex && !parsesAt(LEGACY, `(${node.raw})`)) {
      literals.push(node);
    }
  });
  let out = source;
  for (const node of literals.sort((a, b) => b.start - a.start)) {
    const { pattern, flags } = node.regex;
    const call = `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`;
    out = out.slice(0, node.start) + call + out.slice(node.end);
  }
  return out;
}

module.exports = function regexpLiteralLoader(source, map) {
  const out = rewriteRegExpLiterals(source);
  // Unchanged modules keep their source map; a rewritten one loses exact columns on that line.
  this.callback(null, out, out === source ? map : undefined);
};
module.exports.rewriteRegExpLiterals = rewriteRegExpLiterals;
