/** A message field's text: a string, or an array of strings (`"error": ["…", "…"]`) joined with "; ". */
export function messageText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value.join('; ');
  return undefined;
}
