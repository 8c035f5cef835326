export * from './digits';
export * from './dates';
export * from './words';
export * from './dated';
export * from './dateTime';
export * from './beDate';
