/**
 * Messages by language. English is the key source and always loaded; Chinese is loaded only when
 * the interface or an archive's texts need it (start-up is part of the product). Data (JSON, NDJSON,
 * TSV), exit codes, option names and enum values never pass through here.
 */
import * as englishAreas from './en.js';
import type { Translation } from './messages.js';

export type Language = 'en' | 'zh-CN';

type EnglishAreas = typeof englishAreas;

/** A language's module (en.ts, zh-CN.ts): every English area, in that language; the compiler checks each. */
export type CatalogueAreas = { [Area in keyof EnglishAreas]: Translation<EnglishAreas[Area]> };

/** The areas' union read as their intersection: one object type holding every area's keys. */
type AllOf<Union> = (Union extends unknown ? (area: Union) => void : never) extends (area: infer All) => void
  ? All
  : never;

/** Every message by key: the English areas merged. */
export type Catalogue = AllOf<EnglishAreas[keyof EnglishAreas]>;
export type MessageKey = keyof Catalogue;

/** A language's messages by key: the areas its module exports, merged (areas never share a key). */
export function catalogueOf(areas: CatalogueAreas): Catalogue {
  return Object.assign({}, ...Object.values(areas)) as Catalogue;
}

const en = catalogueOf(englishAreas);

/** A message's parameters: none for a plain string, the function's argument otherwise. */
export type MessageParams<K extends MessageKey> = Catalogue[K] extends (params: infer P) => string ? [params: P] : [];

/** A catalogue's lookup: the message for a key, its placeholders filled in. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

const loaded: Partial<Record<Language, Catalogue>> = { en };

async function catalogue(language: Language): Promise<Catalogue> {
  return (loaded[language] ??= catalogueOf(await import('./zh-CN.js')));
}

function lookup(messages: Catalogue): Translate {
  return (key, ...params) => {
    const message = messages[key] as string | ((params: unknown) => string);
    return typeof message === 'function' ? message(params[0]) : message;
  };
}

/** "zh_CN.UTF-8", "zh-TW", "zh" → zh-CN; anything else (en_GB, C, POSIX) → English; empty → undefined. */
export function languageOf(tag: string | undefined): Language | undefined {
  if (!tag?.trim()) return undefined;
  return /^zh\b|^zh[_-]/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

/** The interface language: $ARCA_LANG, else the POSIX order LC_ALL, LC_MESSAGES, LANG; English by default. */
export function languageFromEnv(vars: NodeJS.ProcessEnv): Language {
  for (const name of ['ARCA_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const language = languageOf(vars[name]);
    if (language) return language;
  }
  return 'en';
}

/** English, at hand without waiting: the default of writers that take a language, and what data keeps. */
export const english: Translate = lookup(en);

let active: Translate = english;
let activeLanguage: Language = 'en';

/** Makes `language` the one `t` speaks; main() calls it once per run, before any message is built. */
export async function useLanguage(language: Language): Promise<void> {
  active = lookup(await catalogue(language));
  activeLanguage = language;
}

/** The interface language in use (what the person at the terminal reads). */
export function interfaceLanguage(): Language {
  return activeLanguage;
}

/** A message in the interface language. */
export const t: Translate = (key, ...params) => active(key, ...params);

/** The lookup for texts written for others in a given language (exports, letters, calendars). */
export async function translator(language: Language): Promise<Translate> {
  return lookup(await catalogue(language));
}
