/** Small wording rules of the messages arca prints. */

/** "article" or "articles", by count. */
export const nounFor = (count: number, word: string): string => (count === 1 ? word : `${word}s`);

/** "1 article", "3 articles". */
export const plural = (count: number, word: string): string => `${count} ${nounFor(count, word)}`;

/** "512 bytes", "1.5 MB". */
export function humanBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
