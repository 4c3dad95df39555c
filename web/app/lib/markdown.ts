// The simple Markdown of question instructions, turned into HTML without a library.
// Everything is escaped first; only the few constructs below produce tags, so content can never inject markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Web links, mail links and links inside the site: never javascript: or data: URLs. */
function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(url);
}

/** Bold, italics and links on text that is already escaped. */
function emphasis(escaped: string): string {
  return escaped
    .replace(/\[([^\]]+)\]\(([^()\s]+)\)/g, (whole, label: string, url: string) =>
      isSafeUrl(url) ? `<a href="${url}" rel="noopener noreferrer" target="_blank">${label}</a>` : whole)
    .replace(/\*\*(?=\S)(.+?)\*\*/g, '<strong>$1</strong>')
    // A star between spaces (« 3 * 4 ») stays a star.
    .replace(/\*([^\s*](?:[^*]*[^\s*])?)\*/g, '<em>$1</em>');
}

/** French typography: the space before ? ! : ; » and after « never breaks, so « ? » never starts a line. */
function frenchSpaces(text: string): string {
  return text.replace(/ (?=[?!:;»])/g, '\u00a0').replace(/« /g, '«\u00a0');
}

/** Code spans first, so that stars or brackets inside them are shown as typed. */
function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : emphasis(escapeHtml(frenchSpaces(part)))))
    .join('');
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) html.push(`<p>${paragraph.map(inline).join('<br>')}</p>`);
    if (list) {
      const tag = list.ordered ? 'ol' : 'ul';
      html.push(`<${tag}>${list.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`);
    }
    paragraph = [];
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trimStart().startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith('```'); i++) code.push(lines[i]);
      html.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /^\s*\d/.test(line);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]);
    } else if (list) {
      // A line under an item continues it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return html.join('');
}

/** A one-line plain-text summary of an instruction, for the checkpoint's list of answers. */
export function markdownToText(markdown: string, maxLength = 160): string {
  const text = markdown
    .replace(/```[^\n]*\n?/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|`/g, '')
    .replace(/\*(?=\S)([^*]+?)\*/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return frenchSpaces(text);
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return frenchSpaces(`${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`);
}
