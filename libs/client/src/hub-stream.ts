import type { HubEventDto } from '@hubspoke/contracts';

/**
 * The events of one hub, applied exactly once and in seq order whatever order they arrive in (live, join reply,
 * HTTP catch-up): a duplicate or an already applied seq is dropped, an early one waits in a buffer for the seqs
 * before it. It knows which seqs are missing; fetching them is the caller's job.
 */
export class HubStream {
  private readonly buffer = new Map<number, HubEventDto>();
  private base: number | null;
  private head = 0;
  private held = false;

  /** `lastSeq`: the last seq already applied, or null until the server says where the hub is. */
  constructor(
    lastSeq: number | null,
    private readonly apply: (event: HubEventDto) => void,
  ) {
    this.base = lastSeq;
  }

  /** The last seq applied, or null before the first join reply. */
  get lastSeq(): number | null {
    return this.base;
  }

  /** Sets where the hub is on a first join; earlier buffered events are dropped. */
  start(lastSeq: number): void {
    if (this.base === null) this.reset(lastSeq);
  }

  /** Jumps to `lastSeq` after a resync (the app refetched the state at that seq or later). */
  reset(lastSeq: number): void {
    this.base = lastSeq;
    for (const seq of this.buffer.keys()) if (seq <= lastSeq) this.buffer.delete(seq);
    this.drain();
  }

  push(events: readonly HubEventDto[]): void {
    for (const event of events) {
      if (this.base === null || event.seq > this.base) this.buffer.set(event.seq, event);
      this.head = Math.max(this.head, event.seq);
    }
    this.drain();
  }

  /** Notes that the hub has reached `seq` (from `hub:head`), so anything up to it not yet seen is missing. */
  noteHead(seq: number): void {
    this.head = Math.max(this.head, seq);
  }

  /** Buffers without applying, while the app refetches its state. */
  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    this.drain();
  }

  /** True when a later seq is known but the ones before it have not arrived. */
  get hasGap(): boolean {
    return this.base !== null && !this.held && this.head > this.base;
  }

  private drain(): void {
    if (this.base === null || this.held) return;
    for (let next = this.buffer.get(this.base + 1); next; next = this.buffer.get(this.base + 1)) {
      this.buffer.delete(next.seq);
      this.base = next.seq;
      this.apply(next);
    }
  }
}
