// The build-time switch of the add-in's address (webpack.config.js), without running webpack.
const config = jest.requireActual("../../../webpack.config.js") as {
  addinUrl(): string;
  manifestFor(url: string): string;
};

describe("the add-in address at build time", () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it("is the dev server unless ADDIN_URL says otherwise", () => {
    delete process.env.ADDIN_URL;
    expect(config.addinUrl()).toBe("https://localhost:3000");
    process.env.ADDIN_URL = "https://edu.example.ru/roadmap/";
    expect(config.addinUrl()).toBe("https://edu.example.ru/roadmap");
  });

  it("refuses an address Office would not load", () => {
    process.env.ADDIN_URL = "http://edu.example.ru";
    expect(() => config.addinUrl()).toThrow(/must be an https:\/\/ address/);
  });

  it("rewrites every URL of the manifest and nothing else", () => {
    const manifest = config.manifestFor("https://edu.example.ru/roadmap");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(
      '<SourceLocation DefaultValue="https://edu.example.ru/roadmap/taskpane.html"/>',
    );
    expect(manifest).toContain("<AppDomain>https://edu.example.ru/roadmap</AppDomain>");
    const dev = config.manifestFor("https://localhost:3000");
    expect(manifest.replace(/https:\/\/edu\.example\.ru\/roadmap/g, "https://localhost:3000")).toBe(
      dev,
    );
  });
});
