export * from './common';
export * from './auth';
export * from './org';
export * from './audit';
export * from './health';
export * from './calendar';
export * from './catalog';
