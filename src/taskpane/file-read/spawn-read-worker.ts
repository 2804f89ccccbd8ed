/**
 * Starts the reading worker. webpack sees `new Worker(new URL(…, import.meta.url))` and builds
 * read-worker.ts as a chunk of its own; only the browser loads this module (jest's CommonJS
 * cannot parse `import.meta`, and jsdom has no Worker: the pane then reads in its own thread).
 */
export function spawnReadWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "read-worker" */
    // @ts-expect-error -- tsc checks with module "commonjs"; webpack builds this as an ES module.
    new URL("./read-worker.ts", import.meta.url),
  );
}
