/**
 * Preloaded into the rebuild process (`node --import`): at exit it prints its CPU seconds and
 * peak RSS as the last stderr line, so the benchmark measures the real `hechuang topics rebuild`.
 */
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `\nUSAGE ${JSON.stringify({ cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakRssMiB: usage.maxRSS / 1024 })}\n`,
  );
});
