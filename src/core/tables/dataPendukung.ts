export { buildDataPendukungTemplate, DATA_PENDUKUNG_HEADER_ROW } from "./dataPendukungTemplate";
export { looksLikeDataPendukung, readDataPendukung, tahunDataPendukung } from "./dataPendukungReader";
export type { DataPendukungTerbaca } from "./dataPendukungReader";
