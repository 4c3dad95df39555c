import { markdownToHtml } from '../lib/markdown';

/** A question's instruction; markdownToHtml escapes all the text before adding its few tags. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: markdownToHtml(text) }} />;
}
