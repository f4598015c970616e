export * from "./decimal";
export * from "./parseNumber";
export * from "./format";
