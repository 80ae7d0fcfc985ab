// Preloaded (NODE_OPTIONS=--expose-gc --require …) into a measured server: SIGWINCH runs a full GC, so the bench can
// read a settled RSS from /proc without touching the server's code. Not SIGUSR2: NestJS's enableShutdownHooks() shuts
// the app down on it. SIGWINCH's default action is to ignore it, so a process without this hook is unharmed.
process.on('SIGWINCH', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
});
