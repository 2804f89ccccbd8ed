// The webpack step after esbuild: a regular expression literal ES2017 cannot parse becomes a
// RegExp call that matches the same strings; everything else is left exactly as it was.
import * as acorn from "acorn";

const { rewriteRegExpLiterals } = jest.requireActual(
  "../../scripts/webpack/regexp-literal-loader.js",
) as {
  rewriteRegExpLiterals(source: string): string;
};

describe("regexp-literal-loader", () => {
  it("rewrites the property escape inside a class that esbuild leaves as a literal", () => {
    const source = 'export const clean = (t) => t.replace(/[^\\p{L}\\p{N}№]+/gu, " ");';
    const out = rewriteRegExpLiterals(source);
    expect(out).toBe(
      'export const clean = (t) => t.replace(new RegExp("[^\\\\p{L}\\\\p{N}№]+", "gu"), " ");',
    );
    expect(() => acorn.parse(out, { ecmaVersion: 2017, sourceType: "module" })).not.toThrow();
    const clean = new Function(
      "t",
      `return t.replace(new RegExp("[^\\\\p{L}\\\\p{N}№]+", "gu"), " ")`,
    );
    expect(clean("Срок: 01.10.2021!")).toBe("Срок 01 10 2021 ");
  });

  it("leaves a module without property escapes, and ES2017 literals, untouched", () => {
    const plain = "const a = /(\\d+)\\.(\\d+)/g; const b = /\\p{L}/;";
    expect(rewriteRegExpLiterals(plain)).toBe(plain);
    const mixed = 'const ok = /[a-z]+/gi; const s = "\\\\p{L}";';
    expect(rewriteRegExpLiterals(mixed)).toBe(mixed);
  });
});
