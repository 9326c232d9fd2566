import { isDesiredStateFile } from '../schemas/desired-state-check.js';
import { loadedConfigFile, type LoadedConfigFile } from './loaded-config.js';
import { readPlainYaml } from './plain-yaml.js';
import { checkSemanticRules } from './semantic-rules.js';

/**
 * A desired-state file written in plain YAML (plain-yaml.ts) that passes the semantic rules and the
 * schema, read without the yaml library; null for any other text, and for any problem: loadConfigText
 * reads those and words the problems. For every text it accepts, the result is loadConfigText's.
 */
export function loadPlainConfigText(text: string, file: string, directory: string | null = null): LoadedConfigFile | null {
  const plain = readPlainYaml(text);
  if (plain === null) return null;
  if (checkSemanticRules(plain.data, (path) => plain.positionOf(path), directory).length > 0) return null;
  if (!isDesiredStateFile(plain.data)) return null;
  return loadedConfigFile(file, plain.data, (path) => plain.positionOf(path));
}
