import { normalizeIp, type ThrottlerGenerateKeyFunction } from '@nestjs/throttler';

interface CountedRequest {
  user?: { id: string };
  ip?: string;
}

/**
 * The client's address (X-Forwarded-For only from the proxies TRUST_PROXY names); an IPv6 address by its /64, which
 * one subscriber holds whole.
 */
export const byAddress = (req: CountedRequest): string => `ip:${normalizeIp(req.ip ?? 'unknown')}`;

/** The signed-in account, so colleagues behind one office address don't share a budget; anyone else by address. */
export const byAccountOrAddress = (req: CountedRequest): string => (req.user ? `user:${req.user.id}` : byAddress(req));

/** One budget per caller for all routes together (the library's default key gives each route its own). */
export const acrossRoutes: ThrottlerGenerateKeyFunction = (_context, tracker) => tracker;
