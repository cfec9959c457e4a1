/** The archive's language as a catalogue lookup, for what arca writes for others (exports, calendars). */
import type { Db } from '../../db/connection.js';
import { archiveLanguage, type ArchiveLanguage } from '../../db/settings.js';
import { translator, type Translate } from '../../i18n/index.js';

/** The lookup for `language` (zh or en), by default the archive's own setting. */
export function archiveTranslator(db: Db, language: ArchiveLanguage = archiveLanguage(db)): Promise<Translate> {
  return translator(language === 'zh' ? 'zh-CN' : 'en');
}
