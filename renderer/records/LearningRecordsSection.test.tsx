import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api/contract';
import type { RecordsStatus } from '../../core/records/recordsStatus';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { I18nProvider } from '../i18n/I18nContext';
import { ApiProvider } from '../state/ApiContext';
import { SessionContext } from '../state/SessionContext';
import { ToastProvider } from '../state/ToastContext';
import { fakeApi, testSession } from '../testing/renderWithApi';
import { LearningRecordsSection } from './LearningRecordsSection';

const status = (overrides: Partial<RecordsStatus> = {}): RecordsStatus => ({
  settings: { endpoint: 'https://lrs.example.com/xapi/', activityBase: 'https://example.com/activities' },
  endpointSource: 'settings',
  credentials: { source: 'keychain', set: false },
  queued: 2,
  sent: 5,
  refused: 0,
  lastError: null,
  lastErrorAt: null,
  lastSentAt: null,
  retryAt: null,
  ...overrides,
});

function renderSection(methods: Partial<Api>, updateProfile = vi.fn(async () => undefined)) {
  render(
    <ApiProvider api={fakeApi(methods)}>
      <I18nProvider lang="en">
        <SessionContext.Provider value={{ ...testSession, updateProfile }}>
          <ToastProvider dismissLabel="Dismiss">
            <LearningRecordsSection />
          </ToastProvider>
        </SessionContext.Provider>
      </I18nProvider>
    </ApiProvider>,
  );
  return updateProfile;
}

afterEach(cleanup);

describe('LearningRecordsSection', () => {
  it('shows the counts and the last error, and saves the endpoint with the key and secret for the keychain', async () => {
    const saveRecordsSettings = vi.fn(async () => status({ credentials: { source: 'keychain', set: true } }));
    renderSection({ recordsStatus: async () => status({ lastError: 'The LRS refused the key and secret (401).' }), saveRecordsSettings });
    expect(await screen.findByText('2 statements waiting · 5 sent')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('refused the key and secret (401)');
    await userEvent.type(screen.getByLabelText('Key'), 'rep-key');
    await userEvent.type(screen.getByLabelText('Secret'), 's3cret');
    await userEvent.click(screen.getByRole('button', { name: 'Save LRS settings' }));
    expect(saveRecordsSettings).toHaveBeenCalledWith({ endpoint: 'https://lrs.example.com/xapi/', activityBase: 'https://example.com/activities', key: 'rep-key', secret: 's3cret' });
    await waitFor(() => expect((screen.getByLabelText('Secret') as HTMLInputElement).value).toBe(''));
  });

  it('with credentials from the environment, asks for no key or secret and says where they come from', async () => {
    renderSection({ recordsStatus: async () => status({ endpointSource: 'environment', credentials: { source: 'environment', set: true } }) });
    expect(await screen.findByText(/come from PBT_LRS_KEY and PBT_LRS_SECRET/)).toBeTruthy();
    expect(screen.queryByLabelText('Key')).toBeNull();
  });

  it('tests the connection and shows what the LRS said', async () => {
    const testLrsConnection = vi.fn(async () => ({ ok: false, versions: [], message: 'The LRS refused the key and secret (401).' }));
    renderSection({ recordsStatus: async () => status(), testLrsConnection });
    await userEvent.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect((await screen.findByTestId('records-test')).textContent).toBe('The LRS refused the key and secret (401).');
  });

  it('shows the queued statements exactly as they will be sent', async () => {
    const statement = { id: 'abc', verb: { id: 'http://adlnet.gov/expapi/verbs/answered' } } as unknown as XapiStatement;
    renderSection({ recordsStatus: async () => status(), queuedStatements: async () => ({ statements: [statement], total: 1 }) });
    await userEvent.click(await screen.findByText('What is sent'));
    const json = await screen.findByTestId('records-queued');
    expect(JSON.parse(json.textContent!)).toEqual([statement]);
  });

  it("saves the learner's e-mail as their xAPI identity", async () => {
    const updateProfile = renderSection({ recordsStatus: async () => status() });
    await userEvent.click(await screen.findByRole('radio', { name: 'E-mail' }));
    await userEvent.type(screen.getByLabelText('E-mail address'), 'li.wei@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save identity' }));
    expect(updateProfile).toHaveBeenCalledWith({ xapiActor: { mbox: 'li.wei@example.com' } });
  });
});
