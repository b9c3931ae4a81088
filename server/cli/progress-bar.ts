/**
 * A one-line progress bar on stderr: redrawn in place on a terminal; elsewhere (pipes,
 * logs) a plain line at every tenth of the way, so captured output stays short.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return {
    update(done: number, total: number, detail = ''): void {
      const fraction = total > 0 ? done / total : 1;
      const text = `${label} ${done}/${total}${detail ? ` ${detail}` : ''}`;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}\u001b[K`);
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${text}\n`);
    },
    end(): void {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
