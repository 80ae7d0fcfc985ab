/** A link of an emailed text (`Label: https://…` on a line of its own), as a path of this app. */
export interface EmailLink {
  label: string;
  path: string;
}

const LINK_LINE = /^(.+?): (https?:\/\/\S+)$/;

/** The links of an account email, made relative: the server's PUBLIC_URL may not be the address this app runs on. */
export function emailLinks(text: string): EmailLink[] {
  return text.split('\n').flatMap((line) => {
    const match = LINK_LINE.exec(line.trim());
    if (!match) return [];
    const url = new URL(match[2]!);
    return [{ label: match[1]!, path: `${url.pathname}${url.search}` }];
  });
}
