/** Telling an item's format from its name, else from its first bytes. */
import { formatByExtension, type InputFormat } from '../formats.js';

const SNIFF_BYTES = 64 * 1024;

/** The start of the content as text, enough to tell markup from JSON from prose. */
function contentHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength)
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '');
}

// The opening of an HTML document or fragment; not "<?php" source, nor XML that is not XHTML.
const HTML_START = new RegExp(
  String.raw`^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*` +
    String.raw`<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|center|font|base|link|script|style)\b`,
  'i',
);

/** True when the bytes open as an HTML page (a server page saved by a mirror, a file without extension). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(contentHead(bytes).trimStart());
}

/** The format by extension, else by content: markup is html, "[" json, one object a line ndjson, else txt. */
export function detectFormat(path: string, bytes: Uint8Array): InputFormat {
  const byExtension = formatByExtension(path);
  if (byExtension) return byExtension;
  const head = contentHead(bytes).trimStart();
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const lines = head
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    return lines.length > 1 && lines[0].endsWith('}') && lines[1].startsWith('{') ? 'ndjson' : 'json';
  }
  return 'txt';
}
