// Where the LRS key and secret come from. The desktop app keeps them in the OS keychain (Electron safeStorage,
// implemented in electron/); the web host and the CLI read them from the environment, never from a file we write.
export interface LrsCredentials {
  key: string;
  secret: string;
}

export interface CredentialStore {
  /** `keychain`: set from the settings screen; `environment`: PBT_LRS_KEY / PBT_LRS_SECRET, read-only here. */
  readonly source: 'keychain' | 'environment';
  read(): Promise<LrsCredentials | null>;
  /** Only for a `keychain` store; null forgets them. */
  write(credentials: LrsCredentials | null): Promise<void>;
}

export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): CredentialStore {
  return {
    source: 'environment',
    read: async () => (env.PBT_LRS_KEY && env.PBT_LRS_SECRET !== undefined ? { key: env.PBT_LRS_KEY, secret: env.PBT_LRS_SECRET } : null),
    write: async () => {
      throw new Error('The LRS key and secret come from PBT_LRS_KEY and PBT_LRS_SECRET here; set them where the app is started.');
    },
  };
}
