export * from './meta';
export * from './org';
export * from './auth';
export * from './audit';
export * from './outbox';
export * from './calendar';
export * from './catalog';
export * from './dossiers';
