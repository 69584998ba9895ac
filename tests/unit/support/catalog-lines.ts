import fs from 'node:fs';
import path from 'node:path';

/** An i18next catalog as stored: nested objects of lines. */
export type Catalog = { [key: string]: string | Catalog };

/** A catalog file under `dir/<language>/<namespace>.json`. */
export function readCatalog(dir: string, language: string, namespace: string): Catalog {
  return JSON.parse(
    fs.readFileSync(path.join(dir, language, `${namespace}.json`), 'utf8'),
  ) as Catalog;
}

/** Every line by its dotted key ("planMessage.protection.noHeat"). */
export function flatten(catalog: Catalog, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out[`${prefix}${key}`] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

/** A line's {{placeholders}} and <tags>, sorted: a translation must keep every one. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|<(\/?\w+)\s*\/?>/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .sort();
