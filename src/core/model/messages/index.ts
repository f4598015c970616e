export type { Catalog } from "./catalog";
export { id } from "./id";
export { en } from "./en";
export { DATA_COLUMNS, MESSAGE_KEYS, MESSAGE_PARAMS } from "./params";
export type { DataColumn, MessageKey, ParamKind, ParamsOf } from "./params";
export { amountLabelsOf, amountParam, CATALOGS, catalogOf, isMessageKey, renderFinding, renderMessage } from "./render";
