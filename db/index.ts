export { openDatabase, migrate, schemaVersion, APPLICATION_ID, type Db } from './open';
export { AppError, isAppError, type ErrorCode } from './errors';
export { sql, raw } from './sql';
export { LATEST_VERSION, MIGRATIONS } from './migrations';
