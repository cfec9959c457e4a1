import { fillSearchIndex } from '../search-index.js';
import { urlKey } from '../../urls/identity.js';
import type { Migration } from './migration.js';

/**
 * The page's own address and the keys URLs are matched by. `site_url` is the article's address on the
 * operator's site; `original_url_key` and `site_url_key` are both URLs' keys (urls/identity.ts), indexed,
 * so `show URL`, `takedown open URL`, import's duplicates and the e-mail intake find an article from any
 * spelling of either. The search index's URL column now holds both URLs in the same form: made again.
 */
export const urlIdentity: Migration = {
  version: 10,
  name: '010-url-identity',
  up(db) {
    db.function('arca_url_key', { deterministic: true }, (url: unknown) =>
      typeof url === 'string' ? urlKey(url) : null,
    );
    db.exec(`
      ALTER TABLE articles ADD COLUMN site_url TEXT;
      ALTER TABLE articles ADD COLUMN original_url_key TEXT;
      ALTER TABLE articles ADD COLUMN site_url_key TEXT;
      UPDATE articles SET original_url_key = arca_url_key(original_url) WHERE original_url IS NOT NULL;
      CREATE INDEX articles_original_url_key ON articles (original_url_key);
      CREATE INDEX articles_site_url_key ON articles (site_url_key);
      INSERT INTO article_search (article_search) VALUES ('delete-all');
    `);
    fillSearchIndex(db);
  },
};
