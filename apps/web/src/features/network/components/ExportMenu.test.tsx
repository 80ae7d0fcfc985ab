import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../testing';
import { ExportMenu } from './ExportMenu';

/** A Blob's text, whichever Blob it is: on Node 24 the response's blob is jsdom's, which has no text(). */
function textOf(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('ExportMenu', () => {
  it('downloads the chosen export with the session and saves it under the name the api gives', async () => {
    const urls: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('name,short_name,sector,country,sdgs\n', {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="hubspoke-organizations-2026-11-28.csv"',
        },
      });
    }) as typeof globalThis.fetch;
    const files: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (files.push(blob), 'blob:export'),
      revokeObjectURL: () => {},
    });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });

    renderAt(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV: organizations' }));
    await waitFor(() => expect(saved).toEqual(['hubspoke-organizations-2026-11-28.csv blob:export']));
    expect(urls).toEqual(['/api/network/export?format=csv&table=organizations']);
    expect(await textOf(files[0]!)).toBe('name,short_name,sector,country,sdgs\n');
  });
});
