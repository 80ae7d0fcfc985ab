/**
 * The api and the worker run with a fixed glibc mmap threshold (the Dockerfile sets the same). By default glibc raises
 * the threshold, up to 32 MB, each time a large block is freed; from then on large buffers (big query parameters and
 * results, pipelined Redis writes) come from the heap, and freed memory stays with the process: in the soak the
 * worker's RSS grew ~3 MB per 1,000-recipient digest round while its V8 heap stayed flat. With the threshold fixed at
 * glibc's default of 128 KB, large buffers are mapped and unmapped on their own and RSS stays level (RELIABILITY.md).
 */
export const ALLOCATOR_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' };
