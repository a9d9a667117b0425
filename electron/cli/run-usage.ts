// The usage text of `island run`, apart from the command so `island --help` loads no solver code.
export const RUN_USAGE = `island run <scenario.json> [--mode season|representative] [--backend highs|jslp]
           [--typical-days <k>] [--time-limit <s>] [--json] [--export-inputs <file.csv>]
           [--export-lp <file.mps|file.lp>]`;
