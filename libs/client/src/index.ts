export * from './hub-client';
export * from './hub-stream';
