/**
 * Web APIs every browser the task pane runs in has, but jest's jsdom lacks. Node has the same
 * implementations; import this module first in a jsdom test that reads real .xlsx files.
 */
import { TextDecoder, TextEncoder } from "node:util";
import {
  CompressionStream,
  DecompressionStream,
  ReadableStream,
  WritableStream,
  TransformStream,
} from "node:stream/web";
import { setImmediate as setImmediateNode } from "node:timers";

const g = globalThis as Record<string, unknown>;
const web: Record<string, unknown> = {
  TextDecoder,
  TextEncoder,
  CompressionStream,
  DecompressionStream,
  ReadableStream,
  WritableStream,
  TransformStream,
};
for (const [name, value] of Object.entries(web)) if (g[name] === undefined) g[name] = value;

// The fake Excel yields to the event loop with setImmediate, as Office.js's sync does between
// batches. jsdom has none; ExcelJS used to install its polyfill as a side effect of being
// imported by the file reader, which no longer loads it.
if (g.setImmediate === undefined) g.setImmediate = setImmediateNode;

/** jsdom lays nothing out, so nothing is ever resized: an observer that never reports. */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (g.ResizeObserver === undefined) g.ResizeObserver = NoLayoutResizeObserver;
