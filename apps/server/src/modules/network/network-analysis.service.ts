import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { analyzeNetwork, runNetworkAnalysis, type NetworkInput, type NetworkAnalysisResult } from './analysis';
import { NetworkAnalysis } from './network-analysis.entity';
import { toAnalysisRow } from './network-analysis.mapper';
import { NetworkInputLoader } from './network-input.loader';

/** Above this many organizations the analysis runs in a worker thread, so the job keeps renewing its lock. */
const IN_THREAD_ABOVE = 2_000;

export type AnalysisOutcome = { analyzed: true; organizations: number; ms: number } | { analyzed: false };

/** Analyses the whole network and each SDG's part of it, and keeps the result in PostgreSQL for the api to read. */
@Injectable()
export class NetworkAnalysisService {
  private readonly logger = new Logger(NetworkAnalysisService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: NetworkInputLoader,
  ) {}

  /** Runs unless the network is unchanged since the stored analysis. */
  async analyze(): Promise<AnalysisOutcome> {
    const started = Date.now();
    const { input, hash } = await this.loader.load();
    const stored = await this.dataSource.manager.findOne(NetworkAnalysis, {
      where: { scope: 0 },
      select: { inputHash: true },
    });
    if (stored?.inputHash === hash) return { analyzed: false };
    const result = await this.compute(input);
    const analyzedAt = new Date();
    const rows = [result.overall, ...result.bySdg].map((scope) => toAnalysisRow(scope, analyzedAt, hash));
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM network_analysis');
      await manager.insert(NetworkAnalysis, rows);
    });
    const ms = Date.now() - started;
    this.logger.log(`Analysed ${input.organizations.length} organizations and ${input.ties.length} ties in ${ms} ms`);
    return { analyzed: true, organizations: input.organizations.length, ms };
  }

  private compute(input: NetworkInput): Promise<NetworkAnalysisResult> {
    return input.organizations.length > IN_THREAD_ABOVE
      ? runNetworkAnalysis(input)
      : Promise.resolve(analyzeNetwork(input));
  }
}
