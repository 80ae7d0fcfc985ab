import type { NestExpressApplication } from '@nestjs/platform-express';
import { getQueueToken } from '@nestjs/bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { platformAllows } from '@hubspoke/contracts';
import { AccessTokenService } from '../modules/auth/access-token.service';
import { PolicyService } from '../modules/policy/policy.service';
import { QUEUES } from './queue-registry';

export const BULL_BOARD_PATH = '/admin/queues';
const COOKIE = 'hubspoke_queues';

function tokenOf(req: Request): string | undefined {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  if (typeof req.query.token === 'string') return req.query.token;
  const cookie = (req.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${COOKIE}=`));
  return cookie?.slice(COOKIE.length + 1);
}

/**
 * The Bull Board dashboard, for platform admins only: an access token as a Bearer header, or once as `?token=` from a
 * browser, which then keeps it in an HttpOnly cookie limited to the dashboard's path.
 */
export function mountBullBoard(app: NestExpressApplication): void {
  const tokens = app.get(AccessTokenService);
  const policy = app.get(PolicyService);
  const board = new ExpressAdapter();
  board.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: QUEUES.map(({ name }) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: false })),
    serverAdapter: board,
  });
  const guard = (req: Request, res: Response, next: NextFunction) => {
    const token = tokenOf(req);
    const user = tokens.verify(token);
    if (!user) return void res.status(401).json({ statusCode: 401, error: 'Unauthorized', message: 'Sign in first' });
    policy.account(user).then((account) => {
      if (!platformAllows(account, 'queues.read')) {
        return void res.status(403).json({ statusCode: 403, error: 'Forbidden', message: 'Platform admins only' });
      }
      if (req.query.token) {
        res.cookie(COOKIE, token, { httpOnly: true, sameSite: 'strict', path: BULL_BOARD_PATH });
      }
      next();
    }, next);
  };
  app.use(BULL_BOARD_PATH, guard, board.getRouter());
}
