// What a reader sees of report HTML: styles and tags dropped (so <wbr> and the word spans the
// reports put around Thai words vanish), entities decoded, whitespace collapsed.
export function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<br\s*\/?>|<\/(div|p|li|tr|h1|h2)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The visible text with all whitespace removed, for comparing wrapped text. */
export const squashed = (html: string) => visibleText(html).replace(/\s+/g, '');
