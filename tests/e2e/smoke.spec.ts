import { operationNames } from '../../src/api/contract';
import { expect, test } from './fixtures';

test('the app opens on the welcome page with the real preload bridge', async ({ app, shot }) => {
  await expect(app.getByRole('heading', { name: 'Welcome to CEU Portfolio' })).toBeVisible();
  const exposed = await app.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort());
  expect(exposed).toEqual([...operationNames, 'on', 'startJob', 'cancelJob'].sort());
  const info = await app.evaluate(async () =>
    (window as unknown as { api: { getAppInfo(i: undefined): Promise<unknown> } }).api.getAppInfo(undefined),
  );
  expect(info).toMatchObject({ ok: true, value: { version: expect.any(String) } });
  await shot('01-welcome');
});
