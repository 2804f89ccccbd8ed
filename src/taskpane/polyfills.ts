/**
 * What EdgeHTML 18 — the old Edge that Office 2016 and 2019 show add-ins in without WebView2 —
 * lacks and the bundle uses, supplied before any other module runs (webpack puts this file
 * first in the task pane's and the ribbon commands' entries). Nothing else: each line names who
 * needs it. Where the engine has the built-in, core-js leaves it alone.
 *
 * The rest of what EdgeHTML 18 lacks is kept out of our code by the lint rules of
 * scripts/eslint/edgehtml18.mjs; test/e2e/edgehtml18.e2e.test.ts deletes all of it from Chromium
 * and runs the pane.
 */
// zod (its global registry and config, at load), Griffel's style rules, and our own code.
import "core-js/modules/es.global-this";
import "core-js/modules/es.object.from-entries";
// Our own code (src/core/validate, consolidate, hosts/excel) flattens lists.
import "core-js/modules/es.array.flat";
import "core-js/modules/es.array.flat-map";
import "core-js/modules/es.array.unscopables.flat";
import "core-js/modules/es.array.unscopables.flat-map";
// Fluent UI (dev-time text layout) and anything of ours that trims one end.
import "core-js/modules/es.string.trim-start";
import "core-js/modules/es.string.trim-end";

/* eslint-disable edgehtml18/no-weakrefs, edgehtml18/no-bigint -- stand-ins are defined here */
type Globals = Record<string, unknown>;
const globals = window as unknown as Globals;

/**
 * Fluent UI's focus handling (tabster, keyborg) holds elements through WeakRef, keyborg on every
 * element.focus(). WeakRef cannot be polyfilled — its point is the garbage collector — so where
 * it is missing a plain reference stands in: the same answers, only memory kept until the pane
 * closes (a few elements the user focused).
 */
if (typeof globals.WeakRef !== "function") {
  class StrongRef<T extends object> {
    constructor(private readonly target: T) {}
    deref(): T {
      return this.target;
    }
  }
  globals.WeakRef = StrongRef;
}

/**
 * zod builds its int64/uint64 ranges with BigInt("…") when it loads. The pane has no bigint
 * schema, so where BigInt is missing a number stands in and lets zod load; a bigint schema
 * (none exists) would still not work there.
 */
if (typeof globals.BigInt !== "function") {
  globals.BigInt = (value: unknown) => Number(value);
}

/**
 * Fluent UI's focus handling reads `event.composedPath()[0]` on every focus event. EdgeHTML 18
 * has no shadow DOM, so the path is the target and its ancestors, then the window: exactly
 * what the method returns there.
 */
if (typeof Event.prototype.composedPath !== "function") {
  Event.prototype.composedPath = function composedPath(this: Event): EventTarget[] {
    const path: EventTarget[] = [];
    for (let node = this.target as Node | null; node; node = node.parentNode) path.push(node);
    if (path.length > 0 && path[path.length - 1] === document) path.push(window);
    return path;
  };
}

/**
 * Fluent UI's MessageBar measures itself with a ResizeObserver (to move its actions under the
 * text when the pane is narrow) without asking whether one exists. EdgeHTML 18 has none. In a
 * task pane an element's width changes when the pane's does, so where it is missing this
 * stand-in reports each observed element when observing starts and on every window resize,
 * with the fields Fluent reads (target, contentRect; borderBoxSize is absent, as Fluent allows).
 */
if (typeof globals.ResizeObserver !== "function") {
  class ResizeObserverStandIn {
    private readonly targets: Element[] = [];
    private readonly onResize = () => this.report(this.targets);
    constructor(private readonly callback: (entries: object[], observer: object) => void) {}
    observe(target: Element): void {
      if (this.targets.length === 0) window.addEventListener("resize", this.onResize);
      if (this.targets.indexOf(target) < 0) this.targets.push(target);
      window.requestAnimationFrame(() => this.report([target]));
    }
    unobserve(target: Element): void {
      const at = this.targets.indexOf(target);
      if (at >= 0) this.targets.splice(at, 1);
      if (this.targets.length === 0) window.removeEventListener("resize", this.onResize);
    }
    disconnect(): void {
      this.targets.length = 0;
      window.removeEventListener("resize", this.onResize);
    }
    private report(targets: Element[]): void {
      const live = targets.filter((t) => this.targets.indexOf(t) >= 0);
      if (live.length === 0) return;
      this.callback(
        live.map((target) => ({ target, contentRect: target.getBoundingClientRect() })),
        this,
      );
    }
  }
  globals.ResizeObserver = ResizeObserverStandIn;
}
