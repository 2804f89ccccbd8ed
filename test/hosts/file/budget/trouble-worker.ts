/**
 * A stand-in for check-worker.ts that misbehaves on request, as a hostile file could make the
 * real one: "hang" never answers, "hog" allocates until its heap runs out, "bug" fails as our
 * own code would; any other file is checked for real.
 */
import { parentPort } from "node:worker_threads";
import { checkFile } from "../../../../src/hosts/file/check-files";
import type { CheckRequest, CheckResponse } from "../../../../src/hosts/file/budget/messages";

const port = parentPort!;
port.on("message", (req: CheckRequest) => {
  if (req.file.includes("hang")) for (;;);
  if (req.file.includes("hog")) {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(1 << 16).fill(hog.length));
  }
  if (req.file.includes("bug")) {
    port.postMessage({ id: req.id, ok: false, error: "TypeError: a bug" } satisfies CheckResponse);
    return;
  }
  void checkFile(req.file, req.settings, req.overrides).then((result) =>
    port.postMessage({
      id: req.id,
      ok: true,
      result,
      probe: new Date(0),
    } satisfies CheckResponse),
  );
});
