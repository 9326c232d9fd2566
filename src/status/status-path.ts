/** `netsuite-tokens.yaml` → `netsuite-tokens.status.yaml`, next to the config. */
export function statusPathFor(configPath: string): string {
  return configPath.replace(/(\.ya?ml)?$/i, '.status.yaml');
}
