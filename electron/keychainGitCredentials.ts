// The desktop app keeps the Git user name and token encrypted by the system keychain (Electron safeStorage:
// Keychain on macOS, DPAPI on Windows, the secret service on Linux), in `<data>/git/credentials.bin`.
// Without a usable keychain, or before any are saved, the environment variables apply as in the web host.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { safeStorage } from 'electron';
import { writeFileAtomically } from '../backend/files/writeFileAtomically';
import { environmentCredentials, type GitCredentials, type GitCredentialSource } from '../backend/git/gitCredentials';

export function keychainGitCredentials(dataDir: string): GitCredentialSource {
  const file = path.join(dataDir, 'git', 'credentials.bin');
  const environment = environmentCredentials();
  if (!safeStorage.isEncryptionAvailable()) return environment;
  return {
    kind: 'keychain',
    read: async () => {
      const sealed = await readFile(file).catch(() => undefined);
      if (!sealed) return environment.read();
      try {
        return JSON.parse(safeStorage.decryptString(sealed)) as GitCredentials;
      } catch {
        // Sealed by another user or machine: as if none were saved.
        return environment.read();
      }
    },
    save: async (credentials) => {
      if (credentials === null) return rm(file, { force: true });
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomically(file, safeStorage.encryptString(JSON.stringify(credentials)));
    },
  };
}
