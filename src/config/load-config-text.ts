import type { ConfigProblem } from '../support/errors.js';
import { loadedConfigFile, type FileLoad } from './loaded-config.js';
import { parseYaml } from './parse-yaml.js';
import { checkAgainstSchema } from './schema-validator.js';
import { checkSemanticRules } from './semantic-rules.js';

/**
 * Parses and checks desired-state YAML text with the yaml library, reporting every problem at its
 * line and column; `file` is only used to label problems. `directory` is the file's own, which `file`
 * deliver targets are relative to; without it, two targets are found to be one file only when both
 * paths are relative or both absolute. Reads any YAML: loadConfigFile comes here only for what the
 * plain reader leaves (plain-config.ts).
 */
export function loadConfigText(text: string, file: string, directory: string | null = null): FileLoad {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { source, data, repeatedKeys } = parsed;
  const semantic = checkSemanticRules(data, (path) => source.positionOf(path), directory);
  const schema = checkAgainstSchema(data);
  if (!schema.valid || semantic.length > 0 || repeatedKeys.length > 0) {
    const problems = [...semantic, ...(schema.valid ? [] : schema.problems)];
    return { ok: false, problems: byPosition([...repeatedKeys, ...problems.map((problem) => source.locate(problem))]) };
  }
  return { ok: true, loaded: loadedConfigFile(file, schema.file, (path) => source.positionOf(path)) };
}

function byPosition(problems: readonly ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
