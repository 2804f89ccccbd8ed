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

/** jsdom lays nothing out, so nothing is ever resized: an observer that never reports. */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (g.ResizeObserver === undefined) g.ResizeObserver = NoLayoutResizeObserver;
