import type { HubEventDto } from '@hubspoke/contracts';
import { HubStream } from '@hubspoke/client';
import fc from 'fast-check';

const event = (seq: number): HubEventDto => ({
  hubId: 'h',
  seq,
  type: 'task.deleted',
  actorId: null,
  entityId: 'e',
  payload: { id: 'e' },
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** The client's sequencing logic alone (libs/client): exactly once, in order, gaps known. */
describe('HubStream', () => {
  const stream = (lastSeq: number | null) => {
    const applied: number[] = [];
    return { applied, stream: new HubStream(lastSeq, (e) => applied.push(e.seq)) };
  };

  it('applies any arrival order with duplicates exactly once, in seq order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 120 }),
        fc.integer({ min: 0, max: 5 }),
        (arrivals, base) => {
          const { applied, stream: s } = stream(base);
          for (const seq of arrivals) s.push([event(seq)]);
          const expected: number[] = [];
          for (let seq = base + 1; arrivals.includes(seq); seq++) expected.push(seq);
          expect(applied).toEqual(expected);
          expect(s.lastSeq).toBe(expected.at(-1) ?? base);
          expect(s.hasGap).toBe(arrivals.some((seq) => seq > (expected.at(-1) ?? base)));
        },
      ),
    );
  });

  it('buffers everything until a first join says where the hub is', () => {
    const { applied, stream: s } = stream(null);
    s.push([event(5), event(4), event(7)]);
    expect(applied).toEqual([]);
    expect(s.hasGap).toBe(false);
    s.start(4);
    expect(applied).toEqual([5]);
    expect(s.hasGap).toBe(true);
  });

  it('knows a gap from an announced head', () => {
    const { stream: s } = stream(3);
    expect(s.hasGap).toBe(false);
    s.noteHead(3);
    expect(s.hasGap).toBe(false);
    s.noteHead(4);
    expect(s.hasGap).toBe(true);
  });

  it('holds events during a resync, then jumps and applies what follows', () => {
    const { applied, stream: s } = stream(1);
    s.hold();
    s.push([event(2), event(9), event(11)]);
    s.reset(9);
    expect(applied).toEqual([]);
    s.push([event(10)]);
    s.release();
    expect(applied).toEqual([10, 11]);
    expect(s.lastSeq).toBe(11);
  });
});
