import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigService } from '@nestjs/config';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../config/env';
import { withHead, type PageHeads } from './page-head';

/** apps/web/dist, seen from apps/server/{src,dist}/infra/web. */
const DEFAULT_WEB_DIST = path.resolve(__dirname, '../../../../web/dist');
/** What the api answers itself; the web app never shadows it. */
const SERVER_PATHS = /^\/(api|health|socket\.io)(\/|$)/;
/** Vite's content-hashed build output: a missing one is a 404, not the app. */
const ASSETS = /^\/assets\//;

/**
 * Serves the built web app (WEB_DIST, default apps/web/dist) on the api's port: its files, and its
 * index.html for any other GET outside the api, so the app's own routes survive a reload. Where `heads` knows the
 * page (a public hub's), index.html carries its title and link-preview tags, or answers 404 for a page not there.
 * Without a build the api serves the api only.
 */
export function serveWebApp(app: NestExpressApplication, heads: PageHeads): void {
  const root = path.resolve(app.get(ConfigService<Env, true>).get('WEB_DIST', { infer: true }) ?? DEFAULT_WEB_DIST);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return;
  const files = express.static(root, {
    index: false,
    setHeaders: (res, file) => {
      if (file.startsWith(path.join(root, 'assets') + path.sep)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    files(req, res, () => {
      if (ASSETS.test(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      heads
        .headFor(req.path)
        .then(async (head) => {
          if (!head) return res.sendFile(index);
          if (head.status === 404) return res.status(404).sendFile(index);
          res.type('html').send(withHead(await readFile(index, 'utf8'), head));
        })
        .catch(next);
    });
  });
}
