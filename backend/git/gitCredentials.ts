// Where the user name and token for the workspace's Git remote come from: the system keychain in the desktop
// app (electron/), the environment for the web host and the CLI. Never stored in plain text by the app.
export interface GitCredentials {
  username: string;
  token: string;
}

export interface GitCredentialSource {
  kind: 'keychain' | 'environment';
  read(): Promise<GitCredentials | undefined>;
  /** Only the keychain can keep credentials the trainer types in; `null` forgets them. */
  save?(credentials: GitCredentials | null): Promise<void>;
}

export const GIT_USERNAME_ENV = 'PBT_GIT_USERNAME';
export const GIT_TOKEN_ENV = 'PBT_GIT_TOKEN';

/** `PBT_GIT_USERNAME` and `PBT_GIT_TOKEN` (a token alone is sent with the user name `git`, as most hosts accept). */
export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): GitCredentialSource {
  return {
    kind: 'environment',
    read: async () => {
      const token = env[GIT_TOKEN_ENV];
      if (!token) return undefined;
      return { username: env[GIT_USERNAME_ENV] || 'git', token };
    },
  };
}
