// Public entry of solver/demand: degree-hour demand model and measured-profile import.
export * from './degree-hour';
export * from './measured';
