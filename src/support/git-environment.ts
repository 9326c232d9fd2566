import type { Environment } from '../ports.js';

/**
 * What git needs from the environment, and nothing else: git and the helpers it may start (hooks,
 * credential helpers, pagers, `GIT_TRACE` output) never see the NetSuite, GitHub or AWS secrets a run holds.
 */
export const PASSED_TO_GIT: readonly string[] = [
  'PATH', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP', 'XDG_CONFIG_HOME', 'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM',
  'SSH_AUTH_SOCK', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy',
  'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL',
];

/** The variables of `env` that git may see, with a fixed locale (its messages are read) and no prompts. */
export function gitEnvironment(env: Environment): Record<string, string> {
  const result: Record<string, string> = { LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };
  for (const name of PASSED_TO_GIT) {
    const value = env[name];
    if (value !== undefined) result[name] = value;
  }
  return result;
}
