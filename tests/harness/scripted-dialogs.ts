import type { Dialogs, FolderRequest, OpenRequest, SaveRequest } from '../../electron/main/dialog-requests';

type Asked =
  | { kind: 'save'; request: SaveRequest; answer: string | null }
  | { kind: 'open'; request: OpenRequest; answer: string | null }
  | { kind: 'folder'; request: FolderRequest; answer: string | null }
  | { kind: 'openFile' | 'showInFolder'; path: string };

/**
 * Dialogs answered by the test: queue the answer before the click that opens the
 * dialog. With nothing queued, a dialog is cancelled (null), as a person closing it.
 */
export class ScriptedDialogs implements Dialogs {
  readonly asked: Asked[] = [];
  private readonly saves: (string | null)[] = [];
  private readonly opens: (string | null)[] = [];
  private readonly folders: (string | null)[] = [];

  answerNextSave(filePath: string | null): void {
    this.saves.push(filePath);
  }
  answerNextOpen(filePath: string | null): void {
    this.opens.push(filePath);
  }
  answerNextFolder(folderPath: string | null): void {
    this.folders.push(folderPath);
  }

  async chooseSavePath(request: SaveRequest): Promise<string | null> {
    const answer = this.saves.shift() ?? null;
    this.asked.push({ kind: 'save', request, answer });
    return answer;
  }
  async chooseOpenFile(request: OpenRequest): Promise<string | null> {
    const answer = this.opens.shift() ?? null;
    this.asked.push({ kind: 'open', request, answer });
    return answer;
  }
  async chooseFolder(request: FolderRequest): Promise<string | null> {
    const answer = this.folders.shift() ?? null;
    this.asked.push({ kind: 'folder', request, answer });
    return answer;
  }
  /** Recorded, not opened: the test checks which file the app asked the system to open. */
  async openFile(filePath: string): Promise<void> {
    this.asked.push({ kind: 'openFile', path: filePath });
  }
  showInFolder(filePath: string): void {
    this.asked.push({ kind: 'showInFolder', path: filePath });
  }
}
