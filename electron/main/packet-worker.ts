import { parentPort, workerData } from 'node:worker_threads';
import { Portfolio } from '../../src/core/portfolio';
import { createInProcessPacketRunner } from './packet-runner';
import {
  type PacketWorkerCommand,
  type PacketWorkerData,
  type PacketWorkerMessage,
  toWorkerError,
} from './packet-worker-runner';

/**
 * The packet worker: one job per thread. It opens its own connection to the portfolio,
 * does the job, reports progress and the result, and closes the connection.
 */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('packet-worker must run on a worker thread.');
  const data = workerData as PacketWorkerData;
  const send = (message: PacketWorkerMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  const controller = new AbortController();
  const onCommand = (command: PacketWorkerCommand) => {
    if (command.type === 'cancel') controller.abort();
  };
  port.on('message', onCommand);

  let portfolio: Portfolio | null = null;
  try {
    portfolio = Portfolio.open({ dataDir: data.dataDir, nativeBinding: data.nativeBinding });
    const runner = createInProcessPacketRunner(portfolio);
    const task = data.task;
    if (task.op === 'check') {
      send({ type: 'done', value: await runner.check(task.options) });
    } else if (task.op === 'preview') {
      const preview = await runner.preview(task.options);
      send({ type: 'done', value: preview });
    } else {
      const written = await runner.write(task.targetPath, task.options, {
        signal: controller.signal,
        onProgress: (step) => send({ type: 'progress', step }),
      });
      send({ type: 'done', value: written });
    }
  } catch (error) {
    send({ type: 'failed', error: toWorkerError(error) });
  } finally {
    portfolio?.close();
    // Stop listening so the thread ends once the last message has gone out.
    port.off('message', onCommand);
  }
}

void main();
