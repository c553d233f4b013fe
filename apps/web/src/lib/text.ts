/** Lower case without diacritics; đ → d (so "so tu phap" finds "Sở Tư pháp"). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Whether any of the texts contains the search, ignoring case and diacritics. An empty search matches. */
export function matchesSearch(search: string, ...texts: (string | null | undefined)[]): boolean {
  const needle = foldVietnamese(search.trim());
  if (!needle) return true;
  return texts.some((text) => text && foldVietnamese(text).includes(needle));
}

/** antd Select/TreeSelect `filterOption` that ignores diacritics. */
export function selectFilter(input: string, option?: { label?: unknown; title?: unknown }): boolean {
  const label = option?.label ?? option?.title;
  return typeof label === 'string' && matchesSearch(input, label);
}
