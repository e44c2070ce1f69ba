// The LRS key and secret in the desktop app: encrypted with the OS keychain (Electron safeStorage) into the data
// folder, so they are never on disk in clear. Where the OS offers no keychain, the environment's are used.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { safeStorage } from 'electron';
import { environmentCredentials, type CredentialStore, type LrsCredentials } from '../backend/records/lrsCredentials';
import { RECORDS_FOLDER } from '../backend/records/Outbox';
import { writeFileAtomically } from '../backend/files/writeFileAtomically';

export function lrsKeychain(dataDir: string): CredentialStore {
  if (!safeStorage.isEncryptionAvailable()) return environmentCredentials();
  const file = path.join(dataDir, RECORDS_FOLDER, 'credentials.bin');
  return {
    source: 'keychain',
    async read() {
      const sealed = await readFile(file).catch(() => null);
      if (!sealed) return null;
      try {
        return JSON.parse(safeStorage.decryptString(sealed)) as LrsCredentials;
      } catch {
        // Sealed by another user or machine (a copied data folder): the learner enters them again.
        return null;
      }
    },
    async write(credentials) {
      if (credentials === null) return rm(file, { force: true });
      return writeFileAtomically(file, safeStorage.encryptString(JSON.stringify(credentials)));
    },
  };
}
