/** Where the CLI writes: injectable so a command's text can be checked without a terminal. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /**
   * Overwrites the current stderr line in a terminal (with `detail`, such as "3 of 40");
   * elsewhere (a log file, a script) prints each new `text` once.
   */
  progress(text: string, detail?: string): void;
  endProgress(): void;
}

export function processOutput(): Output {
  let progressShown = false;
  let lastLine = '';
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    progress(text, detail) {
      if (process.stderr.isTTY) {
        process.stderr.write(`\r\x1b[2K${text}${detail ? ` (${detail})` : ''}`);
        progressShown = true;
      } else if (text !== lastLine) {
        process.stderr.write(`${text}\n`);
      }
      lastLine = text;
    },
    endProgress() {
      if (progressShown) process.stderr.write('\n');
      progressShown = false;
    },
  };
}
