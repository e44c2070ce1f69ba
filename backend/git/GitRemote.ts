// Talking to the workspace's remote: credentials for each request, and what a failure means for the trainer
// (refused credentials, or no answer), as a value the screen shows.
import fs from 'node:fs';
import git, { Errors, type AuthCallback, type HttpClient } from 'isomorphic-git';
import nodeHttp from 'isomorphic-git/http/node';
import type { RemoteProblem } from '../../core/git/gitStatus';
import { GIT_TOKEN_ENV, GIT_USERNAME_ENV, type GitCredentialSource } from './gitCredentials';
import type { Upstream } from './gitHistory';

/** A server that stops answering fails the request after this long, so the trainer is not left waiting forever. */
export const REQUEST_TIMEOUT_MS = 120_000;

export class GitRemote {
  /** The HTTP client for isomorphic-git, each request given up after the timeout. */
  readonly http: HttpClient;

  constructor(
    private readonly credentials: GitCredentialSource,
    timeoutMs = REQUEST_TIMEOUT_MS,
  ) {
    this.http = { request: (request) => nodeHttp.request({ ...request, signal: AbortSignal.timeout(timeoutMs) }) };
  }

  /** isomorphic-git's callbacks: the stored credentials when the server asks, and no retry when it refuses them. */
  async auth(): Promise<{ onAuth: AuthCallback; onAuthFailure: AuthCallback }> {
    const credentials = await this.credentials.read();
    return {
      onAuth: () => (credentials ? { username: credentials.username, password: credentials.token } : { cancel: true }),
      // Wrong credentials are not retried: the trainer is told and can fix them.
      onAuthFailure: () => ({ cancel: true }),
    };
  }

  /** Updates the remote-tracking branch; returns why it could not, if it could not. */
  async fetch(dir: string, upstream: Upstream): Promise<RemoteProblem | undefined> {
    try {
      await git.fetch({ fs, http: this.http, dir, remote: upstream.remote, ref: upstream.remoteBranch, singleBranch: true, tags: false, ...(await this.auth()) });
      return undefined;
    } catch (error) {
      return this.problem(error);
    }
  }

  /** What a failed request means, with what to do about it. */
  problem(error: unknown): RemoteProblem {
    const status = error instanceof Errors.HttpError ? error.data.statusCode : undefined;
    if (error instanceof Errors.UserCanceledError || status === 401 || status === 403) {
      const where =
        this.credentials.kind === 'keychain' ? 'enter a user name and token in the Git settings' : `set ${GIT_USERNAME_ENV} and ${GIT_TOKEN_ENV} before starting the app`;
      return { problem: 'auth-failed', message: `The Git server refused access: ${where}, with a token allowed to read and write the repository.` };
    }
    // Only the request timeout aborts a request.
    const reason = error instanceof Error && ['TimeoutError', 'AbortError'].includes(error.name) ? 'it did not answer in time' : error instanceof Error ? error.message : String(error);
    return { problem: 'unreachable', message: `The Git server could not be reached: ${reason}` };
  }
}
