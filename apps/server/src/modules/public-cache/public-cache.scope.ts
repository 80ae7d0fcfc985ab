/**
 * Who gets a cacheable answer: `everyone` where the answer is the same whoever asks (the public page); `anonymous`
 * where a member gets more than the public view, so only an anonymous caller's answer may be shared.
 */
export type PublicCacheScope = 'everyone' | 'anonymous';

export const PUBLIC_CACHE_SCOPE = 'publicCacheScope';
