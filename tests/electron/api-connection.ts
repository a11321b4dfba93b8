import path from 'node:path';
import { expect } from 'vitest';
import {
  type ApiResult,
  type EventName,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  ipcChannel,
  operations,
} from '../../src/api/contract';
import { Portfolio } from '../../src/core/portfolio';
import { createApiHandlers } from '../../electron/main/api-handlers';
import { type ApiInvokeEvent, bindApi } from '../../electron/main/bind-api';
import { type PacketRunner, createInProcessPacketRunner } from '../../electron/main/packet-runner';
import { ScriptedDialogs } from '../harness/scripted-dialogs';

const appPage = 'file:///app/out/renderer/index.html';

/**
 * The real handlers on a real portfolio, reached the way the window reaches them:
 * through bindApi's IPC handlers (sender check, input parsing, error boundary). Every
 * successful answer is also checked against the operation's output schema.
 */
export function connect(
  dataDir: string,
  options: { packets?: (portfolio: Portfolio) => PacketRunner; now?: () => Date } = {},
) {
  const portfolio = Portfolio.open({ dataDir, now: options.now });
  const dialogs = new ScriptedDialogs();
  const events: { name: EventName; payload: unknown }[] = [];
  const eventListeners: ((name: string, payload: unknown) => void)[] = [];
  const ipc = new Map<string, (event: ApiInvokeEvent, input: unknown) => Promise<unknown>>();
  const log: { context: string; error: unknown }[] = [];
  const handlers = createApiHandlers({
    portfolio,
    appVersion: '9.9.9',
    dialogs,
    emit: (name, payload) => {
      events.push({ name, payload });
      for (const listener of eventListeners) listener(name, payload);
    },
    sampleDir: path.resolve('resources/sample'),
    packets: (options.packets ?? createInProcessPacketRunner)(portfolio),
  });
  bindApi(
    {
      handle: (channel, listener) => void ipc.set(channel, listener),
      removeHandler: (channel) => void ipc.delete(channel),
    },
    handlers,
    { isTrustedSender: (url) => url === appPage, log: (context, error) => log.push({ context, error }) },
  );

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

  return {
    portfolio,
    dialogs,
    events,
    log,
    call,
    failure,
    result,
    onEvent: (listener: (name: string, payload: unknown) => void) => eventListeners.push(listener),
    close: () => portfolio.close(),
  };
}
