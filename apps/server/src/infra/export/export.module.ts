import { Module } from '@nestjs/common';
import { ExportStreamer } from './export-streamer';

/** Streamed, row-limited exports (network, ratings). */
@Module({ providers: [ExportStreamer], exports: [ExportStreamer] })
export class ExportModule {}
