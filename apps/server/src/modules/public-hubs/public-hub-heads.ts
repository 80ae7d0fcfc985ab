import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { publicBaseUrl } from '../../infra/mail/public-url';
import { shorten, type PageHead, type PageHeads } from '../../infra/web/page-head';
import { PublicHubPageService } from './public-hub-page.service';

/** The web app's public hub page: /h/{idOrSlug}. */
const PUBLIC_HUB_PAGE = /^\/h\/([^/]+)\/?$/;

/**
 * The head of a public hub's page for link previews: its name and mission as the title and description, its slug
 * address as the canonical one. Any other /h/ address answers 404: a private hub's exactly as one that does not exist.
 */
@Injectable()
export class PublicHubHeads implements PageHeads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pages: PublicHubPageService,
    private readonly config: ConfigService<Env, true>,
  ) {}

  async headFor(path: string): Promise<PageHead | null> {
    const match = PUBLIC_HUB_PAGE.exec(path);
    if (!match) return null;
    const idOrSlug = decoded(match[1]!);
    const hubId = idOrSlug === null ? null : await this.pages.findPublicHubId(idOrSlug);
    if (!hubId) return { status: 404 };
    const [hub] = await this.dataSource.query<{ name: string; mission: string; slug: string }[]>(
      `SELECT name, mission, slug FROM hub WHERE id = $1`,
      [hubId],
    );
    if (!hub) return { status: 404 };
    return {
      status: 200,
      title: hub.name,
      description: shorten(hub.mission) || `${hub.name}, a public impact hub on Hubspoke`,
      url: `${publicBaseUrl(this.config)}/h/${hub.slug}`,
    };
  }
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
