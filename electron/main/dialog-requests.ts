/**
 * The file dialogs the API asks for. The app answers them with Electron's native
 * dialogs (native-dialogs.ts); the test harness answers them from the test. Each returns
 * null when the person cancels.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveRequest {
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

export interface OpenRequest {
  title: string;
  filters: FileFilter[];
}

export interface FolderRequest {
  title: string;
}

export interface Dialogs {
  chooseSavePath(request: SaveRequest): Promise<string | null>;
  chooseOpenFile(request: OpenRequest): Promise<string | null>;
  chooseFolder(request: FolderRequest): Promise<string | null>;
  /** Opens a file the app wrote in the system's own program for it (a PDF viewer). */
  openFile(filePath: string): Promise<void>;
  /** Shows a file the app wrote in the system's file manager. */
  showInFolder(filePath: string): void;
}
