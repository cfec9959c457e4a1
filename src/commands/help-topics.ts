/**
 * `arca help TOPIC`: what is true of every command rather than of one. The same texts make the
 * man page's ENVIRONMENT, EXIT STATUS, FORMATS and DATES sections (see manual.ts).
 */
import { t } from '../i18n/index.js';

export interface HelpTopic {
  /** One line, shown in `arca help` and as the man page's section summary. */
  summary: string;
  /** The man page section this topic becomes. */
  section: string;
  /** Lines of `name  meaning` pairs (two spaces or more between them) or plain paragraphs. */
  body: string;
}

/** The topics by name, each with the man page section it becomes. */
const SECTIONS = {
  environment: 'ENVIRONMENT',
  'exit-codes': 'EXIT STATUS',
  formats: 'FORMATS',
  dates: 'DATES',
} as const;

export type TopicName = keyof typeof SECTIONS;

export const TOPIC_NAMES = Object.keys(SECTIONS) as TopicName[];

export function isTopicName(name: string): name is TopicName {
  return Object.hasOwn(SECTIONS, name);
}

/** A topic in the interface language (the man page is built in English). */
export function helpTopic(name: TopicName): HelpTopic {
  return {
    summary: t(`help.topic.${name}.summary`),
    section: SECTIONS[name],
    body: t(`help.topic.${name}.body`),
  };
}

/** The topic's text as `arca help TOPIC` prints it. */
export function topicText(name: TopicName): string {
  const topic = helpTopic(name);
  return `${t('help.topicHeading', { title: t(`help.topic.${name}.title`), summary: topic.summary })}\n${topic.body}\n`;
}
