/** Strings of a message array joined at most: an already parsed value may share one long array between many entries, and joining it whole for each would cost their product. */
const MAX_MESSAGE_PARTS = 100;

/**
 * A message field's text: a string, or an array of strings (`"error": ["…", "…"]`) joined with
 * "; ". Only the first MAX_MESSAGE_PARTS items are looked at: when they are all strings, a longer
 * array gives them and "; …" (the whole array stays in `raw`), whatever comes after.
 */
export function messageText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const parts = value.length > MAX_MESSAGE_PARTS ? value.slice(0, MAX_MESSAGE_PARTS) : value;
  if (!parts.every((v) => typeof v === 'string')) return undefined;
  return parts.length < value.length ? `${parts.join('; ')}; …` : parts.join('; ');
}
