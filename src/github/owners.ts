/**
 * `owner` fields come from the desired-state file, which is reviewed like code: they are the only
 * source of mentions and review requests. Anything that is not a plain GitHub handle is ignored.
 */

const USER = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
const TEAM = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;

export type Owner =
  | { readonly kind: 'user'; readonly login: string }
  | { readonly kind: 'team'; readonly org: string; readonly slug: string };

export function parseOwner(owner: string | null): Owner | null {
  if (owner === null) return null;
  const text = owner.trim();
  const user = USER.exec(text);
  if (user?.[1] !== undefined) return { kind: 'user', login: user[1] };
  const team = TEAM.exec(text);
  if (team?.[1] !== undefined && team[2] !== undefined) return { kind: 'team', org: team[1], slug: team[2].toLowerCase() };
  return null;
}

/** `@alice` or `@acme/finance` for an owner that is a valid handle; null otherwise. */
export function mentionOf(owner: string | null): string | null {
  const parsed = parseOwner(owner);
  if (parsed === null) return null;
  switch (parsed.kind) {
    case 'user':
      return `@${parsed.login}`;
    case 'team':
      return `@${parsed.org}/${parsed.slug}`;
  }
}

export interface ReviewRequest {
  readonly reviewers: readonly string[];
  readonly teamReviewers: readonly string[];
  /** Owners that cannot be asked for a review here, each with the reason. */
  readonly skipped: readonly string[];
}

/** Users and teams of the repository's organisation to ask for a review; duplicates removed. */
export function reviewRequestFor(owners: readonly (string | null)[], repositoryOwner: string): ReviewRequest {
  const reviewers = new Map<string, string>();
  const teams = new Map<string, string>();
  const skipped = new Set<string>();
  for (const owner of owners) {
    if (owner === null || owner.trim() === '') continue;
    const parsed = parseOwner(owner);
    if (parsed === null) {
      skipped.add(`"${owner}" is not a GitHub user or team handle`);
      continue;
    }
    switch (parsed.kind) {
      case 'user':
        reviewers.set(parsed.login.toLowerCase(), parsed.login);
        break;
      case 'team':
        if (parsed.org.toLowerCase() === repositoryOwner.toLowerCase()) teams.set(parsed.slug, parsed.slug);
        else skipped.add(`team @${parsed.org}/${parsed.slug} belongs to another organisation than ${repositoryOwner}`);
        break;
    }
  }
  return { reviewers: [...reviewers.values()], teamReviewers: [...teams.values()], skipped: [...skipped] };
}
