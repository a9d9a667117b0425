// Public entry of solver/time: season, periods, TOU tariffs and representative typical days.
export * from './season';
export * from './periods';
export * from './tariffs';
export * from './representative';
