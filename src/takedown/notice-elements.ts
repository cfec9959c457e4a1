/**
 * The elements a rights holder's notice should carry under 信息网络传播权保护条例 第14条:
 * who they are, how to reach them, the work and where it appears, and preliminary evidence.
 * Missing elements are warned about, never refused: operators still record incomplete notices.
 */
import type { TakedownRequest } from '../types.js';
import type { NoticeLanguage } from './types.js';

export type NoticeRequestFields = Pick<TakedownRequest, 'claimant' | 'contact' | 'work' | 'articles'>;

interface NoticeElement {
  present: (request: NoticeRequestFields, attachmentCount: number) => boolean;
  label: Record<NoticeLanguage, string>;
}

const filled = (value: string | null): boolean => value !== null && value.trim() !== '';

const ELEMENTS: NoticeElement[] = [
  {
    present: (r) => filled(r.claimant),
    label: { zh: '权利人姓名（名称）', en: 'claimant identity (name)' },
  },
  {
    present: (r) => filled(r.contact),
    label: { zh: '联系方式', en: 'contact details' },
  },
  {
    present: (r) => filled(r.work),
    label: { zh: '权利作品名称', en: 'the work claimed' },
  },
  {
    present: (r) => r.articles.length > 0,
    label: { zh: '涉嫌侵权文章（网络地址）', en: 'the infringing article (its URL)' },
  },
  {
    present: (_r, attachmentCount) => attachmentCount > 0,
    label: { zh: '构成侵权的初步证明材料（至少一个附件）', en: 'preliminary evidence (at least one attachment)' },
  },
];

/** Human labels of the notice elements the request lacks, in the regulation's order; empty when complete. */
export function missingNoticeElements(
  request: NoticeRequestFields,
  attachmentCount: number,
  lang: NoticeLanguage,
): string[] {
  return ELEMENTS.filter((element) => !element.present(request, attachmentCount)).map((element) => element.label[lang]);
}
