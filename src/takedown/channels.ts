/**
 * How a complaint arrived. Stored and shown as the enum value; typed in English or as a Chinese
 * operator names it (微信, 公众号, QQ, 平台, 邮件 …), case and width aside.
 */
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { TakedownChannel } from '../types.js';

export const CHANNELS: readonly TakedownChannel[] = [
  'email',
  'phone',
  'letter',
  'form',
  'wechat',
  'qq',
  'platform',
  'other',
];

/** The Chinese (and other) names each channel is known by; `platform` is a platform's complaint form. */
export const CHANNEL_NAMES: Readonly<Record<TakedownChannel, readonly string[]>> = {
  email: ['e-mail', 'mail', '邮件', '电子邮件', '邮箱', '電子郵件', '郵件'],
  phone: ['telephone', 'tel', '电话', '電話', '手机', '手機'],
  letter: ['post', '信函', '信件', '函件', '律师函', '律師函', '邮寄', '郵寄'],
  form: ['web form', '表单', '表單', '网站表单', '在线表单', '留言'],
  wechat: ['weixin', '微信', '微信公众号', '公众号', '公眾號', '企业微信', '企業微信'],
  qq: ['qq'],
  platform: ['平台', '平台投诉', '投诉平台', '平台投訴', '投訴平台'],
  other: ['其他', '其它'],
};

const BY_NAME = new Map<string, TakedownChannel>(
  CHANNELS.flatMap((channel) => [channel, ...CHANNEL_NAMES[channel]].map((name) => [name, channel] as const)),
);

export class ChannelError extends UsageError {}

/** The channel a typed name means: "微信" → wechat, "QQ" → qq, "Email" → email; a usage error naming `flag` otherwise. */
export function parseChannel(text: string, flag = '--channel'): TakedownChannel {
  const channel = BY_NAME.get(text.normalize('NFKC').trim().toLowerCase());
  if (channel) return channel;
  throw new ChannelError(t('channel.unknown', { flag, text, choices: CHANNELS.join(', ') }));
}
