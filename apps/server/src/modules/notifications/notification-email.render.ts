import { escapeHtml } from '../../infra/mail/escape-html';

export interface EmailItem {
  title: string;
  body: string;
  /** Where to open it, when there is a page for it. */
  url: string | null;
}

/** The notifications of one hub (or of challenges), with the hub's unsubscribe link. */
export interface EmailGroup {
  heading: string;
  items: EmailItem[];
  unsubscribe: { label: string; url: string } | null;
}

export interface NotificationEmailContent {
  name: string;
  groups: EmailGroup[];
  settingsUrl: string;
}

export function notificationEmailSubject(content: NotificationEmailContent): string {
  const items = content.groups.flatMap((g) => g.items);
  return items.length === 1 ? items[0]!.title : `${items.length} new notifications on Hubspoke`;
}

/** One email for a batch of notifications, grouped by hub, in plain text and HTML. */
export function renderNotificationEmail(content: NotificationEmailContent): { text: string; html: string } {
  const text = [
    `Hello ${content.name},`,
    ...content.groups.flatMap((g) => [
      '',
      g.heading,
      ...g.items.flatMap((i) => [`  - ${i.title}`, `    ${i.body}`, ...(i.url ? [`    ${i.url}`] : [])]),
      ...(g.unsubscribe ? [`  ${g.unsubscribe.label}: ${g.unsubscribe.url}`] : []),
    ]),
    '',
    `Choose what reaches you by email: ${content.settingsUrl}`,
    '— Hubspoke',
  ].join('\n');
  const item = (i: EmailItem) => {
    const title = i.url ? `<a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a>` : escapeHtml(i.title);
    return `<li><strong>${title}</strong><br>${escapeHtml(i.body)}</li>`;
  };
  const html = [
    `<!doctype html><html><body style="font-family:sans-serif">`,
    `<p>Hello ${escapeHtml(content.name)},</p>`,
    ...content.groups.map(
      (g) =>
        `<h2>${escapeHtml(g.heading)}</h2><ul>${g.items.map(item).join('')}</ul>` +
        (g.unsubscribe
          ? `<p><a href="${escapeHtml(g.unsubscribe.url)}">${escapeHtml(g.unsubscribe.label)}</a></p>`
          : ''),
    ),
    `<p><a href="${escapeHtml(content.settingsUrl)}">Choose what reaches you by email</a></p>`,
    `<p>— Hubspoke</p></body></html>`,
  ].join('\n');
  return { text, html };
}
