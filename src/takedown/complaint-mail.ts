/**
 * A complaint e-mail read for what a request needs: who complains (the sender's display name, else
 * the organisation), how to reach them (the address), when it arrived (Date), the work and the reason
 * when the mail says them recognisably, every web address in its text and HTML parts, and its
 * attachments. A mail forwarded to the operator is read for the original it quotes. MIME (encoded
 * headers, multipart, base64, quoted-printable, GBK or UTF-8 parts) is mailparser's: loaded only here.
 */
import { findUrls } from '../urls/find.js';
import { parseInstant } from '../time.js';
import type { AttachmentInput } from './requests.js';

export interface ComplaintMail {
  claimant: string | null;
  contact: string | null;
  received: Date | null;
  subject: string | null;
  work: string | null;
  reason: string | null;
  /** Every web address in the mail, once each, in order. */
  urls: string[];
  /** The mail's attachments (the .eml itself is not among them). */
  attachments: AttachmentInput[];
  /** The fields were read from the original a forwarded mail quotes. */
  forwarded: boolean;
}

interface Sender {
  name: string | null;
  address: string | null;
}

/** Where the mail quotes the message it forwards, in the words of common mail programs. */
const FORWARD_MARKER =
  /^[\s>]*(?:-{2,}\s*(?:Forwarded message|Original Message|原始邮件|转发邮件|Original)\s*-{2,}|Begin forwarded message:|-{2,}\s*转发的邮件\s*-{2,})\s*$/im;
const QUOTED_HEADER = /^[\s>]*(From|发件人|Date|Sent|发送时间|日期|时间|Subject|主题)\s*[:：]\s*(.+)$/gim;

/** "澄湖传媒 <legal@chenghu.example>", "\"Name\" <a@b>", "a@b" → name and address. */
function senderOf(text: string): Sender {
  const angle = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(text.trim());
  if (angle) return { name: cleanName(angle[1]), address: angle[2] };
  const bare = /[^\s<>"]+@[^\s<>"]+/.exec(text);
  return { name: null, address: bare ? bare[0] : null };
}

function cleanName(text: string): string | null {
  const name = text
    .trim()
    .replace(/^["'“]+|["'”]+$/g, '')
    .trim();
  return name === '' ? null : name;
}

/** A date as a quoted header writes it: RFC 2822 or ISO, or "2026年11月23日 10:12" in the archive's zone. */
function quotedDate(text: string, tz: string): Date | null {
  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:[^\d]*?(\d{1,2})[:：](\d{2}))?/.exec(text);
  if (cjk) {
    const [, y, m, d, hh, mm] = cjk;
    const pad = (n: string) => n.padStart(2, '0');
    return parseInstant(`${y}-${pad(m)}-${pad(d)}${hh ? `T${pad(hh)}:${mm}` : ''}`, tz);
  }
  const parsed = Date.parse(text.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

/** The sender, date and subject of the message a forwarded mail quotes; null when it quotes none. */
function quotedOriginal(
  text: string,
  tz: string,
): { sender: Sender; date: Date | null; subject: string | null } | null {
  const marker = FORWARD_MARKER.exec(text);
  if (!marker) return null;
  const block = text.slice(marker.index + marker[0].length, marker.index + marker[0].length + 2000);
  let sender: Sender | null = null;
  let date: Date | null = null;
  let subject: string | null = null;
  for (const [, label, value] of block.matchAll(QUOTED_HEADER)) {
    const key = label.toLowerCase();
    if ((key === 'from' || key === '发件人') && !sender) sender = senderOf(value);
    else if ((key === 'subject' || key === '主题') && subject === null) subject = value.trim();
    else if (date === null && key !== 'from' && key !== '发件人' && key !== 'subject' && key !== '主题')
      date = quotedDate(value, tz);
  }
  return sender ? { sender, date, subject } : null;
}

const WORK_LABEL = /^\s*(?:作品名称|作品|权利作品|Work|Title of (?:the )?work|Copyrighted work)\s*[:：]\s*(.+)$/im;
const REASON_LABEL = /^\s*(?:侵权理由|投诉理由|理由|原因|Reason|Grounds)\s*[:：]\s*(.+)$/im;
const REASON_WORDS =
  /未经(?:授权|许可|同意)|侵犯|侵权|without (?:our |any )?(?:permission|authori[sz]ation|licen[cs]e|consent)|infring/i;

/** The work: a labelled line, else the first title in 《》 of the subject or text. */
function workOf(subject: string | null, text: string): string | null {
  const labelled = WORK_LABEL.exec(text)?.[1].trim();
  if (labelled) return labelled;
  const titled = /《[^》]{1,100}》/.exec(subject ?? '') ?? /《[^》]{1,100}》/.exec(text);
  return titled ? titled[0] : null;
}

/** The reason: a labelled line, else the first sentence that says what was infringed. */
function reasonOf(text: string): string | null {
  const labelled = REASON_LABEL.exec(text)?.[1].trim();
  if (labelled) return labelled;
  const sentences = text.split(/(?<=[。！？!?])|\n|(?<=\.)\s+/);
  const sentence = sentences.find((s) => REASON_WORDS.test(s) && !/^[\s>]*(?:From|发件人|Subject|主题)/i.test(s));
  return sentence ? sentence.trim().slice(0, 500) : null;
}

/** The text of an HTML part and the addresses its links point to. */
async function htmlParts(html: string): Promise<{ text: string; hrefs: string[] }> {
  const { Parser } = await import('htmlparser2');
  const text: string[] = [];
  const hrefs: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script' || name === 'style') skipping++;
        if (name === 'a' && attribs.href && /^https?:/i.test(attribs.href)) hrefs.push(attribs.href);
        if (name === 'br' || name === 'p' || name === 'div' || name === 'tr' || name === 'li') text.push('\n');
      },
      ontext(data) {
        if (skipping === 0) text.push(data);
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skipping--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { text: text.join(''), hrefs };
}

/** Reads a complaint e-mail (the bytes of an .eml file); `tz` is the archive's zone, for quoted dates without one. */
export async function readComplaintMail(bytes: Uint8Array, tz: string): Promise<ComplaintMail> {
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    skipImageLinks: true,
    skipTextLinks: true,
  });
  const html = mail.html ? await htmlParts(mail.html) : { text: '', hrefs: [] };
  const text = mail.text?.trim() ? mail.text : html.text;
  const from = mail.from?.value[0];
  const organisation = mail.headers.get('organization');
  const original = quotedOriginal(text, tz);
  const sender: Sender = original?.sender ?? {
    name: cleanName(from?.name ?? '') ?? (typeof organisation === 'string' ? cleanName(organisation) : null),
    address: from?.address ?? null,
  };
  const subject = original?.subject ?? mail.subject?.trim() ?? null;
  const urls = findUrls([text, html.text, ...html.hrefs].join('\n'));
  return {
    claimant: sender.name,
    contact: sender.address,
    received: original?.date ?? mail.date ?? null,
    subject: subject || null,
    work: workOf(subject, text),
    reason: reasonOf(text),
    urls,
    attachments: mail.attachments
      .filter((a) => !a.related)
      .map((a, i) => ({ name: a.filename ?? `attachment-${i + 1}`, data: new Uint8Array(a.content) })),
    forwarded: original !== null,
  };
}
