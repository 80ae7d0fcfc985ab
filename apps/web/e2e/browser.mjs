import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OUTPUT = fileURLToPath(new URL('../test-output/', import.meta.url));
mkdirSync(OUTPUT, { recursive: true });

export const PASSWORD = 'demo-password';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Signs in over the api and opens a page of a new context already holding the session. */
export async function signedInPage(browser, baseUrl, email, viewport = { width: 1280, height: 900 }) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  const session = await res.json();
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  await context.addInitScript((value) => {
    if (!localStorage.getItem('hubspoke.session')) localStorage.setItem('hubspoke.session', value);
  }, JSON.stringify(session));
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${email}] page error:`, error.message));
  return { context, page, session };
}

export async function apiAs(baseUrl, token, path, init = {}) {
  const res = await fetch(`${baseUrl}/api${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Serious and critical axe violations of the page as it is now. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${OUTPUT}${name}.png`, fullPage: true });
}
