export { capaianAnggaranMismatch } from "./capaianAnggaranMismatch";
export { kasVsChildren } from "./kasVsChildren";
export { kasVsPagu } from "./kasVsPagu";
export { missingValue } from "./missingValue";
export { paguVsChildren } from "./paguVsChildren";
export { realisasiOverKas } from "./realisasiOverKas";
export { realisasiOverPagu } from "./realisasiOverPagu";
export { realisasiVsChildren } from "./realisasiVsChildren";
export type { LegacyFinding } from "./helpers";
