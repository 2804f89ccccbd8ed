import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflateRaw } from "../../src/hosts/file/inflate-node";
import { FileReadError } from "../../src/hosts/file/file-error";
import { readWorkbookGrids } from "../../src/hosts/file/read";
import { readGrids } from "../../src/hosts/file/dispatch";
import { answerRead } from "../../src/taskpane/file-read/answer";
import type { ReadRequest, ReadResponse } from "../../src/taskpane/file-read/protocol";
import { type WorkerLike, WorkerReader } from "../../src/taskpane/file-read/worker-reader";

const seed = (name: string) => {
  const b = readFileSync(join(__dirname, "../../seeds", name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
};

/** A worker that reads for real, or plays dead / crashes when the file asks it to. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ReadResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly mode: "read" | "silent" | "crash" | "worker") {}
  postMessage(req: ReadRequest): void {
    if (this.mode === "silent") return;
    if (this.mode === "worker") {
      // What read-worker.ts answers, with the bytes cloned as postMessage would.
      void answerRead({ ...req, data: req.data.slice(0) }).then((res) => this.reply(res));
      return;
    }
    if (this.mode === "crash") {
      setTimeout(() => this.onerror?.({ message: "out of memory" } as ErrorEvent), 0);
      return;
    }
    readWorkbookGrids(req.data, { inflate: nodeInflateRaw }).then(
      (grids) => this.reply({ id: req.id, ok: true, read: { format: "xlsx", grids } }),
      (err: FileReadError) =>
        this.reply({ id: req.id, ok: false, file: { code: err.code, detail: err.detail } }),
    );
  }
  private reply(res: ReadResponse): void {
    if (!this.terminated) this.onmessage?.({ data: res } as MessageEvent<ReadResponse>);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("WorkerReader", () => {
  it("reads files on one worker, as the reader does in place", async () => {
    const spawned: FakeWorker[] = [];
    const reader = new WorkerReader(() => {
      spawned.push(new FakeWorker("read"));
      return spawned[spawned.length - 1];
    });
    const [a, b] = await Promise.all([
      reader.read(seed("001-buinsk.xlsx")),
      reader.read(seed("007-schools.xlsx")),
    ]);
    expect(a).toEqual(
      await readWorkbookGrids(seed("001-buinsk.xlsx"), { inflate: nodeInflateRaw }),
    );
    expect(b[0].sheet).toBeDefined();
    expect(spawned).toHaveLength(1);
  });

  it("reads a Word document on the worker as the dispatch reads it in place", async () => {
    const reader = new WorkerReader(() => new FakeWorker("worker"));
    const doc = await reader.readFile(seed("003-kansk.docx"), "003-kansk.docx");
    expect(doc).toEqual(await readGrids(seed("003-kansk.docx"), { fileName: "003-kansk.docx" }));
    expect(doc.format).toBe("docx");
    const err = await reader
      .readFile(new TextEncoder().encode("не документ").buffer as ArrayBuffer, "plan.docx")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect(err).toMatchObject({ code: "not-docx", detail: "no zip signature" });
  });

  it("raises a file's own error again as a FileReadError", async () => {
    const reader = new WorkerReader(() => new FakeWorker("read"));
    const err = await reader
      .read(new TextEncoder().encode("не книга").buffer as ArrayBuffer)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect(err).toMatchObject({ code: "not-xlsx", detail: "no zip signature" });
  });

  it("ends a worker that does not answer in time, reports the file, and starts afresh", async () => {
    const modes: ("silent" | "read")[] = ["silent", "read"];
    const spawned: FakeWorker[] = [];
    const reader = new WorkerReader(() => {
      spawned.push(new FakeWorker(modes[spawned.length]));
      return spawned[spawned.length - 1];
    }, 100);
    const err = await reader.read(seed("001-buinsk.xlsx")).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "FileReadError", code: "too-complex", reason: "time" });
    expect((err as Error).message).toMatch(/слишком сложный/);
    expect(spawned[0].terminated).toBe(true);
    expect(await reader.read(seed("007-schools.xlsx"))).toHaveLength(1);
    expect(spawned).toHaveLength(2);
  });

  it("reports a worker that dies while reading", async () => {
    const reader = new WorkerReader(() => new FakeWorker("crash"));
    await expect(reader.read(seed("001-buinsk.xlsx"))).rejects.toMatchObject({
      code: "too-complex",
    });
  });
});
