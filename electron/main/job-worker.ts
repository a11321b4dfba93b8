import { parentPort, workerData } from 'node:worker_threads';
import { isCoreJobName, runCoreJob } from '../../src/core/jobs';
import { setPacketFontsDirectory } from '../../src/core/packet';
import {
  type JobWorkerCommand,
  type JobWorkerData,
  type JobWorkerMessage,
  toWorkerError,
} from './worker-job-runner';

/**
 * A job worker: one core job per thread. It runs the job by name, relays its progress,
 * hears a cancel, and posts the result or the error as plain data.
 */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('job-worker must run on a worker thread.');
  const data = workerData as JobWorkerData;
  const send = (message: JobWorkerMessage) => port.postMessage(message);
  const controller = new AbortController();
  const onCommand = (command: JobWorkerCommand) => {
    if (command.type === 'cancel') controller.abort();
  };
  port.on('message', onCommand);
  try {
    if (data.fontsDir) setPacketFontsDirectory(data.fontsDir);
    if (!isCoreJobName(data.name)) throw new Error(`No core job named "${String(data.name)}".`);
    const value = await runCoreJob(data.context, data.name, data.input as never, {
      signal: controller.signal,
      onProgress: (progress) => send({ type: 'progress', progress }),
    });
    send({ type: 'done', value });
  } catch (error) {
    send({ type: 'failed', error: toWorkerError(error) });
  } finally {
    // Stop listening so the thread ends once the last message has gone out.
    port.off('message', onCommand);
  }
}

void main();
