import path from 'node:path';
import { expect } from 'vitest';
import {
  type ApiResult,
  type EventName,
  type JobInput,
  type JobName,
  type JobResult,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  cancelJobChannel,
  ipcChannel,
  jobChannel,
  jobs,
  operations,
} from '../../src/api/contract';
import { type CoreJobContext, type CoreJobRunner, createInProcessJobRunner } from '../../src/core/jobs';
import { Portfolio } from '../../src/core/portfolio';
import { createApiHandlers, createJobHandlers } from '../../electron/main/api-handlers';
import { type ApiInvokeEvent, bindApi } from '../../electron/main/bind-api';
import { bindJobs } from '../../electron/main/bind-jobs';
import { ScriptedDialogs } from '../harness/scripted-dialogs';

const appPage = 'file:///app/out/renderer/index.html';

/**
 * The real handlers on a real portfolio, reached the way the window reaches them:
 * through bindApi's IPC handlers (sender check, input parsing, error boundary). Every
 * successful answer is also checked against the operation's output schema.
 */
export function connect(
  dataDir: string,
  options: { jobs?: (context: CoreJobContext) => CoreJobRunner; now?: () => Date } = {},
) {
  const portfolio = Portfolio.open({ dataDir, now: options.now });
  const dialogs = new ScriptedDialogs();
  const events: { name: EventName; payload: unknown }[] = [];
  const eventListeners: ((name: string, payload: unknown) => void)[] = [];
  const ipc = new Map<string, (event: ApiInvokeEvent, input: unknown) => Promise<unknown>>();
  const log: { context: string; error: unknown }[] = [];
  const emit = (name: EventName, payload: unknown) => {
    events.push({ name, payload });
    for (const listener of eventListeners) listener(name, payload);
  };
  const context = {
    portfolio,
    appVersion: '9.9.9',
    dialogs,
    emit,
    sampleDir: path.resolve('resources/sample'),
    jobs: (options.jobs ?? createInProcessJobRunner)({ dataDir }),
  };
  const transport = {
    handle: (channel: string, listener: (event: ApiInvokeEvent, input: unknown) => Promise<unknown>) =>
      void ipc.set(channel, listener),
    removeHandler: (channel: string) => void ipc.delete(channel),
  };
  const bindOptions = {
    isTrustedSender: (url: string) => url === appPage,
    log: (context: string, error: unknown) => log.push({ context, error }),
  };
  bindApi(transport, createApiHandlers(context), bindOptions);
  bindJobs(transport, createJobHandlers(context), { ...bindOptions, emit });

  async function result<K extends OperationName>(
    name: K,
    input: OperationInput<K>,
  ): Promise<ApiResult<OperationOutput<K>>> {
    const answer = (await ipc.get(ipcChannel(name))!({ senderFrame: { url: appPage } }, input)) as ApiResult<
      OperationOutput<K>
    >;
    if (answer.ok) {
      const checked = operations[name].output.safeParse(answer.value);
      expect(checked.success, `${name} output matches the contract: ${checked.error?.message ?? ''}`).toBe(
        true,
      );
    }
    return answer;
  }

  /** The value, or a test failure naming the error. */
  async function call<K extends OperationName>(
    name: K,
    input: OperationInput<K>,
  ): Promise<OperationOutput<K>> {
    const answer = await result(name, input);
    if (!answer.ok) throw new Error(`${name} failed: ${answer.error.code} ${answer.error.message}`);
    return answer.value;
  }

  /** The error of a call expected to fail. */
  async function failure<K extends OperationName>(name: K, input: OperationInput<K>) {
    const answer = await result(name, input);
    if (answer.ok)
      throw new Error(`${name} was expected to fail but returned ${JSON.stringify(answer.value)}`);
    return answer.error;
  }

  /** Starts a long job as the window does, and resolves with its answer once it ends (result checked against the contract). */
  async function job<K extends JobName>(
    name: K,
    jobId: string,
    input: JobInput<K>,
  ): Promise<ApiResult<JobResult<K>>> {
    const answer = (await ipc.get(jobChannel(name))!(
      { senderFrame: { url: appPage } },
      { jobId, input },
    )) as ApiResult<JobResult<K>>;
    if (answer.ok) {
      const checked = jobs[name].result.safeParse(answer.value);
      expect(checked.success, `${name} result matches the contract: ${checked.error?.message ?? ''}`).toBe(
        true,
      );
    }
    return answer;
  }

  const cancelJob = (jobId: string) =>
    ipc.get(cancelJobChannel)!({ senderFrame: { url: appPage } }, { jobId });

  return {
    portfolio,
    dialogs,
    events,
    log,
    call,
    failure,
    result,
    job,
    cancelJob,
    onEvent: (listener: (name: string, payload: unknown) => void) => eventListeners.push(listener),
    close: () => portfolio.close(),
  };
}

/** A job's value, or a test failure naming its error. */
export async function jobValue<T>(answer: Promise<ApiResult<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`The job failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The error of a job expected to fail. */
export async function jobError<T>(answer: Promise<ApiResult<T>>) {
  const result = await answer;
  if (result.ok) throw new Error(`The job was expected to fail but returned ${JSON.stringify(result.value)}`);
  return result.error;
}
