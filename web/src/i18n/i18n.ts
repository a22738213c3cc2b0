// The app's words in the person's language (SPEC §3.11): ICU messages (plural, select) through FormatJS's
// intl-messageformat, one catalog per language in web/lang, loaded when a language is first used.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { IntlMessageFormat } from 'intl-messageformat';

export type Language = 'en' | 'de' | 'fr' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es'];
/** Each language by its own name (CLDR's convention for a language menu): never translated. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' };

/** A message as written in the source: the English text, and a note for translators (extracted to web/lang/en.json). */
export interface Message {
  id: string;
  defaultMessage: string;
  description?: string;
}

export type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** Each message's text by its id (vite.config.ts leaves the translators' notes out of the chunk). */
type Catalog = Record<string, string>;
// English is the source's own text; another language's catalog is a chunk of its own, fetched on first use
const catalogs: Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>> = {
  de: () => import('../../lang/de.json'),
  fr: () => import('../../lang/fr.json'),
  es: () => import('../../lang/es.json'),
};

let language: Language = 'en';
let messages: Catalog = {};
let locale = 'en';
const formats = new Map<string, IntlMessageFormat>();

/** The sentence in the current language, its placeholders filled. */
export function t(message: Message, values?: Values): string {
  let format = formats.get(message.id);
  if (!format) {
    format = new IntlMessageFormat(messages[message.id] ?? message.defaultMessage, language);
    formats.set(message.id, format);
  }
  return String(format.format(values as Record<string, string | number | boolean | Date | null>));
}

export function currentLanguage(): Language {
  return language;
}

/** A language the app speaks for a BCP 47 tag (`de-AT` reads German), or undefined. */
export function supported(tag: string | null | undefined): Language | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
}

/** The person's choice, else the first of the browser's languages the app speaks, else the organization's. */
export function preferredLanguage(chosen?: string | null, organizationDefault?: string | null,
  browser: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  return supported(chosen) ?? browser.map(supported).find(Boolean) ?? supported(organizationDefault) ?? 'en';
}

/**
 * Speaks {@code next} from now on: its catalog loaded, dates and numbers in its format (with the browser's country
 * when the browser speaks the same language: `en-GB`, `de-AT`), and the page's `lang` said for screen readers. The
 * workplace's country decides the first day of the week (lib/format).
 */
export async function activate(next: Language): Promise<void> {
  const catalog = next === 'en' ? {} : (await catalogs[next]()).default as Catalog;
  language = next;
  messages = catalog;
  locale = localeTag(next);
  formats.clear();
  document.documentElement.lang = next;
}

/** The locale dates and numbers are formatted in: the language, with the browser's country if it speaks it. */
export function formatLocale(): string {
  return locale;
}

function localeTag(next: Language): string {
  const browser = navigator.language;
  try {
    return supported(browser) === next ? new Intl.Locale(browser).toString() : next;
  } catch {
    return next;
  }
}

/** Re-renders whoever reads it when the language changes. */
export const LanguageContext = createContext<{ language: Language; choose(language: Language): void }>({
  language: 'en', choose: () => undefined,
});

/** {@link t}, with the component re-rendered when the person switches language. */
export function useT(): typeof t {
  useContext(LanguageContext);
  return t;
}

export function useLanguage() {
  return useContext(LanguageContext);
}
