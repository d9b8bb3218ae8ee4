// Preloaded with `node -r` when GNU time is missing: writes the process's
// peak resident memory (KiB) to $BENCH_RSS_FILE as it exits.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
