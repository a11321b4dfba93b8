import type { ApiContext } from './api-context';

/**
 * The files the app itself wrote for the person in this session (packets). "Open the
 * packet" and "Show in folder" work only on these: the window cannot ask the system to
 * open any path it likes.
 */
const written = new WeakMap<ApiContext, Set<string>>();

export function rememberWritten(ctx: ApiContext, filePath: string): void {
  let files = written.get(ctx);
  if (!files) written.set(ctx, (files = new Set()));
  files.add(filePath);
}

export function wasWritten(ctx: ApiContext, filePath: string): boolean {
  return written.get(ctx)?.has(filePath) ?? false;
}
