export * from './digits';
export * from './dates';
