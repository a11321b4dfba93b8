import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import type { Dialogs } from '../../electron/main/dialog-requests';

/**
 * Dialogs for `npm run preview:web`, where there is no native file picker: saving goes
 * to the data folder's exports/ (the path is printed), and choosing a file to open asks
 * for its path in the terminal that runs the preview.
 */
export function createPreviewDialogs(dataDir: string): Dialogs {
  const exportsDir = path.join(dataDir, 'exports');
  return {
    async chooseSavePath({ defaultName }) {
      fs.mkdirSync(exportsDir, { recursive: true });
      const target = path.join(exportsDir, defaultName);
      console.log(`Saving to ${target}`);
      return target;
    },
    async chooseFolder() {
      fs.mkdirSync(exportsDir, { recursive: true });
      console.log(`Exporting into ${exportsDir}`);
      return exportsDir;
    },
    async chooseOpenFile({ title }) {
      if (!process.stdin.isTTY) {
        console.log(`${title}: no terminal to ask in, so this was cancelled.`);
        return null;
      }
      const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
      try {
        const answer = (
          await prompt.question(`${title}\nType the file's full path (or press Enter to cancel): `)
        ).trim();
        return answer === '' ? null : path.resolve(answer.replace(/^["']|["']$/g, ''));
      } finally {
        prompt.close();
      }
    },
    async openFile(filePath) {
      console.log(`Open this file to see it: ${filePath}`);
    },
    showInFolder(filePath) {
      console.log(`The file is in ${path.dirname(filePath)}`);
    },
  };
}
