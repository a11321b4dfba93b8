import { beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmLinkMessage, decideExternalLink } from '../../electron/main/external-links';
import { FakeWebContents, electronStandIn } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

const { guardWebContents } = await import('../../electron/main/window-security');

describe('which links open in the browser', () => {
  it.each([
    'https://www.aama-ntl.org/cma-aama/recertify',
    'https://americanmedtech.org/',
    'https://www.nhanow.com/certifications',
    'https://www.ncctinc.com/',
    'https://www.amca1.org/',
    'https://www.reliasacademy.com/rls/store/browse',
  ])('opens %s straight away', (url) => {
    expect(decideExternalLink(url)).toEqual({ action: 'open', url });
  });

  it.each([
    'https://example.com/',
    'https://aama-ntl.org.example.com/',
    'https://evilaama-ntl.org/',
    'https://aama-ntl.org@example.com/',
    'https://www.aama-ntl.org:8443/',
  ])('asks first for %s', (url) => {
    expect(decideExternalLink(url).action).toBe('confirm');
  });

  it.each([
    'http://www.aama-ntl.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'certificate://ab',
    'app://portfolio/',
    'not a url',
  ])('never opens %s', (url) => {
    expect(decideExternalLink(url)).toEqual({ action: 'refuse' });
  });

  it('shows the full address in the question, with Cancel as the default', () => {
    const message = confirmLinkMessage('https://example.com/a?b=c');
    expect(message.detail).toContain('https://example.com/a?b=c');
    expect(message.buttons[message.defaultId]).toBe('Cancel');
    expect(message.cancelId).toBe(message.defaultId);
  });
});

describe('the window opening a link', () => {
  beforeEach(() => {
    electronStandIn.shell.openExternal.mockClear();
    electronStandIn.dialog.showMessageBox.mockClear();
  });
  const open = (url: string) => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never);
    return contents.windowOpenHandler!({ url });
  };

  it('opens an unknown site only after the person agrees', async () => {
    expect(open('https://example.com/course')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electronStandIn.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(electronStandIn.shell.openExternal).not.toHaveBeenCalled();

    electronStandIn.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    open('https://example.com/course');
    await vi.waitFor(() =>
      expect(electronStandIn.shell.openExternal).toHaveBeenCalledWith('https://example.com/course'),
    );
  });

  it('opens a certifying body without asking', async () => {
    open('https://www.amca1.org/');
    await vi.waitFor(() =>
      expect(electronStandIn.shell.openExternal).toHaveBeenCalledWith('https://www.amca1.org/'),
    );
    expect(electronStandIn.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
