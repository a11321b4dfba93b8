import fs from 'node:fs';
import path from 'node:path';

export type ErrorLog = (context: string, error: unknown) => void;

/**
 * Where unexpected errors go: the console and a log file in the data folder, so a person
 * who reports a problem can send the file. The window only ever sees a plain message.
 */
export function createErrorLog(dataDir: string | null): ErrorLog {
  const file = dataDir ? path.join(dataDir, 'logs', 'errors.log') : null;
  return (context, error) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`[${context}]`, detail);
    if (!file) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.appendFileSync(file, `${new Date().toISOString()} [${context}] ${detail}\n`);
    } catch {
      // A log that cannot be written must not turn one error into two.
    }
  };
}
