import type { SessionDto } from '@hubspoke/contracts';

const KEY = 'hubspoke.session';
const listeners = new Set<(session: SessionDto | null) => void>();
/** The signed-in session, kept in localStorage so a reload stays signed in. */
let current: SessionDto | null = read();

function read(): SessionDto | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as SessionDto) : null;
  } catch {
    return null;
  }
}

export function getSession(): SessionDto | null {
  return current;
}

export function setSession(session: SessionDto | null): void {
  current = session;
  if (session) globalThis.localStorage?.setItem(KEY, JSON.stringify(session));
  else globalThis.localStorage?.removeItem(KEY);
  listeners.forEach((listener) => listener(session));
}

export function onSessionChange(listener: (session: SessionDto | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
