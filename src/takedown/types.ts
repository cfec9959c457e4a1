/** Plain input shapes shared by the takedown calendar and the notice letter. */

export type NoticeLanguage = 'zh' | 'en';

/** What a letter or a calendar entry needs to say about one named article. */
export interface ArticleSummary {
  id: number;
  title: string;
  original_url: string | null;
}
