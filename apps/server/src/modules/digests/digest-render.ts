import type { DigestContent } from '@hubspoke/contracts';
import { escapeHtml } from '../../infra/mail/escape-html';

export interface RenderedDigest {
  text: string;
  html: string;
}

const day = (iso: string) => iso.slice(0, 10);

export function digestSubject(content: DigestContent, cadence: string): string {
  return `${content.hubName}: your ${cadence} digest (${day(content.periodStart)} – ${day(content.periodEnd)})`;
}

/** The email body, in plain text and HTML, with the one-click unsubscribe link. */
export function renderDigest(content: DigestContent, unsubscribeUrl: string): RenderedDigest {
  const text = [
    `${content.hubName} — ${day(content.periodStart)} to ${day(content.periodEnd)}`,
    ...content.sections.flatMap((s) => ['', s.title, ...s.items.map((item) => `  - ${item}`)]),
    '',
    `Stop these digests for this hub: ${unsubscribeUrl}`,
  ].join('\n');
  const html = [
    `<!doctype html><html><body style="font-family:sans-serif">`,
    `<h1>${escapeHtml(content.hubName)}</h1>`,
    `<p>${day(content.periodStart)} to ${day(content.periodEnd)}</p>`,
    ...content.sections.map(
      (s) =>
        `<h2>${escapeHtml(s.title)}</h2><ul>${s.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    ),
    `<p><a href="${escapeHtml(unsubscribeUrl)}">Stop these digests for this hub</a></p>`,
    `</body></html>`,
  ].join('\n');
  return { text, html };
}
