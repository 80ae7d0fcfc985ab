import { escapeHtml } from '../mail/escape-html';

/** What the server tells about a page of the web app before it runs: link previews, and 404 for what is not there. */
export type PageHead = { status: 404 } | { status: 200; title: string; description: string; url: string };

export interface PageHeads {
  /** The head of the page at this path, or null for a page the server knows nothing about. */
  headFor(path: string): Promise<PageHead | null>;
}

const DESCRIPTION_LENGTH = 200;

/** Text cut at a word before `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** index.html with the page's title, description and OpenGraph tags (no image), every value escaped. */
export function withHead(indexHtml: string, head: Extract<PageHead, { status: 200 }>): string {
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  const url = escapeHtml(head.url);
  const tags = [
    `<title>${title} · Hubspoke</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Hubspoke" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  return indexHtml
    .replace(/<title>[^<]*<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/, '')
    .replace('</head>', `  ${tags}\n  </head>`);
}
