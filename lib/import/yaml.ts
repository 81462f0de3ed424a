// YAML read with the `yaml` package: maintained, pure JavaScript, YAML 1.2, and its errors carry line and column.
import { parse, YAMLParseError } from 'yaml';
import { FieldError } from './errors';

export function parseYaml(text: string): unknown {
  try {
    return parse(text, { prettyErrors: false, maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      throw new FieldError(
        pos ? `line ${pos.line}, column ${pos.col}` : 'YAML',
        `broken YAML: ${error.message.split('\n')[0]}`,
      );
    }
    throw error;
  }
}

export type YamlMap = Record<string, unknown>;

export const isMap = (value: unknown): value is YamlMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scalar as text ("00172" stays a string; 300018 becomes "300018"); null when absent or empty. */
export function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

export function requireText(map: YamlMap, key: string, where: string): string {
  const value = scalar(map[key]);
  if (!value) throw new FieldError(`${where}.${key}`, `required field "${key}" is missing or empty`);
  return value;
}
