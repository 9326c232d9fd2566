import type { GitHubApi } from './github-api.js';
import { ISSUES_WRITE } from './github-api.js';
import { isHttpFailure } from './github-error.js';

export interface LabelSpec {
  readonly name: string;
  /** Six hex digits, no `#`. */
  readonly color: string;
  readonly description: string;
}

export const RESULTS_LABEL: LabelSpec = { name: 'netsuite-tokens', color: '1d76db', description: 'Results of a netsuite-tokens run' };
export const DASHBOARD_LABEL: LabelSpec = { name: 'netsuite-tokens:dashboard', color: 'd93f0b', description: 'NetSuite token changes waiting for an administrator' };

export function accountLabel(account: string): LabelSpec {
  return { name: `netsuite-tokens:${account}`.slice(0, 50), color: 'c5def5', description: `NetSuite account ${account}`.slice(0, 100) };
}

/** Creates the labels that do not exist yet; remembers what it has seen so each is checked once per run. */
export class Labels {
  readonly #api: GitHubApi;
  readonly #known = new Set<string>();

  constructor(api: GitHubApi) {
    this.#api = api;
  }

  async ensure(labels: readonly LabelSpec[]): Promise<void> {
    for (const label of labels) {
      const key = label.name.toLowerCase();
      if (this.#known.has(key)) continue;
      if (!(await this.#exists(label.name))) await this.#create(label);
      this.#known.add(key);
    }
  }

  async #exists(name: string): Promise<boolean> {
    return this.#api.call(ISSUES_WRITE, async () => {
      try {
        await this.#api.octokit.rest.issues.getLabel({ ...this.#api.repository, name });
        return true;
      } catch (error) {
        if (isHttpFailure(error) && error.status === 404) return false;
        throw error;
      }
    });
  }

  async #create(label: LabelSpec): Promise<void> {
    await this.#api.call(ISSUES_WRITE, async () => {
      try {
        await this.#api.octokit.rest.issues.createLabel({ ...this.#api.repository, name: label.name, color: label.color, description: label.description });
      } catch (error) {
        // Another run created it between our check and our create: that is the outcome we wanted.
        if (!(isHttpFailure(error) && error.status === 422)) throw error;
      }
    });
  }
}
