/**
 * The task pane's file reader on a Web Worker: a file that takes too long can be stopped (the
 * worker ended) without freezing the pane, and the pane stays responsive while it reads.
 */
import { answerRead } from "./answer";
import type { ReadRequest, ReadResponse } from "./protocol";

/** The worker's global scope, typed here: the DOM library types `self` as a window. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadResponse): void;
};

scope.onmessage = (event) => {
  void answerRead(event.data).then((res) => scope.postMessage(res));
};
