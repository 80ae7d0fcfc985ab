import { escapeHtml } from '../../infra/mail/escape-html';

export interface AccountEmail {
  subject: string;
  text: string;
  html: string;
}

interface Paragraph {
  text: string;
  link?: { label: string; url: string };
}

/** A short email: a greeting, paragraphs each with an optional link, in plain text and HTML. */
function compose(subject: string, name: string, paragraphs: Paragraph[]): AccountEmail {
  const text = [
    `Hello ${name},`,
    ...paragraphs.flatMap((p) => ['', p.text, ...(p.link ? [`${p.link.label}: ${p.link.url}`] : [])]),
    '',
    '— Hubspoke',
  ].join('\n');
  const html = [
    `<!doctype html><html><body style="font-family:sans-serif">`,
    `<p>Hello ${escapeHtml(name)},</p>`,
    ...paragraphs.map(
      (p) =>
        `<p>${escapeHtml(p.text)}${p.link ? ` <a href="${escapeHtml(p.link.url)}">${escapeHtml(p.link.label)}</a>` : ''}</p>`,
    ),
    `<p>— Hubspoke</p></body></html>`,
  ].join('\n');
  return { subject, text, html };
}

export const accountEmails = {
  verifyEmail: (name: string, url: string, hours: number) =>
    compose('Confirm your email address for Hubspoke', name, [
      { text: `Open this link within ${hours} hours to confirm your address and finish signing up.` },
      { text: 'Confirm my address', link: { label: 'Confirm', url } },
      { text: 'If you did not sign up for Hubspoke, ignore this email: nothing happens without the link.' },
    ]),

  resetPassword: (name: string, url: string, minutes: number) =>
    compose('Reset your Hubspoke password', name, [
      { text: `Someone asked to reset the password of this account. The link works once, for ${minutes} minutes.` },
      { text: 'Choose a new password', link: { label: 'Reset', url } },
      { text: 'If it was not you, ignore this email: your password stays as it is.' },
    ]),

  /** To the owner of an address someone tried to register again. */
  alreadyRegistered: (name: string, links: { signIn: string; reset: string; verify?: string }) =>
    compose('Someone tried to sign up with your address', name, [
      { text: 'Someone tried to create a Hubspoke account with this email address, which already has one.' },
      links.verify
        ? { text: 'If it was you, confirm your address first:', link: { label: 'Confirm', url: links.verify } }
        : { text: 'If it was you, sign in instead:', link: { label: 'Sign in', url: links.signIn } },
      { text: 'Forgot your password?', link: { label: 'Reset it', url: links.reset } },
      { text: 'If it was not you, ignore this email: nobody got into your account.' },
    ]),

  membershipRequested: (name: string, request: { person: string; organization: string; url: string }) =>
    compose(`${request.person} asks to join ${request.organization}`, name, [
      { text: `${request.person} asks to act for ${request.organization} on Hubspoke.` },
      { text: 'Approve or decline the request:', link: { label: 'Review requests', url: request.url } },
    ]),

  membershipDecided: (name: string, decision: { organization: string; approved: boolean; url: string }) =>
    compose(
      decision.approved
        ? `You are now a member of ${decision.organization}`
        : `Your request to join ${decision.organization}`,
      name,
      [
        {
          text: decision.approved
            ? `Your membership of ${decision.organization} was approved: you can now act for it in hubs and challenges.`
            : `Your request to join ${decision.organization} was declined.`,
          link: { label: 'Open it', url: decision.url },
        },
      ],
    ),
};
