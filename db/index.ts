export { openDatabase, migrate, schemaVersion, APPLICATION_ID, type Db } from './open';
export { sql, raw } from './sql';
export { LATEST_VERSION, MIGRATIONS } from './migrations';
