/**
 * Why GitHub would refuse an Actions secret name, or null when it accepts it. GitHub's rules: letters,
 * digits and underscores only, not starting with a digit, not starting with `GITHUB_`; names are not
 * case-sensitive (GitHub stores them upper-case), so the prefix is checked in any case.
 */
export function gitHubSecretNameProblem(name: string): string | null {
  if (name === '') return 'it is empty';
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'it may contain only letters, digits and underscores';
  if (/^[0-9]/.test(name)) return 'it may not start with a digit';
  if (/^GITHUB_/i.test(name)) return 'names starting with GITHUB_ are reserved by GitHub';
  return null;
}
