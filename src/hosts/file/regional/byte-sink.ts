/**
 * A growing UTF-8 byte buffer. The sheets of a region run to tens of megabytes of XML; written
 * straight into bytes they never exist as JavaScript strings, which would cost more in garbage
 * collection than in writing.
 */
const encoder = new TextEncoder();

export class ByteSink {
  private buf: Uint8Array;
  private pos = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** Bytes prepared once (markup that repeats in every cell). */
  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** A non-negative safe integer in decimal. */
  int(n: number): void {
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    this.reserve(digits);
    let x = n;
    for (let i = this.pos + digits - 1; i >= this.pos; i--) {
      this.buf[i] = 48 + (x % 10);
      x = Math.floor(x / 10);
    }
    this.pos += digits;
  }

  /** Any text, as UTF-8 (a character takes at most 3 bytes). */
  text(s: string): void {
    this.reserve(s.length * 3);
    this.pos += encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

export function ascii(s: string): Uint8Array {
  return encoder.encode(s);
}
