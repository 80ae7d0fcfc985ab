import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SEARCH_LIMIT_DEFAULT } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { hubsSight } from '../policy/group-sight';
import { PolicyService } from '../policy/policy.service';
import type { SearchQuery, SearchResultsDto } from './search.dto';
import { prefixQuery, searchQueries, type SearchScope } from './search.queries';

@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /** What the caller may see that matches: the policy names their member hubs and what everyone may read. */
  async search(user: AuthUser, query: SearchQuery): Promise<SearchResultsDto> {
    const memberHubs = await this.policy.memberHubs(user);
    const scope: SearchScope = {
      memberHubIds: memberHubs.map((access) => access.hubId),
      publicVisibilities: this.policy.publicVisibilities(),
      groupSight: hubsSight(memberHubs),
    };
    const limit = query.limit ?? SEARCH_LIMIT_DEFAULT;
    // the query validated that the text holds a word
    const words = prefixQuery(query.q)!;
    const run = async <T>(kind: keyof typeof searchQueries): Promise<T[]> => {
      const { sql, params } = searchQueries[kind](words, limit, scope);
      return this.dataSource.query(sql, params);
    };
    const [hubs, tasks, goals, organizations, people] = await Promise.all([
      run<SearchResultsDto['hubs'][number]>('hubs'),
      run<SearchResultsDto['tasks'][number]>('tasks'),
      run<SearchResultsDto['goals'][number]>('goals'),
      run<SearchResultsDto['organizations'][number]>('organizations'),
      run<SearchResultsDto['people'][number]>('people'),
    ]);
    return { hubs, tasks, goals, organizations, people };
  }
}
