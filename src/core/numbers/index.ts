export * from "./decimal";
export * from "./parseNumber";
