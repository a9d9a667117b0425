// The usage text of `island size`, apart from the command so `island --help` loads no solver code.
export const SIZE_USAGE = `island size <scenario.json> [--mode season|representative] [--fixed] [--time-limit <s>]
           [--json] [--export-lp <file.mps|file.lp>]`;
