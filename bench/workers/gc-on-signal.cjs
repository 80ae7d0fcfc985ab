// Preloaded (NODE_OPTIONS=--expose-gc --require …) into a measured server: SIGWINCH runs a full GC, so the bench can
// read a settled RSS from /proc without touching the server's code. Not SIGUSR2: NestJS's enableShutdownHooks() shuts
// the app down on it. SIGWINCH's default action is to ignore it, so a process without this hook is unharmed.
// With BENCH_GC_REPORT_DIR set, each GC also writes the process's memoryUsage() to <dir>/<pid>.json (the V8 heap
// after the GC, which RSS alone does not tell apart from memory the allocator keeps).
const { writeFileSync } = process.getBuiltinModule('node:fs');
const { join } = process.getBuiltinModule('node:path');

process.on('SIGWINCH', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  const dir = process.env.BENCH_GC_REPORT_DIR;
  if (dir) writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(process.memoryUsage()));
});
