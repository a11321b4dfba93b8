import { contextBridge, ipcRenderer } from 'electron';
import {
  type WindowApi,
  cancelJobChannel,
  eventChannel,
  ipcChannel,
  jobChannel,
  operationNames,
} from '../../src/api/contract';

/**
 * The bridge, and nothing else: window.api.<operation>(input) invokes the operation's IPC
 * channel, window.api.startJob(name, jobId, input) and cancelJob(jobId) reach the long
 * jobs, and window.api.on(event, listener) hears one kind of event. Checking, parsing
 * and every decision happen in the main process.
 */
const api: Record<string, unknown> = {};
for (const name of operationNames) {
  api[name] = (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input);
}
api.startJob = (name: Parameters<typeof jobChannel>[0], jobId: string, input: unknown) =>
  ipcRenderer.invoke(jobChannel(name), { jobId, input });
api.cancelJob = (jobId: string) => ipcRenderer.invoke(cancelJobChannel, { jobId });
api.on = (event: string, listener: (payload: unknown) => void) => {
  const relay = (_event: unknown, message: { name: string; payload: unknown }) => {
    if (message?.name === event) listener(message.payload);
  };
  ipcRenderer.on(eventChannel, relay);
  return () => {
    ipcRenderer.removeListener(eventChannel, relay);
  };
};

contextBridge.exposeInMainWorld('api', api as WindowApi);
